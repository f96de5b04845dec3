package org.partnersandbox.emulator.domain;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Partner Center operations on a customer's subscriptions (E15, E16, IP-02), each one method: its
 * rules in the documented order; a change under the owner's lock ({@link Sandbox#atomicallyFor}).
 */
public final class SubscriptionService {

    /** A customer's subscriptions, oldest first. */
    public record CustomerSubscriptions(Customer customer, List<Subscription> subscriptions) {
    }

    private final Sandbox sandbox;
    private final CustomerRegistry customers;
    private final SubscriptionRegistry subscriptions;

    public SubscriptionService(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.customers = sandbox.customers();
        this.subscriptions = sandbox.subscriptions();
    }

    /** The subscriptions of a customer the caller may read (IR-06), as far as lists show them yet. */
    public CustomerSubscriptions list(Caller caller, String customerId) {
        Customer customer = customers.readableBy(caller.account(), customerId);
        return new CustomerSubscriptions(customer,
                sandbox.visibility().listed(subscriptions.ofCustomer(customer.id()), Subscription::created));
    }

    /**
     * One subscription of a customer the caller may read (IR-06), whose {@code subscriptionId} is read after
     * that; 404 20003 when the customer has no such subscription.
     */
    public Subscription get(Caller caller, String customerId, Supplier<String> subscriptionId) {
        Customer customer = customers.readableBy(caller.account(), customerId);
        return subscriptions.of(customer, subscriptionId.get());
    }

    /**
     * E15: the owner (IP-02) suspends or reactivates; {@code ifMatch} (null or {@code *}: any) must name the
     * current etag; the registry's rules follow. Under the owner's lock.
     */
    public Subscription changeStatus(Caller caller, String customerId, String subscriptionId, SubscriptionStatus target,
                                     String ifMatch) {
        return sandbox.atomicallyFor(caller.tenantId(), () -> subscriptions.changeStatus(caller.account(),
                customers.managedBy(caller.account(), customerId, "suspend or reactivate subscriptions"),
                subscriptionId, target, ifMatch));
    }
}
