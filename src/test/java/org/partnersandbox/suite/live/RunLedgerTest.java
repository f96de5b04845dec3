package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.Secret;

/** The ledger on disk, what the live watch writes into it, and how the janitor reads it. */
class RunLedgerTest {

    private static final String IP = "0e195b37-4574-4539-bc42-0e539b9684c0";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static PartnerAccount account(PartnerRole role, String tenant) {
        return new PartnerAccount(role, role != PartnerRole.PRODUCTION_ACCOUNT, tenant, "n", "6363276", "US", "c",
                Secret.of("s"), "", Secret.of(""));
    }

    @Test
    void creations_are_on_disk_at_once_and_removals_cancel_them() throws Exception {
        RunLedger ledger = RunLedger.open(dir, "psarun1");
        LiveCallWatch watch = new LiveCallWatch(new LiveSettings(Set.of(IP), dir, Optional.empty(), "psa", 5), ledger);
        PartnerAccount provider = account(PartnerRole.INDIRECT_PROVIDER, IP);
        var request = json.readTree("{\"tenant\":{\"domainPrefix\":\"psarun1abcd\"}}");

        watch.answered(provider, "POST", "/v1//sandboxIndirectReseller", request, 201,
                "{\"accountId\":\"ir-1\",\"tenant\":{\"password\":\"Xy7!secret\"}}");
        watch.answered(provider, "POST", "/v1/sandboxIndirectReseller", request, 201, "{\"accountId\":\"ir-2\"}");
        watch.answered(provider, "POST", "/v1/sandboxIndirectReseller", request, 400, "{\"code\":800002}");

        assertThat(Files.readString(dir.resolve("psarun1.jsonl"))).contains("ir-1", "psarun1abcd", IP)
                .doesNotContain("Xy7!secret");
        assertThat(ledger.outstanding()).extracting(LedgerEntry::id).containsExactly("ir-2", "ir-1");

        watch.answered(provider, "DELETE", "/v1/sandboxIndirectReseller/ir-2", null, 204, "");
        watch.answered(provider, "DELETE", "/v1/sandboxIndirectReseller/ir-1", null, 404, "{}");

        assertThat(ledger.outstanding()).isEmpty();
        assertThat(ledger.closeIfClean()).isTrue();
        assertThat(dir.resolve("closed").resolve("psarun1.jsonl")).exists();
    }

    @Test
    void the_janitor_removes_leftovers_of_earlier_runs_in_the_order_the_api_requires() {
        RunLedger earlier = RunLedger.open(dir, "psaearlier");
        earlier.created(ResourceKind.INDIRECT_RESELLER, "ir-1", null, "psaearlierx", "indirectProvider", IP);
        earlier.created(ResourceKind.CUSTOMER, "cu-1", null, "psaearliery", "indirectProvider", IP);
        earlier.created(ResourceKind.ORDER, "or-1", "cu-1", null, "indirectProvider", IP);
        earlier.created(ResourceKind.SUBSCRIPTION, "su-1", "cu-1", null, "indirectProvider", IP);
        RunLedger.open(dir, "psanow").created(ResourceKind.INDIRECT_RESELLER, "ir-mine", null, null, "indirectProvider", IP);
        List<String> calls = new ArrayList<>();

        Janitor janitor = new Janitor(role -> Optional.of(new RecordingRemoval(calls)), "psanow", System.out);
        Janitor.Report report = janitor.cleanEarlierRuns(dir);

        assertThat(calls).containsExactly("cancel or-1", "suspend su-1", "empty cu-1", "delete customer cu-1", "delete ir ir-1");
        assertThat(report.clean()).isTrue();
        assertThat(dir.resolve("closed").resolve("psaearlier.jsonl")).as("the earlier ledger is closed").exists();
        assertThat(dir.resolve("psanow.jsonl")).as("this run's own ledger is not touched").exists();
    }

    @Test
    void the_production_account_may_only_send_the_refusal_probe() {
        LiveCallWatch watch = new LiveCallWatch(new LiveSettings(Set.of(IP), dir, Optional.empty(), "psa", 5),
                RunLedger.open(dir, "psarun2"));
        PartnerAccount production = account(PartnerRole.PRODUCTION_ACCOUNT, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

        watch.beforeSend(production, "POST", "/v1/sandboxIndirectReseller");
        watch.beforeSend(production, "GET", "/v1/relationships");
        assertThat(catchThrowable(() -> watch.beforeSend(production, "DELETE", "/v1/sandboxIndirectReseller/x")))
                .hasMessageStartingWith("refused before sending: DELETE /v1/sandboxIndirectReseller/x as productionAccount");
        assertThat(catchThrowable(() -> watch.beforeSend(production, "POST", "/v1/customers")))
                .hasMessageContaining("does not declare a sandbox");
        assertThat(catchThrowable(() -> watch.beforeSend(account(PartnerRole.INDIRECT_PROVIDER, "11111111-0000-4000-8000-000000000000"),
                "POST", "/v1/sandboxIndirectReseller"))).as("an undeclared tenant writes nothing, whatever its role")
                .hasMessageStartingWith("refused before sending");
    }

    /** Records the janitor's calls instead of making them. */
    private static final class RecordingRemoval extends org.partnersandbox.suite.client.LeftoverRemoval {
        private final List<String> calls;

        RecordingRemoval(List<String> calls) {
            super(null);
            this.calls = calls;
        }

        @Override
        public String cancelOrder(String customerId, String orderId) {
            calls.add("cancel " + orderId);
            return null;
        }

        @Override
        public String suspendSubscription(String customerId, String subscriptionId) {
            calls.add("suspend " + subscriptionId);
            return null;
        }

        @Override
        public List<String> emptyCustomer(String customerId) {
            calls.add("empty " + customerId);
            return List.of();
        }

        @Override
        public String deleteCustomer(String customerId) {
            calls.add("delete customer " + customerId);
            return null;
        }

        @Override
        public String deleteIndirectReseller(String resellerId) {
            calls.add("delete ir " + resellerId);
            return null;
        }
    }
}
