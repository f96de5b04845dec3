package org.partnersandbox.suite.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersandbox.suite.client.CallWatch;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.janitor.KillPoint;
import org.partnersandbox.suite.janitor.LedgerEntry;
import org.partnersandbox.suite.janitor.ResourceKind;
import org.partnersandbox.suite.janitor.RunLedger;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The live target's watch over every Partner Center call:
 * <ul>
 * <li>before: a write (anything but GET) goes only to a tenant declared a sandbox. The production
 * account may send one write, the sandbox-only create of an indirect reseller, which a production
 * account is refused (6002): the refusal scenarios need nothing else. A scenario that would send
 * another write as it is not-run, with the guard's reason: the target cannot show it safely.</li>
 * <li>before a create (indirect reseller, customer, order) in a declared tenant: its intent goes into
 * the ledger on disk, with the name or domain it can be found by; its answer then confirms it (the
 * resource) or resolves it (a refusal created nothing). A create without an answer stays open for the
 * janitor, who looks the name up.</li>
 * <li>after: what a call created goes into the run's ledger on disk at once, with what its removal
 * needs (an order's customer and offers; a subscription's customer, order, offer and, once an answer
 * shows it, product type), and what a call removed is marked removed, whoever made the call (step,
 * cleanup or janitor). A subscription is recorded from its order's answer, or from a later read or
 * list of this run's order; a cancelled order takes its subscriptions, a deleted customer everything of it.</li>
 * </ul>
 */
public final class LiveCallWatch implements CallWatch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IR = Pattern.compile("/v1/sandboxIndirectReseller(?:/([^/?]+))?");
    private static final Pattern CUSTOMER = Pattern.compile("/v1/customers(?:/([^/?]+))?");
    private static final Pattern ORDER = Pattern.compile("/v1/customers/([^/?]+)/orders(?:/([^/?]+))?");
    private static final Pattern SUBSCRIPTIONS = Pattern.compile("/v1/customers/([^/?]+)/subscriptions(?:/([^/?]+))?");

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
        throw NotRun.because("refused before sending: " + method + " " + path + " as " + account.role().key()
                + " would write to tenant " + account.tenantId() + ", which " + LiveSettings.ALLOWED_TENANTS
                + " does not declare a sandbox");
    }

    @Override
    public Sending sending(PartnerAccount account, String method, String path, JsonNode requestBody, String requestId) {
        beforeSend(account, method, path);
        ResourceKind creates = createdBy(method, path);
        if (creates == null || !settings.isDeclaredSandbox(account.tenantId())) {
            return (status, responseBody) -> answered(account, method, path, requestBody, status, responseBody, null);
        }
        String intent = creates == ResourceKind.CUSTOMER
                ? ledger.intend(creates, text(requestBody, "billingProfile", "companyName"), text(requestBody, "companyProfile", "domain"),
                        null, account.role().key(), account.tenantId(), requestId)
                : creates == ResourceKind.ORDER
                ? ledger.intend(creates, null, null, pathCustomer(path), account.role().key(), account.tenantId(), requestId)
                : ledger.intend(creates, text(requestBody, "tenant", "domainPrefix"), null, null, account.role().key(),
                        account.tenantId(), requestId);
        return new Sending() {
            @Override
            public void sent() {
                KillPoint.armed().sent(creates);
            }

            @Override
            public void answered(int status, String responseBody) {
                LiveCallWatch.this.answered(account, method, path, requestBody, status, responseBody, intent);
                if (status >= 400 && status < 500) {
                    ledger.resolved(intent, creates, "refused with status " + status + ": nothing created");
                }
                // 2xx: confirmed by its created line; 5xx: unknown, left open for the janitor to look up
            }
        };
    }

    /** The kind a call creates, or null: POST of a reseller, a customer, an order. */
    private static ResourceKind createdBy(String method, String rawPath) {
        if (!method.equalsIgnoreCase("POST")) {
            return null;
        }
        String path = normalized(rawPath);
        Matcher m;
        if ((m = IR.matcher(path)).matches() && m.group(1) == null) {
            return ResourceKind.INDIRECT_RESELLER;
        }
        if ((m = ORDER.matcher(path)).matches() && m.group(2) == null) {
            return ResourceKind.ORDER;
        }
        if ((m = CUSTOMER.matcher(path)).matches() && m.group(1) == null) {
            return ResourceKind.CUSTOMER;
        }
        return null;
    }

    private static String pathCustomer(String rawPath) {
        Matcher m = ORDER.matcher(normalized(rawPath));
        return m.matches() ? m.group(1) : null;
    }

    @Override
    public void answered(PartnerAccount account, String method, String rawPath, JsonNode requestBody, int status,
                         String responseBody) {
        answered(account, method, rawPath, requestBody, status, responseBody, null);
    }

    /** {@code intent}: the create's intent in the ledger, which its created line then names; null for other calls. */
    private void answered(PartnerAccount account, String method, String rawPath, JsonNode requestBody, int status,
                          String responseBody, String intent) {
        boolean ok = status >= 200 && status < 300;
        String path = normalized(rawPath);
        String verb = method.toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = IR.matcher(path)).matches()) {
            if (verb.equals("POST") && m.group(1) == null && ok) {
                JsonNode created = parse(responseBody);
                record(ResourceKind.INDIRECT_RESELLER, created.path("accountId").asText(created.path("tenant").path("id").asText("")),
                        null, null, text(requestBody, "tenant", "domainPrefix"), account, intent);
            } else if (verb.equals("DELETE") && m.group(1) != null && (ok || status == 404)) {
                ledger.removed(ResourceKind.INDIRECT_RESELLER, m.group(1), null);
            }
        } else if ((m = ORDER.matcher(path)).matches()) {
            String customerId = m.group(1);
            if (verb.equals("POST") && m.group(2) == null && ok) {
                recordOrder(customerId, parse(responseBody), account, intent);
            } else if (verb.equals("PATCH") && m.group(2) != null && ok && statusIs(requestBody, "cancelled", "canceled")) {
                ledger.removed(ResourceKind.ORDER, m.group(2), customerId);
                ledger.removedWithOrder(customerId, m.group(2));
            } else if (verb.equals("GET") && status == 200) {
                JsonNode answer = parse(responseBody);
                // an order's subscriptions may appear after its creation (a pending order): record them as they do
                if (m.group(2) == null) {
                    answer.path("items").forEach(order -> subscriptionsOfOrder(customerId, order));
                } else {
                    subscriptionsOfOrder(customerId, answer);
                }
            }
        } else if ((m = SUBSCRIPTIONS.matcher(path)).matches()) {
            String customerId = m.group(1);
            if (verb.equals("PATCH") && m.group(2) != null && ok && statusIs(requestBody, "suspended")) {
                ledger.removed(ResourceKind.SUBSCRIPTION, m.group(2), customerId);
            } else if (verb.equals("GET") && status == 200) {
                JsonNode answer = parse(responseBody);
                if (m.group(2) == null) {
                    answer.path("items").forEach(subscription -> subscriptionOfRecordedOrder(customerId, subscription));
                } else {
                    subscriptionOfRecordedOrder(customerId, answer);
                }
            }
        } else if ((m = CUSTOMER.matcher(path)).matches()) {
            if (verb.equals("POST") && m.group(1) == null && ok) {
                JsonNode customer = parse(responseBody);
                JsonNode profile = customer.path("companyProfile");
                String id = customer.path("id").asText(profile.path("tenantId").asText(""));
                String name = profile.path("companyName").asText("");
                record(ResourceKind.CUSTOMER, id, null, null, name.isEmpty() ? profile.path("domain").asText("") : name, account,
                        intent);
            } else if (verb.equals("DELETE") && m.group(1) != null && (ok || status == 404)) {
                ledger.removed(ResourceKind.CUSTOMER, m.group(1), null);
                ledger.removedWithCustomer(m.group(1));
            }
        }
    }

    /** The order and, from its lines, the subscription each line created (with the offer it bought). */
    private void recordOrder(String customerId, JsonNode order, PartnerAccount owner, String intent) {
        String orderId = order.path("id").asText("");
        List<String> offers = new ArrayList<>();
        order.path("lineItems").forEach(line -> offers.add(line.path("offerId").asText("")));
        record(ResourceKind.ORDER, orderId, customerId, offers.isEmpty() ? null : String.join(",", offers), null, owner, intent);
        subscriptionsOfOrder(customerId, order);
    }

    /** The subscriptions an order's lines name, when the order is this run's. */
    private void subscriptionsOfOrder(String customerId, JsonNode order) {
        String orderId = order.path("id").asText("");
        ledger.recorded(ResourceKind.ORDER, customerId, orderId).ifPresent(recordedOrder -> order.path("lineItems").forEach(
                line -> record(ResourceKind.SUBSCRIPTION, line.path("subscriptionId").asText(""), customerId, orderId,
                        line.path("offerId").asText(null), null, null, recordedOrder)));
    }

    /** A subscription, as a list or read shows it, of an order this run placed: with its product type. */
    private void subscriptionOfRecordedOrder(String customerId, JsonNode subscription) {
        String orderId = subscription.path("orderId").asText("");
        ledger.recorded(ResourceKind.ORDER, customerId, orderId).ifPresent(recordedOrder -> record(ResourceKind.SUBSCRIPTION,
                subscription.path("id").asText(""), customerId, orderId, subscription.path("offerId").asText(null),
                subscription.path("productType").path("id").asText(null), null, recordedOrder));
    }

    /** A resource a create made: with its intent, the line that confirms it; without (a test's direct call), a plain record. */
    private void record(ResourceKind kind, String id, String customerId, String offerId, String name, PartnerAccount owner,
                        String intent) {
        if (id.isEmpty()) {
            return; // no id in the answer: the intent stays open, and the janitor looks the name up
        }
        if (intent != null) {
            ledger.confirmed(intent, kind, id, customerId, offerId, name, owner.role().key(), owner.tenantId());
        } else {
            ledger.created(kind, id, customerId, null, offerId, null, name == null || name.isEmpty() ? null : name,
                    owner.role().key(), owner.tenantId());
        }
    }

    /** Owned as the order it came from is owned (a reseller may read it; the provider removes it). */
    private void record(ResourceKind kind, String id, String customerId, String orderId, String offerId, String productType,
                        String name, LedgerEntry ownerOf) {
        if (!id.isEmpty()) {
            ledger.created(kind, id, customerId, orderId, offerId, productType, name, ownerOf.ownerRole(), ownerOf.ownerTenant());
        }
    }

    private static boolean statusIs(JsonNode body, String... statuses) {
        String status = body == null ? "" : body.path("status").asText("");
        return java.util.Arrays.stream(statuses).anyMatch(status::equalsIgnoreCase);
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
