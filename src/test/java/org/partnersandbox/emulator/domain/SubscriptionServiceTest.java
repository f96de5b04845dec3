package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.partnersandbox.emulator.domain.DomainAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The order of {@link SubscriptionService}'s checks: the customer before anything about the subscription. */
class SubscriptionServiceTest {

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());
    private final SubscriptionService subscriptions = new SubscriptionService(sandbox);
    private final CustomerService customers = new CustomerService(sandbox);
    private final PartnerAccount provider = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);
    private final PartnerAccount stranger = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);

    @Test
    void reading_one_subscription_checks_the_customer_before_the_subscription_id_is_read() {
        Customer customer = customers.seed(provider, 1).get(0);
        AtomicInteger read = new AtomicInteger();

        refused(() -> subscriptions.get(new Caller(stranger, false, null), customer.id(), () -> {
            read.incrementAndGet();
            throw Refusal.badInput("unreadable");
        }), 403, 20002);
        assertThat(read).hasValue(0);
        refused(() -> subscriptions.get(new Caller(provider, false, null), customer.id(),
                () -> "00000000-0000-0000-0000-000000000001"), 404, 20003);
    }

    @Test
    void a_status_change_of_a_customer_not_the_callers_is_refused_before_the_subscription_is_looked_up() {
        Customer customer = customers.seed(provider, 1).get(0);

        refused(() -> subscriptions.changeStatus(new Caller(stranger, false, null), customer.id(),
                "00000000-0000-0000-0000-000000000001", SubscriptionStatus.SUSPENDED, "stale"), 403, 20002);
        refused(() -> subscriptions.changeStatus(new Caller(provider, false, null), customer.id(),
                "00000000-0000-0000-0000-000000000001", SubscriptionStatus.SUSPENDED, "stale"), 404, 20003);
    }
}
