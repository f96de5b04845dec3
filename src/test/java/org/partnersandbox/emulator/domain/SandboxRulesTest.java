package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link SandboxRules}, one by one, from the domain facts they take, without HTTP. */
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
    void the_app_only_refusal_names_the_operation() {
        assertThatThrownBy(() -> RULES.requireAppUser(AppUserOperation.DELETE_INDIRECT_RESELLER, true))
                .hasMessageContaining("delete indirect reseller");
    }

    @Test
    void a_customer_domain_already_taken_is_refused_with_409_1003() {
        // the registry knows whether another customer claimed the domain, whatever its case (CustomerRegistryTest)
        refused(() -> RULES.requireFreeCustomerDomain("contoso.onmicrosoft.com", true), 409, 1003);
        assertThatCode(() -> RULES.requireFreeCustomerDomain("fabrikam.onmicrosoft.com", false))
                .doesNotThrowAnyException();
    }

    @Test
    void a_domain_prefix_already_taken_is_refused_with_409_1003() {
        refused(() -> RULES.requireFreeDomainPrefix("ContosoIR", List.of(reseller("r1", "contosoir"))), 409, 1003);
        assertThatCode(() -> RULES.requireFreeDomainPrefix("other", List.of(reseller("r1", "contosoir")))).doesNotThrowAnyException();
    }

    @Test
    void the_76th_customer_of_a_sandbox_partner_is_refused_a_production_account_has_no_limit() {
        assertThatCode(() -> RULES.requireCustomerSlot(PROVIDER, 74)).doesNotThrowAnyException();
        refused(() -> RULES.requireCustomerSlot(PROVIDER, 75), 400, 800018);
        assertThatCode(() -> RULES.requireCustomerSlot(PRODUCTION, 75)).doesNotThrowAnyException();
    }

    @Test
    void the_sixth_reseller_is_refused_and_a_deleted_one_gives_its_place_back() {
        List<IndirectReseller> five = List.of(reseller("r1", "a"), reseller("r2", "b"), reseller("r3", "c"),
                reseller("r4", "d"), reseller("r5", "e"));
        refused(() -> RULES.requireResellerSlot(five, 0), 403, 6004);
        assertThatCode(() -> RULES.requireResellerSlot(five.subList(0, 4), 1)).doesNotThrowAnyException();
    }

    @Test
    void an_associated_partner_that_is_not_the_callers_reseller_is_refused() {
        IndirectReseller ofProvider = reseller("r1", "contosoir");
        IndirectReseller ofAnother = new IndirectReseller("r2", "another-provider", "6363276", ofProvider.profile(),
                null, null, null, null, null, Instant.EPOCH);
        refused(() -> RULES.requireResellerOfCaller(PROVIDER, "x", Optional.empty()), 400, 800016);
        refused(() -> RULES.requireResellerOfCaller(PROVIDER, "r2", Optional.of(ofAnother)), 400, 800016);
        assertThatCode(() -> RULES.requireResellerOfCaller(PROVIDER, "r1", Optional.of(ofProvider))).doesNotThrowAnyException();
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
        Customer customer = customer("c", null, "c.onmicrosoft.com");
        refused(() -> RULES.requireNoOpenPurchaseOrders(customer, List.of(order(RI, OrderStatus.COMPLETED))), 409, 800002);
        assertThatCode(() -> RULES.requireNoOpenPurchaseOrders(customer, List.of(order(RI, OrderStatus.CANCELLED),
                order(SEATS, OrderStatus.COMPLETED)))).doesNotThrowAnyException();
    }

    @Test
    void a_resellers_customer_with_an_active_subscription_is_not_deleted_until_it_is_suspended() {
        Customer ofReseller = customer("c1", "r", "c1.onmicrosoft.com");
        refused(() -> RULES.requireSubscriptionsSuspended(ofReseller, List.of(subscription(SEATS, SubscriptionStatus.ACTIVE))),
                409, 800002);
        assertThatCode(() -> RULES.requireSubscriptionsSuspended(ofReseller,
                List.of(subscription(SEATS, SubscriptionStatus.SUSPENDED)))).doesNotThrowAnyException();
        // RR-14 names only orders: a partner's own customer goes with its seat subscription
        assertThatCode(() -> RULES.requireSubscriptionsSuspended(customer("c2", null, "c2.onmicrosoft.com"),
                List.of(subscription(SEATS, SubscriptionStatus.ACTIVE)))).doesNotThrowAnyException();
    }

    @Test
    void a_reseller_is_not_deleted_while_a_subscription_is_active_even_with_no_customer_left() {
        IndirectReseller reseller = reseller("r", "contosoir");
        refused(() -> RULES.requireResellerDeletable(reseller, List.of(), List.of(subscription(SEATS, SubscriptionStatus.ACTIVE))),
                403, 6003);
        assertThatCode(() -> RULES.requireResellerDeletable(reseller, List.of(),
                List.of(subscription(SEATS, SubscriptionStatus.SUSPENDED)))).doesNotThrowAnyException();
    }

    @Test
    void a_reseller_with_customers_is_not_deleted() {
        IndirectReseller reseller = reseller("r", "contosoir");
        refused(() -> RULES.requireResellerDeletable(reseller, List.of(customer("c1", "r", "c1.onmicrosoft.com")), List.of()),
                403, 6003);
        assertThatCode(() -> RULES.requireResellerDeletable(reseller, List.of(), List.of())).doesNotThrowAnyException();
    }

    @Test
    void a_mutant_breaks_its_rule_only_while_it_is_on() {
        Mutants mutants = new Mutants();
        SandboxRules rules = new SandboxRules(() -> new PartnerIdRegistry(Map.of(), Map.of()), mutants);
        Customer ofReseller = customer("c1", "r", "c1.onmicrosoft.com");
        List<Subscription> active = List.of(subscription(SEATS, SubscriptionStatus.ACTIVE));

        mutants.switchOn(Mutant.CUSTOMER_DELETE_IGNORES_SUBSCRIPTIONS);
        assertThatCode(() -> rules.requireSubscriptionsSuspended(ofReseller, active)).doesNotThrowAnyException();
        mutants.switchOff();
        refused(() -> rules.requireSubscriptionsSuspended(ofReseller, active), 409, 800002);
    }

    @Test
    void the_partner_of_record_is_one_of_the_providers_resellers_never_the_provider() {
        List<IndirectReseller> resellers = List.of(reseller("r", "contosoir"));
        refused(() -> RULES.requirePartnerOfRecord(PROVIDER, "7100001", resellers), 404, 2072);
        refused(() -> RULES.requirePartnerOfRecord(PROVIDER, "9999999", resellers), 404, 800015);
        assertThatCode(() -> RULES.requirePartnerOfRecord(PROVIDER, "6363276", resellers)).doesNotThrowAnyException();
    }

    @Test
    void licences_and_subscriptions_are_capped() {
        refused(() -> RULES.requireLicenceCount(26), 403, 800067);
        assertThatCode(() -> RULES.requireLicenceCount(25)).doesNotThrowAnyException();
        Customer customer = customer("c", null, "c.onmicrosoft.com");
        List<Subscription> fourLiveOneEnded = List.of(subscription(SEATS, SubscriptionStatus.ACTIVE),
                subscription(SEATS, SubscriptionStatus.ACTIVE), subscription(SEATS, SubscriptionStatus.SUSPENDED),
                subscription(SEATS, SubscriptionStatus.ACTIVE), subscription(SEATS, SubscriptionStatus.DELETED));
        refused(() -> RULES.requireSubscriptionSlots(customer, fourLiveOneEnded, 2), 403, 800066);
        assertThatCode(() -> RULES.requireSubscriptionSlots(customer, fourLiveOneEnded.subList(0, 4), 1)).doesNotThrowAnyException();
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

    private static Customer customer(String id, String resellerId, String domain) {
        return new Customer(id, id, "tenant-7100001", resellerId, new CustomerProfile(domain, "Contoso", "a@b.c", "en-US",
                "en", null, null, null, null), "b", "e", "pw", 1, Instant.EPOCH, "reseller", true);
    }

    private static IndirectReseller reseller(String accountId, String domainPrefix) {
        SandboxResellerProfile profile = new SandboxResellerProfile(domainPrefix, "n", "d", "admin", "A", "B", "a@b.c",
                "US", "en-US", "Contoso", "en");
        return new IndirectReseller(accountId, "tenant-7100001", "6363276", profile, null, null, null, null, null, Instant.EPOCH);
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
