package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Sandbox customers (seed 000, seed 003): created by a sandbox partner, possibly for one of its
 * indirect resellers, seen by that reseller, and deleted (the sandbox's way of removing the
 * reseller relationship) together with everything bought for them.
 */
public final class CustomerRegistry implements Resettable {

    private final ResourceStore<Customer> customers = new ResourceStore<>();
    /** How many customers each partner owns (IR-04), so that a create counts nothing. */
    private final Map<String, AtomicInteger> owned = new ConcurrentHashMap<>();
    /** Domain (lower case) → the customer that has it: one domain, one customer, across all partners (409 1003). */
    private final Map<String, String> domains = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SandboxRules rules;
    private final IndirectResellerRegistry resellers;
    private final OrderRegistry orders;
    private final SubscriptionRegistry subscriptions;
    private final Clock clock;

    public CustomerRegistry(SandboxRules rules, IndirectResellerRegistry resellers, OrderRegistry orders,
                            SubscriptionRegistry subscriptions, Clock clock) {
        this.rules = rules;
        this.resellers = resellers;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /**
     * RR-02, RR-04, RR-06, IP-05: creates a customer owned by {@code caller}. Refuses indirect resellers
     * (RR-11), an {@code associatedPartnerId} that is not one of the caller's sandbox resellers, a
     * sandbox partner's 76th customer (IR-04) and a domain another customer has (409 1003). Call under
     * the caller's lock ({@link Sandbox#atomicallyFor}): the slot count is the caller's, and the
     * domain is claimed atomically across partners. Nothing here grows with the number of customers.
     */
    public Customer create(PartnerAccount caller, CustomerProfile profile, String associatedPartnerId) {
        rules.requireCustomerCreator(caller);
        if (associatedPartnerId != null) {
            rules.requireResellerOfCaller(caller, associatedPartnerId, resellers.find(associatedPartnerId));
        }
        AtomicInteger count = owned.computeIfAbsent(key(caller.tenantId()), k -> new AtomicInteger());
        rules.requireCustomerSlot(caller, count.get());
        String id = Guids.fresh();
        Customer customer = new Customer(id, Guids.fresh(), caller.tenantId(), associatedPartnerId, profile,
                Guids.fresh(), Etags.fresh(), PartnerDirectory.secret(), sequence.incrementAndGet(), clock.instant(),
                rules.broken(Mutant.CUSTOMER_WITHOUT_RESELLER_RELATIONSHIP) ? "none" : "reseller",
                !rules.broken(Mutant.CUSTOMER_WITHOUT_DELEGATED_ACCESS));
        // the claim decides, not the store: a customer whose create claimed the domain a moment ago may not be
        // stored yet; made before the claim, so that nothing can fail between the claim and the store
        rules.requireFreeCustomerDomain(profile.domain(), domains.putIfAbsent(key(profile.domain()), id) != null);
        customers.put(id, customer);
        count.incrementAndGet();
        return customer;
    }

    /**
     * The customers {@code caller} sees, oldest first: its own, or for an indirect reseller (IR-05)
     * those its provider created for it.
     */
    public List<Customer> visibleTo(PartnerAccount caller, Predicate<Customer> filter) {
        Predicate<Customer> visible = caller.is(PartnerRole.INDIRECT_RESELLER)
                ? c -> c.associatedWith(caller.tenantId())
                : c -> c.ownedBy(caller.tenantId());
        return customers.where(visible.and(filter)).stream().sorted(Comparator.comparingLong(Customer::sequence)).toList();
    }

    /** IR-06: the owner, or the indirect reseller it was created for (delegated admin), may read it. */
    public Customer readableBy(PartnerAccount caller, String customerId) {
        Customer customer = existing(customerId);
        if (customer.ownedBy(caller.tenantId()) || customer.associatedWith(caller.tenantId())) {
            return customer;
        }
        throw noRelationship(caller, customerId);
    }

    /** Orders, subscriptions and deletes are the owner's (IP-02); the customer's reseller gets 403 900150. */
    public Customer managedBy(PartnerAccount caller, String customerId, String what) {
        Customer customer = readableBy(caller, customerId);
        if (!customer.ownedBy(caller.tenantId())) {
            rules.requireNotReseller(caller, what);
            throw noRelationship(caller, customerId);
        }
        return customer;
    }

    /**
     * RR-12, RR-13, RR-14, IR-23: deletes the customer with its orders and subscriptions, which ends the
     * reseller relationship and frees a customer slot. Refused while an Azure RI or software order is
     * open, and for a reseller's customer while a subscription is active. Call under the caller's lock
     * ({@link Sandbox#atomicallyFor}).
     */
    public void delete(PartnerAccount caller, String customerId) {
        rules.requireSandboxForCustomerDelete(caller);
        Customer customer = managedBy(caller, customerId, "delete customers");
        rules.requireNoOpenPurchaseOrders(customer, orders.ofCustomer(customer.id()));
        rules.requireSubscriptionsSuspended(customer, subscriptions.ofCustomer(customer.id()));
        if (rules.broken(Mutant.CUSTOMER_DELETE_KEEPS_CUSTOMER)) {
            return;
        }
        orders.purge(customer.id());
        subscriptions.purge(customer.id());
        customers.remove(customer.id());
        domains.remove(key(customer.profile().domain()), customer.id());
        owned.computeIfPresent(key(customer.ownerTenantId()), (owner, count) -> {
            count.decrementAndGet();
            return count;
        });
    }

    /** IR-23, IR-24: checked before a sandbox reseller is deleted; refuses with 403 6003 and changes nothing. */
    public void requireResellerDeletable(IndirectReseller reseller) {
        List<Customer> ofReseller = customers.where(c -> c.associatedWith(reseller.accountId()));
        rules.requireResellerDeletable(reseller, ofReseller,
                ofReseller.stream().flatMap(c -> subscriptions.ofCustomer(c.id()).stream()).toList());
    }

    /** The indirect reseller a customer was created for, if it still exists. */
    public Optional<IndirectReseller> resellerOf(Customer customer) {
        return customer.associatedPartnerId() == null ? Optional.empty() : resellers.find(customer.associatedPartnerId());
    }

    public Optional<Customer> find(String customerId) {
        return customers.find(customerId);
    }

    public List<Customer> all() {
        return customers.all().stream().sorted(Comparator.comparingLong(Customer::sequence)).toList();
    }

    @Override
    public void reset() {
        customers.reset();
        owned.clear();
        domains.clear();
        sequence.set(0);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private Customer existing(String customerId) {
        return customers.find(customerId).orElseThrow(() -> Refusal.notFound(60003,
                "Customer tenant " + customerId + " was not found."));
    }

    private static Refusal noRelationship(PartnerAccount caller, String customerId) {
        return new Refusal(403, 20002, "Partner " + caller.tenantId() + " has no commerce relationship with customer "
                + customerId + ".");
    }
}
