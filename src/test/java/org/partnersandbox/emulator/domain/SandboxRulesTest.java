package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer, order and subscription rules of {@link SandboxRules}, one by one, without HTTP. */
class SandboxRulesTest {

    private static final SandboxRules RULES = new SandboxRules(new PartnerIdRegistry(Map.of("6363276", "US"), Map.of()));
    private static final PartnerAccount PROVIDER = account(PartnerRole.INDIRECT_PROVIDER, "7100001");
    private static final PartnerAccount RESELLER = account(PartnerRole.INDIRECT_RESELLER, "6363276");
    private static final PartnerAccount PRODUCTION = account(PartnerRole.PRODUCTION_ACCOUNT, "4847383");
    private static final Offer RI = offer(ProductType.AZURE_RESERVED_INSTANCE);
    private static final Offer PERPETUAL = offer(ProductType.PERPETUAL_SOFTWARE);
    private static final Offer SEATS = offer(ProductType.ONLINE_SERVICES);

    @Test
    void resellers_cannot_create_customers_providers_can() {
        refused(() -> RULES.requireCustomerCreator(RESELLER), 403, 900150);
        assertThatCode(() -> RULES.requireCustomerCreator(PROVIDER)).doesNotThrowAnyException();
    }

    @Test
    void every_app_user_only_operation_refuses_an_app_only_token_with_900329() {
        for (AppUserOperation operation : AppUserOperation.values()) {
            refused(() -> RULES.requireAppUser(operation, true), 403, 900329);
            assertThatCode(() -> RULES.requireAppUser(operation, false)).as(operation.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void a_customer_domain_already_taken_is_refused_with_409_1003() {
        refused(() -> RULES.requireFreeCustomerDomain(true, "contoso.onmicrosoft.com"), 409, 1003);
        assertThatCode(() -> RULES.requireFreeCustomerDomain(false, "contoso.onmicrosoft.com")).doesNotThrowAnyException();
    }

    @Test
    void the_76th_customer_is_refused() {
        assertThatCode(() -> RULES.requireCustomerSlot(74)).doesNotThrowAnyException();
        refused(() -> RULES.requireCustomerSlot(75), 400, 800018);
    }

    @Test
    void an_associated_partner_that_is_not_the_callers_reseller_is_refused() {
        refused(() -> RULES.requireResellerOfCaller(PROVIDER, "x", false), 400, 800016);
        assertThatCode(() -> RULES.requireResellerOfCaller(PROVIDER, "x", true)).doesNotThrowAnyException();
    }

    @Test
    void relationship_requests_and_customer_deletes_depend_on_the_environment() {
        refused(() -> RULES.requireRelationshipRequestsSupported(PROVIDER), 400, 900127);
        refused(() -> RULES.requireRelationshipRequestsSupported(RESELLER), 400, 900127);
        assertThatCode(() -> RULES.requireRelationshipRequestsSupported(PRODUCTION)).doesNotThrowAnyException();
        refused(() -> RULES.requireSandboxForCustomerDelete(PRODUCTION), 400, 900127);
        assertThatCode(() -> RULES.requireSandboxForCustomerDelete(PROVIDER)).doesNotThrowAnyException();
    }

    @Test
    void open_ri_and_software_orders_block_a_customer_delete_cancelled_and_seat_orders_do_not() {
        Order ri = order(RI, OrderStatus.COMPLETED);
        refused(() -> RULES.requireNoOpenPurchaseOrders("c", List.of(ri).stream().filter(Order::blocksCustomerDelete).toList()), 409, 800002);
        assertThatCode(() -> RULES.requireNoOpenPurchaseOrders("c", List.of(order(RI, OrderStatus.CANCELLED), order(SEATS, OrderStatus.COMPLETED))
                .stream().filter(Order::blocksCustomerDelete).toList())).doesNotThrowAnyException();
    }

    @Test
    void a_reseller_with_active_subscriptions_or_customers_is_not_deleted() {
        Customer customer = new Customer("c1", "c1", "p", "r", null, "b", "e", "pw", 1, Instant.EPOCH);
        Subscription active = new Subscription("s1", "c1", "o1", SEATS, "n", 1, null, SubscriptionStatus.ACTIVE, Instant.EPOCH, "e");
        refused(() -> RULES.requireResellerDeletable("r", List.of(customer), List.of(active)), 403, 6003);
        refused(() -> RULES.requireResellerDeletable("r", List.of(customer), List.of()), 403, 6003);
        assertThatCode(() -> RULES.requireResellerDeletable("r", List.of(), List.of())).doesNotThrowAnyException();
    }

    @Test
    void the_partner_of_record_is_one_of_the_providers_resellers_never_the_provider() {
        refused(() -> RULES.requirePartnerOfRecord(PROVIDER, "7100001", Set.of("6363276")), 404, 2072);
        refused(() -> RULES.requirePartnerOfRecord(PROVIDER, "9999999", Set.of("6363276")), 404, 800015);
        assertThatCode(() -> RULES.requirePartnerOfRecord(PROVIDER, "6363276", Set.of("6363276"))).doesNotThrowAnyException();
    }

    @Test
    void licences_and_subscriptions_are_capped() {
        refused(() -> RULES.requireLicenceCount(26), 403, 800067);
        assertThatCode(() -> RULES.requireLicenceCount(25)).doesNotThrowAnyException();
        refused(() -> RULES.requireSubscriptionSlots("c", 4, 2), 403, 800066);
        assertThatCode(() -> RULES.requireSubscriptionSlots("c", 4, 1)).doesNotThrowAnyException();
    }

    @Test
    void only_ri_and_software_orders_are_cancelled_and_production_cannot_cancel_an_ri() {
        refused(() -> RULES.requireCancellableByOrder(order(SEATS, OrderStatus.COMPLETED), PROVIDER), 400, 800063);
        refused(() -> RULES.requireCancellableByOrder(order(RI, OrderStatus.COMPLETED), PRODUCTION), 403, 800019);
        assertThatCode(() -> RULES.requireCancellableByOrder(order(RI, OrderStatus.COMPLETED), PROVIDER)).doesNotThrowAnyException();
        assertThatCode(() -> RULES.requireCancellableByOrder(order(PERPETUAL, OrderStatus.COMPLETED), PRODUCTION)).doesNotThrowAnyException();
    }

    @Test
    void ri_perpetual_and_deleted_subscriptions_keep_their_status() {
        refused(() -> RULES.requireStatusChangeable(subscription(RI, SubscriptionStatus.ACTIVE)), 400, 800096);
        refused(() -> RULES.requireStatusChangeable(subscription(PERPETUAL, SubscriptionStatus.ACTIVE)), 400, 800096);
        refused(() -> RULES.requireStatusChangeable(subscription(SEATS, SubscriptionStatus.DELETED)), 400, 2011);
        assertThatCode(() -> RULES.requireStatusChangeable(subscription(SEATS, SubscriptionStatus.SUSPENDED))).doesNotThrowAnyException();
    }

    private static void refused(Runnable rule, int status, int code) {
        assertThatThrownBy(rule::run).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).status(), e -> ((Refusal) e).code())
                .containsExactly(status, code);
    }

    private static PartnerAccount account(PartnerRole role, String partnerId) {
        return new PartnerAccount(role, "tenant-" + partnerId, role.wireName(), partnerId, "US", null, null, null);
    }

    private static Offer offer(ProductType type) {
        return new Offer(type.wireName(), type.wireName(), type, "license", "monthly", "Licenses", "P1Y");
    }

    private static Order order(Offer offer, OrderStatus status) {
        return new Order("o1", "c", "monthly", "USD", List.of(new OrderLine(0, offer, 1, "n", null, "s1")), status, Instant.EPOCH, "e");
    }

    private static Subscription subscription(Offer offer, SubscriptionStatus status) {
        return new Subscription("s1", "c", "o1", offer, "n", 1, null, status, Instant.EPOCH, "e");
    }
}
