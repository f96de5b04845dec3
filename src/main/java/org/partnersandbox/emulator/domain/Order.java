package org.partnersandbox.emulator.domain;

import java.time.Instant;
import java.util.List;

/** A customer's order: its lines, each of which created a subscription. */
public record Order(String id, String customerId, String billingCycle, String currencyCode, List<OrderLine> lines,
                    OrderStatus status, Instant created, String etag) {

    public Order {
        lines = List.copyOf(lines);
    }

    public boolean open() {
        return status != OrderStatus.CANCELLED;
    }

    public Order withStatus(OrderStatus newStatus, String newEtag) {
        return new Order(id, customerId, billingCycle, currencyCode, lines, newStatus, created, newEtag);
    }

    /** RR-14: an open order of an Azure RI or of software keeps the customer from being deleted. */
    public boolean blocksCustomerDelete() {
        return open() && lines.stream().anyMatch(l -> l.offer().productType().blocksCustomerDelete());
    }
}
