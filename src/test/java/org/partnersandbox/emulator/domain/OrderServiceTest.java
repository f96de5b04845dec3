package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.partnersandbox.emulator.domain.DomainAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The order of {@link OrderService}'s checks, which decides the error of a request that breaks two rules. */
class OrderServiceTest {

    private static final String NO_SUCH_CUSTOMER = "00000000-0000-0000-0000-000000000001";

    private final Sandbox sandbox = new Sandbox(new SeedData(List.of(), new PartnerIdRegistry(Map.of(), Map.of())),
            Clock.systemUTC());
    private final OrderService orders = new OrderService(sandbox);
    private final PartnerAccount provider = sandbox.partners().provision(PartnerRole.INDIRECT_PROVIDER);
    private final AtomicInteger read = new AtomicInteger();

    @Test
    void an_app_only_order_with_a_partner_of_record_hears_900329_before_its_terms_are_read_or_its_customer_is_looked_up() {
        List<OrderLineRequest> lines = List.of(new OrderLineRequest(0, "offer", 1, null, "1234567"));

        refused(() -> orders.place(new Caller(provider, true, null), NO_SUCH_CUSTOMER, lines, unreadable(),
                AtMostOnce.always()), 403, 900329);
        assertThat(read).hasValue(0);

        refused(() -> orders.place(new Caller(provider, false, null), NO_SUCH_CUSTOMER, lines, unreadable(),
                AtMostOnce.always()), 400, 800002);
        refused(() -> orders.place(new Caller(provider, false, null), NO_SUCH_CUSTOMER, lines,
                () -> new OrderService.Terms(null, null), AtMostOnce.always()), 404, 60003);
    }

    @Test
    void an_app_only_order_without_a_partner_of_record_goes_on_to_its_customer() {
        List<OrderLineRequest> lines = List.of(new OrderLineRequest(0, "offer", 1, null, null));

        refused(() -> orders.place(new Caller(provider, true, null), NO_SUCH_CUSTOMER, lines,
                () -> new OrderService.Terms(null, null), AtMostOnce.always()), 404, 60003);
    }

    @Test
    void reading_one_order_checks_the_customer_before_the_order_id_is_read() {
        refused(() -> orders.get(new Caller(provider, true, null), NO_SUCH_CUSTOMER, () -> {
            read.incrementAndGet();
            throw Refusal.badInput("unreadable");
        }), 404, 60003);
        assertThat(read).hasValue(0);
    }

    private Supplier<OrderService.Terms> unreadable() {
        return () -> {
            read.incrementAndGet();
            throw Refusal.badInput("unreadable");
        };
    }
}
