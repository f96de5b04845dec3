package org.partnersandbox.remotesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnersandbox.suite.client.RunNames;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.janitor.LedgerEntry;
import org.partnersandbox.suite.janitor.RunLedger;
import org.partnersandbox.suite.live.LiveCallWatch;
import org.partnersandbox.suite.live.LiveSettings;

/**
 * The janitor against the emulator as a remote sandbox (its own process, HTTPS, latency, list lag),
 * run as a nightly job runs it: {@link org.partnersandbox.suite.live.JanitorMain} in a child JVM,
 * credentials from the environment, tokens through msal4j. The leftovers are made here directly through the API as the provider, as a
 * killed run would have left them; the emulator's own state and call record are the evidence.
 */
class JanitorAgainstRemoteEmulatorTest {

    private static final Path WORK = Path.of("target", "janitor-check");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESERVED_INSTANCE = "DZH318Z0BQ4B:0047:DZH318Z0DSM8";
    private static final String PERPETUAL_SOFTWARE = "DG7GMGF0DWT0:0001:DG7GMGF0DSQR";
    private static final String SOFTWARE_SUBSCRIPTION = "DG7GMGF0FKZV:0003:DG7GMGF0DQLM";
    private static final String SEAT = "CFQ7TTC0LH18:0001:CFQ7TTC0K971";

    @RegisterExtension
    static final RemoteEmulator emulator = RemoteEmulator.forEachClass(WORK);

    /** The provider, calling the API directly; each answer can go to a ledger as a live run's watch writes it. */
    private static final class Provider {
        final JsonNode account;
        final String tenant;
        final String token;
        final LiveCallWatch watch;

        Provider(JsonNode account, RunLedger ledger) {
            this.account = account;
            this.tenant = account.path("tenantId").asText();
            this.token = emulator.accessToken(account);
            this.watch = ledger == null ? null : new LiveCallWatch(new LiveSettings(Set.of(tenant), ledger.file().getParent(),
                    Optional.empty(), "psa", 5), ledger);
        }

        JsonNode call(String method, String path, JsonNode body, int expected) {
            HttpResponse<String> answer = emulator.call(method, path, token, body);
            if (watch != null) {
                PartnerAccount me = new PartnerAccount(PartnerRole.INDIRECT_PROVIDER, true, tenant, "provider",
                        account.path("partnerId").asText(), account.path("country").asText(), "app", Secret.of("x"), "", Secret.of(""));
                watch.answered(me, method, path, body, answer.statusCode(), answer.body());
            }
            assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(expected);
            try {
                return answer.body().isBlank() ? null : JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String reseller(String domainPrefix) {
            return call("POST", "/v1/sandboxIndirectReseller", SandboxResellerRequest.of(account.path("partnerId").asText(),
                    account.path("country").asText(), domainPrefix).body(), 201).path("accountId").asText();
        }

        String customer(String name, String resellerId) {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("companyProfile").put("domain", name + ".onmicrosoft.com");
            ObjectNode billing = body.putObject("billingProfile").put("email", "admin@" + name + ".example")
                    .put("culture", "en-US").put("language", "en").put("companyName", name);
            billing.putObject("defaultAddress").put("country", "US").put("city", "Redmond").put("state", "WA")
                    .put("addressLine1", "1 Microsoft Way").put("postalCode", "98052");
            if (resellerId != null) {
                body.put("associatedPartnerId", resellerId);
            }
            return call("POST", "/v1/customers", body, 201).path("id").asText();
        }

        String order(String customerId, String offerId) {
            ObjectNode body = JSON.createObjectNode();
            body.putArray("lineItems").addObject().put("lineItemNumber", 0).put("offerId", offerId).put("quantity", 1);
            return call("POST", "/v1/customers/" + customerId + "/orders", body, 201).path("id").asText();
        }

        /** Lists catch up after the emulator's visibility delay: wait until the customer's orders are all listed. */
        void untilListed(String customerId, int orders) {
            await("the customer's orders are listed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> call("GET", "/v1/customers/" + customerId + "/orders", null, 200).path("items").size() == orders);
        }
    }

    /** What a nightly job sets for the janitor: the provider's credentials, the emulator as target, the ledger folder. */
    private static Map<String, String> environment(JsonNode provider, Path runDir) {
        Map<String, String> env = LiveTargetAgainstRemoteEmulatorTest.target(emulator, runDir);
        env.putAll(emulator.credentials(provider));
        env.put("LIVE_ALLOWEDTENANTS", provider.path("tenantId").asText());
        return env;
    }

    /** A name a run of this suite made on 2025-01-01, long past the sweep's grace period. */
    private static String oldRunName(String prefix) {
        return prefix + "2501010000" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    }

    private static String name(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static List<JsonNode> of(JsonNode state, String list, String field, Set<String> values) {
        List<JsonNode> found = new ArrayList<>();
        state.path(list).forEach(item -> {
            if (values.contains(item.path(field).asText())) {
                found.add(item);
            }
        });
        return found;
    }

    /** The writes among the recorded calls, named by what they do, in the order the emulator received them. */
    private static List<String> writes(List<String> calls, Map<String, String> names) {
        List<String> writes = new ArrayList<>();
        for (String call : calls) {
            if (call.startsWith("GET ")) {
                continue;
            }
            String id = call.substring(call.lastIndexOf('/') + 1);
            String what = call.startsWith("PATCH ") && call.contains("/orders/") ? "cancel "
                    : call.startsWith("PATCH ") && call.contains("/subscriptions/") ? "suspend "
                    : call.startsWith("DELETE /v1/customers/") ? "delete customer "
                    : call.contains("sandboxIndirectReseller") ? "delete reseller " : call + " ";
            writes.add(what + names.getOrDefault(id, id));
        }
        return writes;
    }

    @Test
    void the_janitor_removes_a_killed_runs_leftovers_in_the_order_the_api_requires_and_every_customer_of_its_reseller()
            throws Exception {
        Path runDir = WORK.resolve("ledger-run");
        JsonNode account = emulator.provision("indirectProvider");
        Map<String, String> env = environment(account, runDir);
        Path ledgerDir = runDir.resolve("ledger");
        RunLedger killed = RunLedger.open(ledgerDir, "psakilled0001");
        Provider provider = new Provider(account, killed);

        String reseller = provider.reseller(name("psakilled"));
        String ofReseller = provider.customer(name("psakilled"), reseller);
        String ri = provider.order(ofReseller, RESERVED_INSTANCE);
        String perpetual = provider.order(ofReseller, PERPETUAL_SOFTWARE);
        String seat = provider.order(ofReseller, SEAT);
        String direct = provider.customer(name("psakilled"), null);
        String software = provider.order(direct, SOFTWARE_SUBSCRIPTION);
        // a customer of the reseller that no ledger lists: made by a run that died before writing it down
        String unlisted = new Provider(account, null).customer(name("psakilled"), reseller);
        Map<String, String> names = new java.util.HashMap<>(Map.of(ri, "RI order", perpetual, "perpetual order",
                seat, "seat order", software, "software subscription order", ofReseller, "reseller's customer",
                direct, "direct customer", reseller, "reseller", unlisted, "unlisted customer"));
        emulator.state().path("subscriptions").forEach(s -> names.put(s.path("id").asText(), "subscription of "
                + names.getOrDefault(s.path("orderId").asText(), "?")));

        assertThat(killed.outstanding()).as("the ledger, written from the emulator's answers")
                .extracting(LedgerEntry::kind).containsExactlyInAnyOrder("sandboxIndirectReseller", "customer", "customer",
                        "order", "order", "order", "order", "subscription", "subscription", "subscription", "subscription");
        assertThat(killed.outstanding()).filteredOn(e -> e.kind().equals("subscription"))
                .allSatisfy(e -> assertThat(e.orderId()).isNotNull()).extracting(LedgerEntry::offerId)
                .containsExactlyInAnyOrder(RESERVED_INSTANCE, PERPETUAL_SOFTWARE, SEAT, SOFTWARE_SUBSCRIPTION);
        emulator.recordCalls();

        LiveRunProcess janitor = LiveRunProcess.janitor(runDir.resolve("janitor"), env);
        int exit = janitor.waitFor(180);

        String output = janitor.output();
        assertThat(exit).as("the janitor's output:\n%s", output).isZero();
        assertThat(output).contains("janitor: done, nothing left behind").doesNotContain("could not remove");
        JsonNode state = emulator.state();
        Set<String> customers = Set.of(ofReseller, direct, unlisted);
        assertThat(of(state, "customers", "ownerTenantId", Set.of(provider.tenant))).as("customers left").isEmpty();
        assertThat(of(state, "orders", "customerId", customers)).as("orders left").isEmpty();
        assertThat(of(state, "subscriptions", "customerId", customers)).as("subscriptions left").isEmpty();
        assertThat(emulator.indirectResellersOf(provider.tenant)).as("indirect resellers left").isEmpty();

        List<String> writes = writes(emulator.recordedCalls(), names);
        assertThat(writes.subList(0, 3)).as("first the orders that are ended by cancelling; all writes: %s", writes)
                .containsExactlyInAnyOrder("cancel RI order", "cancel perpetual order", "cancel software subscription order");
        assertThat(writes.subList(3, writes.size())).as("then the seat, the customers, the reseller; all writes: %s", writes)
                .containsExactly("suspend subscription of seat order", "delete customer direct customer",
                        "delete customer reseller's customer", "delete customer unlisted customer", "delete reseller reseller");
        try (Stream<Path> open = Files.list(ledgerDir)) {
            assertThat(open.filter(f -> f.toString().endsWith(".jsonl")).toList()).as("no open ledger").isEmpty();
        }
        assertThat(ledgerDir.resolve("closed").resolve("psakilled0001.jsonl")).exists();
        List<String> secrets = List.of(env.get("SANDBOX_INDIRECTPROVIDER_CLIENTSECRET"), env.get("SANDBOX_INDIRECTPROVIDER_REFRESHTOKEN"));
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(secrets).as("secrets in %s", file).noneMatch(text::contains);
            }
        }
    }

    @Test
    void the_sweep_by_prefix_removes_leftovers_that_no_ledger_lists_and_nothing_else() throws Exception {
        Path runDir = WORK.resolve("sweep");
        JsonNode account = emulator.provision("indirectProvider");
        Map<String, String> env = environment(account, runDir);
        String tenant = account.path("tenantId").asText();
        Provider provider = new Provider(account, null);
        String prefix = "psalost";

        String reseller = provider.reseller(oldRunName(prefix));
        String kept = provider.reseller(name("keep"));
        String ofReseller = provider.customer(oldRunName(prefix), reseller);
        provider.order(ofReseller, RESERVED_INSTANCE);
        provider.order(ofReseller, SEAT);
        String direct = provider.customer(oldRunName(prefix), null);
        provider.order(direct, PERPETUAL_SOFTWARE);
        String other = provider.customer(name("keep"), null);
        // a run of today (maybe still in progress elsewhere) and a tenant that merely starts the same: never swept
        String recent = provider.customer(RunNames.newRunId(prefix) + "zzzz", null);
        String lookalike = provider.customer(prefix + "group" + name("co"), null);
        provider.untilListed(ofReseller, 2);
        provider.untilListed(direct, 1);
        String filter = URLEncoder.encode("{\"Field\":\"CompanyName\",\"Value\":\"" + prefix + "\",\"Operator\":\"starts_with\"}",
                StandardCharsets.UTF_8);
        await("the customers are listed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> provider.call("GET", "/v1/customers?size=0&filter=" + filter, null, 200).path("items").size() == 4);

        LiveRunProcess janitor = LiveRunProcess.janitor(runDir.resolve("janitor"), env, "--sweep-prefix", prefix);
        int exit = janitor.waitFor(180);

        String output = janitor.output();
        assertThat(exit).as("the janitor's output:\n%s", output).isZero();
        assertThat(output).contains("janitor: swept prefix '" + prefix + "': removed ", "janitor: done, nothing left behind");
        JsonNode state = emulator.state();
        assertThat(of(state, "customers", "ownerTenantId", Set.of(tenant))).extracting(c -> c.path("id").asText())
                .as("only the customers not named by an old run are left").containsExactlyInAnyOrder(other, recent, lookalike);
        assertThat(of(state, "orders", "customerId", Set.of(ofReseller, direct))).isEmpty();
        assertThat(emulator.indirectResellersOf(tenant)).extracting(r -> r.path("accountId").asText())
                .as("only the reseller not named so is left").containsExactly(kept);
    }
}
