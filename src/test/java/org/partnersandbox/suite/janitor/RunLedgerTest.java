package org.partnersandbox.suite.janitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.live.LiveCallWatch;
import org.partnersandbox.suite.live.LiveSettings;

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
        watch.answered(provider, "DELETE", "/v1/sandboxIndirectReseller/ir-of-an-earlier-run", null, 204, "");
        assertThat(Files.readString(dir.resolve("psarun1.jsonl"))).as("the janitor's removals are not this run's lines")
                .doesNotContain("ir-of-an-earlier-run");

        assertThat(ledger.outstanding()).isEmpty();
        assertThat(ledger.closeIfClean()).isTrue();
        assertThat(dir.resolve("closed").resolve("psarun1.jsonl")).exists();
    }

    @Test
    void customers_orders_and_their_subscriptions_are_recorded_with_what_their_removal_needs() throws Exception {
        RunLedger ledger = RunLedger.open(dir, "psarun3");
        LiveCallWatch watch = new LiveCallWatch(new LiveSettings(Set.of(IP), dir, Optional.empty(), "psa", 5), ledger);
        PartnerAccount provider = account(PartnerRole.INDIRECT_PROVIDER, IP);
        PartnerAccount reseller = account(PartnerRole.INDIRECT_RESELLER, "11111111-0000-4000-8000-000000000000");
        String customer = "c0ffee00-0000-4000-8000-000000000001";

        watch.answered(provider, "POST", "/v1/customers", null, 201, "{\"id\":\"" + customer + "\",\"companyProfile\":{\"tenantId\":\""
                + customer + "\",\"companyName\":\"psarun3cust\",\"domain\":\"psarun3cust.onmicrosoft.com\"},"
                + "\"userCredentials\":{\"userName\":\"admin\",\"password\":\"Pa55!word\"}}");
        watch.answered(provider, "POST", "/v1/customers/" + customer + "/orders", null, 201, "{\"id\":\"ord1\",\"lineItems\":["
                + "{\"offerId\":\"RI:1\",\"subscriptionId\":\"sub1\"},{\"offerId\":\"SEAT:1\",\"subscriptionId\":\"sub2\"}]}");
        watch.answered(provider, "POST", "/v1/customers/" + customer + "/orders", null, 201,
                "{\"id\":\"ord2\",\"status\":\"pending\",\"lineItems\":[{\"offerId\":\"SW:1\"}]}");
        // the pending order's subscription appears later, in a list read by the reseller: still the provider's to remove
        watch.answered(reseller, "GET", "/v1/customers/" + customer + "/subscriptions", null, 200, "{\"items\":["
                + "{\"id\":\"sub1\",\"orderId\":\"ord1\",\"offerId\":\"RI:1\",\"productType\":{\"id\":\"AzureReservedInstance\"}},"
                + "{\"id\":\"sub3\",\"orderId\":\"ord2\",\"offerId\":\"SW:1\",\"productType\":{\"id\":\"SoftwareSubscription\"}},"
                + "{\"id\":\"other\",\"orderId\":\"not-this-runs\",\"productType\":{\"id\":\"OnlineServices\"}}]}");

        assertThat(Files.readString(ledger.file())).doesNotContain("Pa55!word");
        assertThat(ledger.outstanding()).extracting(LedgerEntry::kind, LedgerEntry::id, LedgerEntry::customerId, LedgerEntry::orderId,
                        LedgerEntry::offerId, LedgerEntry::productType, LedgerEntry::ownerRole)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("customer", customer, null, null, null, null, "indirectProvider"),
                        org.assertj.core.groups.Tuple.tuple("order", "ord1", customer, null, "RI:1,SEAT:1", null, "indirectProvider"),
                        org.assertj.core.groups.Tuple.tuple("subscription", "sub1", customer, "ord1", "RI:1", "AzureReservedInstance", "indirectProvider"),
                        org.assertj.core.groups.Tuple.tuple("subscription", "sub2", customer, "ord1", "SEAT:1", null, "indirectProvider"),
                        org.assertj.core.groups.Tuple.tuple("order", "ord2", customer, null, "SW:1", null, "indirectProvider"),
                        org.assertj.core.groups.Tuple.tuple("subscription", "sub3", customer, "ord2", "SW:1", "SoftwareSubscription", "indirectProvider"));
        assertThat(ledger.outstanding()).filteredOn(e -> e.kind().equals("customer")).singleElement()
                .extracting(LedgerEntry::name).isEqualTo("psarun3cust");

        var cancel = json.readTree("{\"id\":\"ord1\",\"status\":\"cancelled\"}");
        watch.answered(provider, "PATCH", "/v1/customers/" + customer + "/orders/ord1", cancel, 200, "{}");
        assertThat(ledger.outstanding()).as("a cancelled order takes its subscriptions").extracting(LedgerEntry::id)
                .containsExactlyInAnyOrder(customer, "ord2", "sub3");
        watch.answered(provider, "GET", "/v1/customers/" + customer + "/subscriptions/sub1", null, 200,
                "{\"id\":\"sub1\",\"orderId\":\"ord1\",\"status\":\"deleted\",\"productType\":{\"id\":\"AzureReservedInstance\"}}");
        assertThat(ledger.outstanding()).as("a removed subscription read again is not created again").hasSize(3);

        watch.answered(provider, "DELETE", "/v1/customers/" + customer, null, 204, "");
        assertThat(ledger.outstanding()).as("a deleted customer takes its orders and subscriptions").isEmpty();
    }

    @Test
    void the_production_account_may_only_send_the_refusal_probe() {
        LiveCallWatch watch = new LiveCallWatch(new LiveSettings(Set.of(IP), dir, Optional.empty(), "psa", 5),
                RunLedger.open(dir, "psarun2"));
        PartnerAccount production = account(PartnerRole.PRODUCTION_ACCOUNT, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

        watch.beforeSend(production, "POST", "/v1/sandboxIndirectReseller");
        watch.beforeSend(production, "GET", "/v1/relationships");
        assertThat(catchThrowable(() -> watch.beforeSend(production, "DELETE", "/v1/sandboxIndirectReseller/x")))
                .as("the scenario is not-run with the guard's reason, never failed").isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("not-run: refused before sending: DELETE /v1/sandboxIndirectReseller/x as productionAccount");
        assertThat(catchThrowable(() -> watch.sending(production, "POST", "/v1/customers", null, "r")))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("does not declare a sandbox");
        assertThat(catchThrowable(() -> watch.beforeSend(account(PartnerRole.INDIRECT_PROVIDER, "11111111-0000-4000-8000-000000000000"),
                "POST", "/v1/sandboxIndirectReseller"))).as("an undeclared tenant writes nothing, whatever its role")
                .hasMessageStartingWith("not-run: refused before sending");
    }

    @Test
    void a_create_is_written_down_before_it_is_sent_and_answered_after() throws Exception {
        RunLedger ledger = RunLedger.open(dir, "psarun4");
        LiveCallWatch watch = new LiveCallWatch(new LiveSettings(Set.of(IP), dir, Optional.empty(), "psa", 5), ledger);
        PartnerAccount provider = account(PartnerRole.INDIRECT_PROVIDER, IP);
        var reseller = json.readTree("{\"tenant\":{\"domainPrefix\":\"psarun4ir\"}}");
        var customer = json.readTree("{\"companyProfile\":{\"domain\":\"psarun4cu.onmicrosoft.com\"},"
                + "\"billingProfile\":{\"companyName\":\"psarun4cu\"}}");

        var resellerCall = watch.sending(provider, "POST", "/v1/sandboxIndirectReseller", reseller, "req-ir");
        var customerCall = watch.sending(provider, "POST", "/v1/customers", customer, "req-cu");
        var orderCall = watch.sending(provider, "POST", "/v1/customers/cu-1/orders", null, "req-or");
        var refusedCall = watch.sending(provider, "POST", "/v1/sandboxIndirectReseller", reseller, "req-dup");
        watch.sending(provider, "GET", "/v1/customers", null, "req-get").answered(200, "{\"items\":[]}");

        assertThat(ledger.unconfirmed()).as("on disk before any answer").extracting(LedgerEntry::kind, LedgerEntry::name,
                        LedgerEntry::domain, LedgerEntry::customerId, LedgerEntry::requestId, LedgerEntry::ownerRole, LedgerEntry::ownerTenant)
                .containsExactly(tuple("sandboxIndirectReseller", "psarun4ir", null, null, "req-ir", "indirectProvider", IP),
                        tuple("customer", "psarun4cu", "psarun4cu.onmicrosoft.com", null, "req-cu", "indirectProvider", IP),
                        tuple("order", null, null, "cu-1", "req-or", "indirectProvider", IP),
                        tuple("sandboxIndirectReseller", "psarun4ir", null, null, "req-dup", "indirectProvider", IP));
        assertThat(ledger.outstanding()).isEmpty();

        resellerCall.answered(201, "{\"accountId\":\"ir-1\"}");
        customerCall.answered(201, "{\"id\":\"cu-1\",\"companyProfile\":{\"companyName\":\"psarun4cu\"}}");
        refusedCall.answered(409, "{\"code\":6005}");

        assertThat(ledger.unconfirmed()).as("the order's answer never came").extracting(LedgerEntry::requestId).containsExactly("req-or");
        assertThat(ledger.outstanding()).extracting(LedgerEntry::id).containsExactly("cu-1", "ir-1");
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("psarun4.jsonl"))) {
            events.add(json.readTree(line).path("event").asText());
        }
        assertThat(events).containsExactly("intent", "intent", "intent", "intent", "created", "created", "resolved");
        assertThat(ledger.closeIfClean()).isFalse();

        orderCall.answered(201, "{\"id\":\"o-1\",\"lineItems\":[{\"offerId\":\"x\",\"subscriptionId\":\"s-1\"}]}");
        assertThat(ledger.unconfirmed()).isEmpty();
        assertThat(ledger.outstanding()).extracting(LedgerEntry::id).containsExactly("s-1", "o-1", "cu-1", "ir-1");
    }

    @Test
    void kill_points_are_read_from_their_property() {
        LedgerEntry intent = new LedgerEntry(LedgerEntry.INTENT, "customer", null, null, null, null, null, "n", null, null, "r", "t");
        assertThat(KillPoint.parse("before:intent:customer").matchesLine("before", intent)).isTrue();
        assertThat(KillPoint.parse("after:intent:customer").matchesLine("before", intent)).isFalse();
        assertThat(KillPoint.parse("before:created:customer").matchesLine("before", intent)).isFalse();
        assertThat(KillPoint.parse(null).matchesLine("before", intent)).isFalse();
        assertThat(catchThrowable(() -> KillPoint.parse("soon"))).hasMessageContaining(KillPoint.PROPERTY);
    }
}
