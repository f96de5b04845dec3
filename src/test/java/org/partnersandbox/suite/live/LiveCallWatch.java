package org.partnersandbox.suite.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersandbox.suite.client.CallWatch;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;

/**
 * The live target's watch over every Partner Center call:
 * <ul>
 * <li>before: a write (anything but GET) goes only to a tenant declared a sandbox. The production
 * account may send one write, the sandbox-only create of an indirect reseller, which a production
 * account is refused (6002): the refusal scenarios need nothing else.</li>
 * <li>after: what a call created goes into the run's ledger on disk at once, and what a call
 * removed is marked removed, whoever made the call (step, cleanup or janitor).</li>
 * </ul>
 */
public final class LiveCallWatch implements CallWatch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IR = Pattern.compile("/v1/sandboxIndirectReseller(?:/([^/?]+))?");
    private static final Pattern CUSTOMER = Pattern.compile("/v1/customers(?:/([^/?]+))?");
    private static final Pattern ORDER = Pattern.compile("/v1/customers/([^/?]+)/orders(?:/([^/?]+))?");
    private static final Pattern SUBSCRIPTION = Pattern.compile("/v1/customers/([^/?]+)/subscriptions/([^/?]+)");

    private final LiveSettings settings;
    private final RunLedger ledger;

    public LiveCallWatch(LiveSettings settings, RunLedger ledger) {
        this.settings = settings;
        this.ledger = ledger;
    }

    @Override
    public void beforeSend(PartnerAccount account, String method, String path) {
        if (method.equalsIgnoreCase("GET") || settings.isDeclaredSandbox(account.tenantId())) {
            return;
        }
        Matcher create = IR.matcher(normalized(path));
        if (account.role() == PartnerRole.PRODUCTION_ACCOUNT && method.equalsIgnoreCase("POST")
                && create.matches() && create.group(1) == null) {
            return; // the refusal probe: a sandbox-only call, refused to production accounts
        }
        throw new IllegalStateException("refused before sending: " + method + " " + path + " as " + account.role().key()
                + " would write to tenant " + account.tenantId() + ", which " + LiveSettings.ALLOWED_TENANTS
                + " does not declare a sandbox");
    }

    @Override
    public void answered(PartnerAccount account, String method, String rawPath, JsonNode requestBody, int status,
                         String responseBody) {
        boolean ok = status >= 200 && status < 300;
        String path = normalized(rawPath);
        String verb = method.toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = IR.matcher(path)).matches()) {
            if (verb.equals("POST") && m.group(1) == null && ok) {
                JsonNode created = parse(responseBody);
                record(ResourceKind.INDIRECT_RESELLER, created.path("accountId").asText(""), null,
                        text(requestBody, "tenant", "domainPrefix"), account);
            } else if (verb.equals("DELETE") && m.group(1) != null && (ok || status == 404)) {
                ledger.removed(ResourceKind.INDIRECT_RESELLER, m.group(1), null);
            }
        } else if ((m = ORDER.matcher(path)).matches()) {
            if (verb.equals("POST") && m.group(2) == null && ok) {
                JsonNode order = parse(responseBody);
                String customerId = m.group(1);
                record(ResourceKind.ORDER, order.path("id").asText(""), customerId, null, account);
                order.path("lineItems").forEach(item -> record(ResourceKind.SUBSCRIPTION,
                        item.path("subscriptionId").asText(""), customerId, null, account));
            } else if (verb.equals("PATCH") && m.group(2) != null && ok && statusIs(requestBody, "cancelled")) {
                ledger.removed(ResourceKind.ORDER, m.group(2), m.group(1));
            }
        } else if ((m = SUBSCRIPTION.matcher(path)).matches()) {
            if (verb.equals("PATCH") && ok && statusIs(requestBody, "suspended")) {
                ledger.removed(ResourceKind.SUBSCRIPTION, m.group(2), m.group(1));
            }
        } else if ((m = CUSTOMER.matcher(path)).matches()) {
            if (verb.equals("POST") && m.group(1) == null && ok) {
                JsonNode customer = parse(responseBody);
                String id = customer.path("id").asText(customer.path("companyProfile").path("tenantId").asText(""));
                String name = customer.path("companyProfile").path("companyName").asText(
                        customer.path("companyProfile").path("domain").asText(""));
                record(ResourceKind.CUSTOMER, id, null, name, account);
            } else if (verb.equals("DELETE") && m.group(1) != null && (ok || status == 404)) {
                ledger.removed(ResourceKind.CUSTOMER, m.group(1), null);
            }
        }
    }

    private void record(ResourceKind kind, String id, String customerId, String name, PartnerAccount owner) {
        if (!id.isEmpty()) {
            ledger.created(kind, id, customerId, name == null || name.isEmpty() ? null : name,
                    owner.role().key(), owner.tenantId());
        }
    }

    private static boolean statusIs(JsonNode body, String status) {
        return body != null && status.equalsIgnoreCase(body.path("status").asText(""));
    }

    private static String text(JsonNode body, String... path) {
        JsonNode node = body == null ? MissingNode.getInstance() : body;
        for (String name : path) {
            node = node.path(name);
        }
        return node.asText("");
    }

    /** Without the query and with {@code //} as {@code /} (the pages print {@code /v1//sandboxIndirectReseller}). */
    private static String normalized(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("/{2,}", "/");
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (Exception notJson) {
            return MissingNode.getInstance();
        }
    }
}
