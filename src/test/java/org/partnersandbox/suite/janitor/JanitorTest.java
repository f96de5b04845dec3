package org.partnersandbox.suite.janitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.suite.client.PartnerRole;

/** The janitor's decisions and their order, against a sandbox in memory ({@link FakeLeftoverRemoval}). */
class JanitorTest {

    private static final String IP = "0e195b37-4574-4539-bc42-0e539b9684c0";
    private static final String OTHER = "7d3c1a2b-0000-4000-8000-000000000001";
    private static final String PROVIDER = "indirectProvider";

    @TempDir
    Path dir;

    private final List<String> calls = new ArrayList<>();
    private final FakeLeftoverRemoval sandbox = new FakeLeftoverRemoval(IP, calls);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private Janitor janitor(Set<String> declared) {
        return new Janitor(role -> role == PartnerRole.INDIRECT_PROVIDER ? Optional.of(sandbox) : Optional.empty(),
                declared::contains, "psanow", new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** An IR, its customer with an RI, a perpetual and a seat order, a direct customer with a software subscription. */
    private RunLedger killedRun() {
        sandbox.resellers.add("ir-1");
        sandbox.customer("cu-ir", "ir-1");
        sandbox.order("cu-ir", "o-ri", "AzureReservedInstance");
        sandbox.order("cu-ir", "o-perpetual", "PerpetualSoftware");
        sandbox.order("cu-ir", "o-seat", "OnlineServices");
        sandbox.customer("cu-direct", null);
        sandbox.order("cu-direct", "o-software", "SoftwareSubscription");
        RunLedger ledger = RunLedger.open(dir, "psakilled");
        ledger.created(ResourceKind.INDIRECT_RESELLER, "ir-1", null, "psakilledir", PROVIDER, IP);
        ledger.created(ResourceKind.CUSTOMER, "cu-ir", null, "psakilledcu", PROVIDER, IP);
        for (String order : List.of("o-ri", "o-perpetual", "o-seat")) {
            ledger.created(ResourceKind.ORDER, order, "cu-ir", null, "offer-" + order, null, null, PROVIDER, IP);
            ledger.created(ResourceKind.SUBSCRIPTION, order + "-s", "cu-ir", order, "offer-" + order,
                    order.equals("o-seat") ? "OnlineServices" : null, null, PROVIDER, IP);
        }
        ledger.created(ResourceKind.CUSTOMER, "cu-direct", null, "psakilleddc", PROVIDER, IP);
        ledger.created(ResourceKind.ORDER, "o-software", "cu-direct", null, "offer-software", null, null, PROVIDER, IP);
        ledger.created(ResourceKind.SUBSCRIPTION, "o-software-s", "cu-direct", "o-software", "offer-software", null, null, PROVIDER, IP);
        return ledger;
    }

    @Test
    void leftovers_go_in_the_order_the_api_requires_and_each_purchase_ends_its_own_way() {
        RunLedger ledger = killedRun();

        Janitor.Report report = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(report.failures()).isEmpty();
        assertThat(sandbox.empty()).as("nothing left in the sandbox").isTrue();
        assertThat(calls.subList(0, 3)).as("cancellable orders first").containsExactlyInAnyOrder(
                "cancel o-ri", "cancel o-perpetual", "cancel o-software");
        assertThat(calls.subList(3, calls.size())).as("then the seat subscription, customers, the reseller").containsExactly(
                "suspend o-seat-s", "delete customer cu-direct", "delete customer cu-ir", "delete reseller ir-1");
        assertThat(ledger.outstanding()).isEmpty();
        assertThat(dir.resolve("closed").resolve("psakilled.jsonl")).exists();
    }

    @Test
    void a_failure_is_one_line_and_everything_else_is_still_attempted() {
        RunLedger ledger = killedRun();
        sandbox.failing.add("cancel o-ri");

        Janitor.Report report = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(calls).contains("cancel o-perpetual", "cancel o-software", "suspend o-seat-s", "delete customer cu-direct",
                "delete customer cu-ir", "delete reseller ir-1");
        assertThat(report.failures()).as("the order, its blocked customer, the reseller that still has it, the RI subscription")
                .hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(report.failures()).anySatisfy(line -> assertThat(line).startsWith("order o-ri").contains("800003"))
                .anySatisfy(line -> assertThat(line).startsWith("customer cu-ir").contains("409"))
                .anySatisfy(line -> assertThat(line).startsWith("sandboxIndirectReseller ir-1").contains("6003"));
        assertThat(sandbox.customers).containsOnlyKeys("cu-ir");
        assertThat(ledger.outstanding()).extracting(LedgerEntry::id)
                .containsExactlyInAnyOrder("ir-1", "cu-ir", "o-ri", "o-ri-s");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("janitor: could not remove order o-ri");

        calls.clear();
        sandbox.failing.clear();
        Janitor.Report again = janitor(Set.of(IP)).cleanEarlierRuns(dir);
        assertThat(again.failures()).isEmpty();
        assertThat(calls).containsExactly("cancel o-ri", "delete customer cu-ir", "delete reseller ir-1");
        assertThat(sandbox.empty()).isTrue();
    }

    @Test
    void a_tenant_not_declared_a_sandbox_or_not_this_runs_is_never_touched() {
        RunLedger ledger = RunLedger.open(dir, "psaother");
        ledger.created(ResourceKind.CUSTOMER, "cu-undeclared", null, null, PROVIDER, OTHER);
        RunLedger.open(dir, "psamine").created(ResourceKind.INDIRECT_RESELLER, "ir-elsewhere", null, null, PROVIDER,
                "7d3c1a2b-0000-4000-8000-000000000002");
        sandbox.customer("cu-undeclared", null);

        Janitor.Report undeclared = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(calls).as("no call at all").isEmpty();
        assertThat(undeclared.failures()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("cu-undeclared", "not touched: its tenant " + OTHER
                        + " is not in live.allowedTenants"));
        Janitor.Report declaredButNotMine = janitor(Set.of(IP, OTHER)).cleanEarlierRuns(dir);
        assertThat(calls).isEmpty();
        assertThat(declaredButNotMine.failures()).anySatisfy(line -> assertThat(line)
                .contains("not touched: created in tenant " + OTHER + ", and this run's indirectProvider is tenant " + IP));
        assertThat(ledger.outstanding()).hasSize(1);
    }

    @Test
    void what_the_ledger_missed_is_found_on_its_customer_and_an_unknown_product_type_is_asked_of_the_api() {
        sandbox.customer("cu-1", null);
        sandbox.order("cu-1", "o-seat-unlisted", "OnlineServices");
        sandbox.order("cu-1", "o-ri-unlisted", "AzureReservedInstance");
        sandbox.order("cu-1", "o-unknown", "");
        RunLedger ledger = RunLedger.open(dir, "psaearlier");
        ledger.created(ResourceKind.CUSTOMER, "cu-1", null, "psaearlierc", PROVIDER, IP);
        ledger.created(ResourceKind.ORDER, "o-unknown", "cu-1", null, null, null, null, PROVIDER, IP);

        Janitor.Report report = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(report.failures()).isEmpty();
        assertThat(calls.get(calls.size() - 1)).isEqualTo("delete customer cu-1");
        assertThat(calls).as("a cancel refused with 800063 means: suspend instead")
                .containsSubsequence("cancel o-unknown", "suspend o-unknown-s", "delete customer cu-1")
                .containsSubsequence("cancel o-ri-unlisted", "delete customer cu-1")
                .containsSubsequence("suspend o-seat-unlisted-s", "delete customer cu-1")
                .doesNotContain("cancel o-seat-unlisted", "suspend o-ri-unlisted-s");
        assertThat(sandbox.empty()).isTrue();
    }

    @Test
    void the_sweep_finds_by_prefix_what_no_ledger_lists() {
        sandbox.resellers.add("psaoldir");
        sandbox.resellers.add("keepme");
        sandbox.customer("psaoldcu", "psaoldir");
        sandbox.order("psaoldcu", "o-ri", "AzureReservedInstance");
        sandbox.order("psaoldcu", "o-seat", "OnlineServices");
        sandbox.customer("othercu", null);

        Janitor.Report report = janitor(Set.of(IP)).sweep("psaold");

        assertThat(report.failures()).isEmpty();
        assertThat(calls).containsExactly("cancel o-ri", "suspend o-seat-s", "delete customer psaoldcu", "delete reseller psaoldir");
        assertThat(sandbox.customers).containsOnlyKeys("othercu");
        assertThat(sandbox.resellers).containsExactly("keepme");
    }

    @Test
    void a_resellers_customers_go_before_it_even_those_no_ledger_lists() {
        sandbox.resellers.add("ir-1");
        sandbox.customer("cu-unlisted", "ir-1");
        sandbox.order("cu-unlisted", "o-seat", "OnlineServices");
        sandbox.customer("cu-of-another", "ir-2");
        RunLedger ledger = RunLedger.open(dir, "psakilled");
        ledger.created(ResourceKind.INDIRECT_RESELLER, "ir-1", null, "psakilledir", PROVIDER, IP);

        Janitor.Report report = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(report.failures()).isEmpty();
        assertThat(calls).containsExactly("suspend o-seat-s", "delete customer cu-unlisted", "delete reseller ir-1");
        assertThat(sandbox.customers).as("another reseller's customer is not this reseller's").containsOnlyKeys("cu-of-another");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("janitor: removed customer cu-unlisted (cu-unlisted) of"
                + " indirect reseller ir-1");
        assertThat(ledger.closeIfClean()).isTrue();
    }

    @Test
    void an_unanswered_create_is_looked_up_by_its_name_and_removed_in_the_apis_order() {
        sandbox.resellers.add("psakilledir");
        sandbox.customer("psakilledcu", "psakilledir");
        sandbox.order("psakilledcu", "o-seat", "OnlineServices");
        RunLedger ledger = RunLedger.open(dir, "psakilled");
        String ir = ledger.intend(ResourceKind.INDIRECT_RESELLER, "psakilledir", null, null, PROVIDER, IP, "req-1");
        ledger.confirmed(ir, ResourceKind.INDIRECT_RESELLER, "psakilledir", null, null, "psakilledir", PROVIDER, IP);
        ledger.intend(ResourceKind.CUSTOMER, "psakilledcu", "psakilledcu.onmicrosoft.com", null, PROVIDER, IP, "req-2");
        ledger.intend(ResourceKind.ORDER, null, null, "psakilledcu", PROVIDER, IP, "req-3");
        ledger.intend(ResourceKind.CUSTOMER, "psakillednever", "psakillednever.onmicrosoft.com", null, PROVIDER, IP, "req-4");
        assertThat(ledger.unconfirmed()).extracting(LedgerEntry::requestId).containsExactly("req-2", "req-3", "req-4");
        assertThat(ledger.closeIfClean()).as("an unanswered create keeps the ledger open").isFalse();

        Janitor.Report report = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(report.failures()).isEmpty();
        assertThat(calls).containsExactly("look up customer psakilledcu.onmicrosoft.com", "look up customer psakillednever.onmicrosoft.com",
                "suspend o-seat-s", "delete customer psakilledcu", "delete reseller psakilledir");
        assertThat(sandbox.empty()).isTrue();
        assertThat(ledger.unconfirmed()).isEmpty();
        assertThat(ledger.outstanding()).isEmpty();
        assertThat(dir.resolve("closed").resolve("psakilled.jsonl")).exists();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("made customer psakilledcu", "psakillednever (request req-4) of run psakilled: nothing was created",
                        "(request req-3) of run psakilled: gone with its customer");
    }

    @Test
    void an_unanswered_create_in_a_tenant_not_declared_a_sandbox_is_not_looked_up() {
        RunLedger ledger = RunLedger.open(dir, "psakilled");
        ledger.intend(ResourceKind.INDIRECT_RESELLER, "psakilledir", null, null, PROVIDER, OTHER, "req-1");

        Janitor.Report report = janitor(Set.of(IP)).cleanEarlierRuns(dir);

        assertThat(calls).isEmpty();
        assertThat(report.failures()).singleElement().asString().contains("psakilledir", "not touched: its tenant " + OTHER);
        assertThat(ledger.unconfirmed()).hasSize(1);
    }

    @Test
    void the_sweep_removes_a_swept_resellers_customers_whatever_their_names() {
        sandbox.resellers.add("psaoldir");
        sandbox.customer("unnamedcu", "psaoldir");

        Janitor.Report report = janitor(Set.of(IP)).sweep("psaold");

        assertThat(report.failures()).isEmpty();
        assertThat(calls).containsExactly("delete customer unnamedcu", "delete reseller psaoldir");
        assertThat(sandbox.empty()).isTrue();
    }

    @Test
    void removal_order_sorts_kinds_then_newest_first() {
        LedgerEntry ir = entry("sandboxIndirectReseller", "ir", null, null, "2026-01-01T00:00:01Z");
        LedgerEntry customer = entry("customer", "cu", null, null, "2026-01-01T00:00:02Z");
        LedgerEntry older = entry("order", "o1", "cu", null, "2026-01-01T00:00:03Z");
        LedgerEntry newer = entry("order", "o2", "cu", null, "2026-01-01T00:00:05Z");
        LedgerEntry subscription = entry("subscription", "s1", "cu", "o1", "2026-01-01T00:00:04Z");

        assertThat(RemovalOrder.inApiOrder(List.of(ir, subscription, customer, older, newer)))
                .containsExactly(newer, older, subscription, customer, ir);
        assertThat(RemovalOrder.stage(entry("somethingNew", "x", null, null, null))).as("unknown kinds last")
                .isGreaterThan(RemovalOrder.stage(ir));
    }

    @Test
    void how_each_product_type_ends() {
        assertThat(PurchaseEnd.of("AzureReservedInstance")).isEqualTo(PurchaseEnd.CANCEL_ORDER);
        assertThat(PurchaseEnd.of("PerpetualSoftware")).isEqualTo(PurchaseEnd.CANCEL_ORDER);
        assertThat(PurchaseEnd.of("SoftwareSubscription")).isEqualTo(PurchaseEnd.CANCEL_ORDER);
        assertThat(PurchaseEnd.of("OnlineServices")).isEqualTo(PurchaseEnd.SUSPEND_SUBSCRIPTION);
        assertThat(PurchaseEnd.of(null)).isEqualTo(PurchaseEnd.UNKNOWN);
        assertThat(PurchaseEnd.suspendable("SoftwareSubscription")).isTrue();
        assertThat(PurchaseEnd.suspendable("OnlineServices")).isTrue();
        assertThat(PurchaseEnd.suspendable("AzureReservedInstance")).isFalse();
        assertThat(PurchaseEnd.suspendable("PerpetualSoftware")).isFalse();
    }

    private static LedgerEntry entry(String kind, String id, String customerId, String orderId, String at) {
        return new LedgerEntry(LedgerEntry.CREATED, kind, id, customerId, orderId, null, null, null, PROVIDER, IP, "psax", at);
    }
}
