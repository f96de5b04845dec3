package org.partnersandbox.emulator.domain;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Partner Center operations on a customer's orders (E13, E14, E18, IP-01, IP-02, IP-07, RR-14), each
 * one method: its rules in the documented order, under the owner's lock ({@link Sandbox#atomicallyFor}):
 * an order touches only the caller's customer and its subscriptions.
 */
public final class OrderService {

    /** An order with the customer it was placed for, whose country its catalogue links name. */
    public record CustomerOrder(Customer customer, Order order) {
    }

    /** A customer's orders, oldest first. */
    public record CustomerOrders(Customer customer, List<Order> orders) {
    }

    /** The order's billing cycle and currency (each null: the offer's, USD). */
    public record Terms(String billingCycle, String currencyCode) {
    }

    private final Sandbox sandbox;
    private final CustomerRegistry customers;
    private final OrderRegistry orders;

    public OrderService(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.customers = sandbox.customers();
        this.orders = sandbox.orders();
    }

    /**
     * E18, IP-01, IP-07: a line with a partner of record needs a signed-in user (403 900329), checked
     * before the order's {@code terms} are read; then, under the owner's lock and at most {@code once}
     * per request, the customer must be the caller's (IP-02) and the registry checks every line before
     * anything is made.
     */
    public <A> A place(Caller caller, String customerId, List<OrderLineRequest> lines, Supplier<Terms> terms,
                       AtMostOnce<CustomerOrder, A> once) {
        if (lines.stream().anyMatch(l -> l.partnerIdOnRecord() != null)) {
            sandbox.rules().requireAppUser(AppUserOperation.ORDER_WITH_PARTNER_OF_RECORD, caller.appOnly());
        }
        Terms wanted = terms.get();
        return sandbox.atomicallyFor(caller.tenantId(), () -> once.create(() -> {
            Customer customer = customers.managedBy(caller.account(), customerId, "place orders");
            return new CustomerOrder(customer,
                    orders.place(caller.account(), customer, wanted.billingCycle(), wanted.currencyCode(), lines));
        }));
    }

    /** E14: the orders of a customer the caller may read (IR-06), as far as lists show them yet. */
    public CustomerOrders list(Caller caller, String customerId) {
        Customer customer = customers.readableBy(caller.account(), customerId);
        return new CustomerOrders(customer, sandbox.visibility().listed(orders.ofCustomer(customer.id()), Order::created));
    }

    /**
     * E14: one order of a customer the caller may read (IR-06), whose {@code orderId} is read after that;
     * 404 20000 when the customer has no such order.
     */
    public CustomerOrder get(Caller caller, String customerId, Supplier<String> orderId) {
        Customer customer = customers.readableBy(caller.account(), customerId);
        return new CustomerOrder(customer, orders.of(customer, orderId.get()));
    }

    /** E13, RR-14: the owner cancels an Azure RI or software order; under the owner's lock. */
    public CustomerOrder cancel(Caller caller, String customerId, String orderId) {
        return sandbox.atomicallyFor(caller.tenantId(), () -> {
            Customer customer = customers.managedBy(caller.account(), customerId, "cancel orders");
            return new CustomerOrder(customer, orders.cancel(caller.account(), customer, orderId));
        });
    }

    /** An order is removed only with its customer. */
    public boolean exists(CustomerOrder placed) {
        return customers.find(placed.customer().id()).isPresent();
    }
}
