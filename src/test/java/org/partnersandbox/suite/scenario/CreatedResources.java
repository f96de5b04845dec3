package org.partnersandbox.suite.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.Order;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.Subscription;
import org.partnersandbox.suite.janitor.ResourceKind;

/**
 * What the scenario has created, for later steps ("that customer", "that order") and for cleanup:
 * each resource is registered with the scenario's {@link ScenarioCleanup} in the phase the API
 * requires, with a removal through the client of the account that created it. Picocontainer gives
 * each scenario its own.
 */
public final class CreatedResources {

    /** Partner Center's code for "this order is ended through its subscription, not cancelled". */
    private static final int SUSPEND_INSTEAD_OF_CANCEL = 800063;

    private final ScenarioContext context;
    private final List<Customer> customers = Collections.synchronizedList(new ArrayList<>());
    private final List<Order> orders = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, PartnerCenterApi> customerOwners = new ConcurrentHashMap<>();

    public CreatedResources(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Whether {@code response} created the resource whose id it returned: a 2xx that names one. The one
     * rule for what a create registers for cleanup; a refusal, or an answer without an id, registers nothing.
     */
    public static boolean madeOne(ApiResponse response, String id) {
        return response.status() >= 200 && response.status() < 300 && !id.isBlank();
    }

    /** A sandbox indirect reseller created by {@code by}; it becomes "that indirect reseller". */
    public void reseller(PartnerCenterApi by, IndirectReseller reseller) {
        if (context.resellers().stream().anyMatch(r -> r.accountId().equals(reseller.accountId()))) {
            return; // a replayed create (IR-11) names a reseller already registered
        }
        context.created(reseller);
        RunCreations.created(reseller.accountId());
        context.cleanup().register(ResourceKind.INDIRECT_RESELLER, reseller.describe(),
                () -> expectGone(by.indirectResellers().delete(reseller.accountId())));
    }

    /** A customer created by {@code by}; it becomes "that customer". */
    public void customer(PartnerCenterApi by, Customer customer) {
        if (customers.stream().anyMatch(c -> c.id().equals(customer.id()))) {
            return;
        }
        customers.add(customer);
        RunCreations.created(customer.id());
        customerOwners.put(customer.id(), by);
        context.cleanup().register(ResourceKind.CUSTOMER, customer.describe(),
                () -> expectGone(by.customers().delete(customer.id())));
    }

    /** An order placed by {@code by}: cancelled if it is ended that way, and its subscriptions suspended. */
    public void order(PartnerCenterApi by, Order order) {
        orders.add(order);
        context.cleanup().register(ResourceKind.ORDER, order.describe(), () -> cancel(by, order));
        for (String subscriptionId : order.subscriptionIds()) {
            context.cleanup().register(ResourceKind.SUBSCRIPTION, "subscription " + subscriptionId + " of " + order.describe(),
                    () -> suspend(by, order.customerId(), subscriptionId));
        }
    }

    public List<Customer> customers() {
        synchronized (customers) {
            return List.copyOf(customers);
        }
    }

    /** Partner Center as the partner that created {@code customer} sees it. */
    public PartnerCenterApi ownerOf(Customer customer) {
        PartnerCenterApi owner = customerOwners.get(customer.id());
        if (owner == null) {
            throw new IllegalStateException(customer.describe() + " was not created in this scenario");
        }
        return owner;
    }

    /** The customers created for the indirect reseller with tenant id {@code resellerId}. */
    public List<Customer> customersOf(String resellerId) {
        return customers().stream().filter(c -> c.isAssociatedWith(resellerId)).toList();
    }

    /** The customers created without an indirect reseller: the provider's own. */
    public List<Customer> directCustomers() {
        return customers().stream().filter(c -> c.associatedPartnerId().isEmpty()).toList();
    }

    /** "that customer": the one created last. */
    public Customer customer() {
        List<Customer> all = customers();
        if (all.isEmpty()) {
            throw new IllegalStateException("no customer has been created in this scenario");
        }
        return all.get(all.size() - 1);
    }

    /** "that order": the one placed last. */
    public Order order() {
        return lastOrder().orElseThrow(() -> new IllegalStateException("no order has been placed in this scenario"));
    }

    public Optional<Order> lastOrder() {
        synchronized (orders) {
            return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(orders.size() - 1));
        }
    }

    private static void cancel(PartnerCenterApi by, Order order) {
        ApiResponse current = by.orders().get(order.customerId(), order.id());
        if (current.status() == 404 || (current.status() == 200 && Order.fromJson(current.json()).isCancelled())) {
            return;
        }
        ApiResponse cancelled = by.orders().cancel(order.customerId(), order.id());
        boolean endedThroughSubscription = cancelled.json().path("code").asInt() == SUSPEND_INSTEAD_OF_CANCEL;
        if (cancelled.status() != 200 && cancelled.status() != 404 && !endedThroughSubscription) {
            throw new IllegalStateException(cancelled.toString());
        }
    }

    private static void suspend(PartnerCenterApi by, String customerId, String subscriptionId) {
        ApiResponse current = by.subscriptions().get(customerId, subscriptionId);
        if (current.status() == 404 || (current.status() == 200 && !Subscription.fromJson(current.json()).isActive())) {
            return;
        }
        ApiResponse suspended = by.subscriptions().suspend(customerId, subscriptionId);
        if (suspended.status() != 200) {
            throw new IllegalStateException(suspended.toString());
        }
    }

    /** A removal succeeded, or the resource was already gone (the scenario removed it itself). */
    private static void expectGone(ApiResponse response) {
        if ((response.status() < 200 || response.status() >= 300) && response.status() != 404) {
            throw new IllegalStateException(response.toString());
        }
    }
}
