package org.partnersandbox.emulator.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The integration sandbox's limits and prerequisites, each in one place (CAPABILITIES.md names
 * the capability each rule serves). One instance per {@link Sandbox} ({@link Sandbox#rules()}); the
 * services (one method per Partner Center operation) and the registries ask it.
 */
public final class SandboxRules {

    /** IR-01: at most five sandbox indirect resellers per sandbox indirect provider. */
    public static final int RESELLERS_PER_PROVIDER = 5;
    /** IR-04: at most 75 customers per sandbox provider, its resellers' customers included. */
    public static final int CUSTOMERS_PER_PROVIDER = 75;
    /** Reference §9: at most five live subscriptions per sandbox customer. */
    public static final int SUBSCRIPTIONS_PER_CUSTOMER = 5;
    /** Reference §9: at most 25 licences per sandbox subscription. */
    public static final int LICENCES_PER_SUBSCRIPTION = 25;

    /** Read on every check: PartnerIDs come and go as accounts are provisioned and the sandbox is reset. */
    private final Supplier<PartnerIdRegistry> partnerIds;
    /** A rule broken on purpose ({@link Mutant}): off unless the admin API switched it on. */
    private final Mutants mutants;

    public SandboxRules(Supplier<PartnerIdRegistry> partnerIds, Mutants mutants) {
        this.partnerIds = partnerIds;
        this.mutants = mutants;
    }

    /** Rules over a fixed set of PartnerIDs, no mutant (unit tests). */
    public SandboxRules(PartnerIdRegistry partnerIds) {
        this(() -> partnerIds, new Mutants());
    }

    /** Whether {@code mutant} is on: for the few broken rules that live outside this class (docs/mutants.md). */
    public boolean broken(Mutant mutant) {
        return mutants.on(mutant);
    }

    /** The App+User-only pages ({@link AppUserOperation}): an App-only token is refused with 403 900329, naming the operation. */
    public void requireAppUser(AppUserOperation operation, boolean appOnly) {
        if (appOnly) {
            throw Refusal.appOnlyNotSupported(operation);
        }
    }

    /** IP-08, IR-26: sandbox-IR calls are for sandbox ("TiP") indirect providers only. */
    public void requireSandboxIndirectProvider(PartnerAccount caller) {
        if (!caller.sandbox() || !caller.is(PartnerRole.INDIRECT_PROVIDER)) {
            throw new Refusal(401, 6002, "Unauthorized token or Not a Tip Provider Account");
        }
    }

    /** IP-09, IR-03: a sandbox PartnerID whose region matches the new reseller's country. */
    public void requireSandboxPartnerIdFor(String partnerId, String country) {
        PartnerIdRegistry partnerIds = this.partnerIds.get();
        if (partnerIds.isProduction(partnerId)) {
            if (mutants.on(Mutant.PRODUCTION_PARTNER_ID_ACCEPTED)) {
                return;
            }
            throw new Refusal(400, 800016, "PartnerID " + partnerId
                    + " is a production PartnerID; a sandbox indirect reseller needs a sandbox PartnerID.");
        }
        String idCountry = partnerIds.sandboxCountry(partnerId).orElseThrow(() -> new Refusal(400, 800016,
                "PartnerID " + partnerId + " isn't a valid sandbox Indirect Reseller PartnerID."));
        if (!idCountry.equalsIgnoreCase(country) && !mutants.on(Mutant.PARTNER_ID_REGION_UNCHECKED)) {
            throw new Refusal(400, 800016, "PartnerID " + partnerId + " belongs to region " + idCountry
                    + ", but the indirect reseller's tenant country is " + country + ".");
        }
    }

    /**
     * IR-01, IR-25: refuse the sixth reseller. {@code resellersOfProvider}: those the provider has now;
     * {@code deletedByProvider}: those it deleted, which give their place back.
     */
    public void requireResellerSlot(Collection<IndirectReseller> resellersOfProvider, long deletedByProvider) {
        long counted = resellersOfProvider.size() + (mutants.on(Mutant.DELETED_RESELLER_KEEPS_SLOT) ? deletedByProvider : 0);
        if (counted >= RESELLERS_PER_PROVIDER && !mutants.on(Mutant.RESELLER_QUOTA_OFF)) {
            throw new Refusal(403, 6004, "Create Sandbox Indirect Reseller operation not allowed: the limit of "
                    + RESELLERS_PER_PROVIDER + " sandbox indirect resellers per sandbox indirect provider is reached.");
        }
    }

    /** IR-15: domain prefixes are unique across the sandbox (case ignored). */
    public void requireFreeDomainPrefix(String domainPrefix, Collection<IndirectReseller> resellers) {
        if (resellers.stream().anyMatch(r -> r.profile().domainPrefix().equalsIgnoreCase(domainPrefix))) {
            throw new Refusal(409, 1003, "Conflict while creating tenant: domain prefix '" + domainPrefix + "' is taken.");
        }
    }

    /** A customer's domain names its new tenant, so no two customers in the sandbox share one (case ignored). */
    public void requireFreeCustomerDomain(String domain, boolean taken) {
        if (taken) {
            throw new Refusal(409, 1003, "Conflict while creating tenant: the domain '" + domain
                    + "' is already used by another customer.");
        }
    }

    /** IR-04: refuse the 76th customer of a sandbox provider; production accounts have no such limit. */
    public void requireCustomerSlot(PartnerAccount caller, long customersOfCaller) {
        if (caller.sandbox() && customersOfCaller >= CUSTOMERS_PER_PROVIDER && !mutants.on(Mutant.CUSTOMER_QUOTA_OFF)) {
            throw new Refusal(400, 800018, "The sandbox limit has been met: at most " + CUSTOMERS_PER_PROVIDER
                    + " customers per sandbox provider.");
        }
    }

    /** RR-11: indirect resellers cannot add customers; their provider adds customers for them (IP-05). */
    public void requireCustomerCreator(PartnerAccount caller) {
        if (caller.is(PartnerRole.INDIRECT_RESELLER) && !mutants.on(Mutant.RESELLER_ADDS_CUSTOMERS)) {
            throw new Refusal(403, 900150, "An indirect reseller cannot add customers in the sandbox;"
                    + " its indirect provider creates customers with associatedPartnerId set to the reseller.");
        }
    }

    /** IR-02, IP-05: {@code associatedPartnerId} must name one of the caller's own sandbox indirect resellers. */
    public void requireResellerOfCaller(PartnerAccount caller, String associatedPartnerId, Optional<IndirectReseller> named) {
        if (named.filter(r -> r.providerTenantId().equalsIgnoreCase(caller.tenantId())).isEmpty()) {
            throw new Refusal(400, 800016, "associatedPartnerId " + associatedPartnerId
                    + " isn't a valid Indirect Reseller: it is not a sandbox indirect reseller of partner " + caller.tenantId() + ".");
        }
    }

    /** RR-03, RR-05, RR-07, RR-10, IP-06: no customer invitations in the sandbox. */
    public void requireRelationshipRequestsSupported(PartnerAccount caller) {
        if (caller.sandbox() && !mutants.on(Mutant.INVITATIONS_ALLOWED)) {
            throw new Refusal(400, 900127, "Operation not supported in this environment:"
                    + " sandbox accounts cannot request reseller relationships with customers.");
        }
    }

    /** RR-12, RR-13: deleting a customer is the integration sandbox's way of removing the relationship. */
    public void requireSandboxForCustomerDelete(PartnerAccount caller) {
        if (!caller.sandbox()) {
            throw new Refusal(400, 900127, "Operation not supported in this environment: customers can be deleted"
                    + " only from an integration sandbox account; remove the reseller relationship instead.");
        }
    }

    /** RR-14: every Azure reserved instance and software purchase order is cancelled before the customer goes. */
    public void requireNoOpenPurchaseOrders(Customer customer, List<Order> ordersOfCustomer) {
        List<Order> blocking = ordersOfCustomer.stream().filter(Order::blocksCustomerDelete).toList();
        if (!blocking.isEmpty() && !mutants.on(Mutant.PURCHASE_ORDERS_IGNORED)) {
            throw new Refusal(409, 800002, "Customer " + customer.id() + " cannot be deleted: cancel its Azure reserved"
                    + " instance and software orders first (open: " + ids(blocking.stream().map(Order::id).toList()) + ").");
        }
    }

    /**
     * IR-23: the page's order is suspend every subscription of the reseller's customers, then delete
     * the customers, then the reseller. A customer created for an indirect reseller is therefore not
     * deleted while one of its subscriptions is active: 409 800002 (the emulator's choice, as RR-14's
     * refusal), naming them. A partner's own customer is not held back (RR-14 names only orders).
     */
    public void requireSubscriptionsSuspended(Customer customer, List<Subscription> subscriptionsOfCustomer) {
        if (customer.associatedPartnerId() == null || mutants.on(Mutant.CUSTOMER_DELETE_IGNORES_SUBSCRIPTIONS)) {
            return;
        }
        List<Subscription> active = active(subscriptionsOfCustomer);
        if (!active.isEmpty()) {
            throw new Refusal(409, 800002, "Customer " + customer.id() + " of indirect reseller " + customer.associatedPartnerId()
                    + " cannot be deleted: suspend its active subscription(s) first (" + ids(active.stream()
                    .map(Subscription::id).toList()) + ").");
        }
    }

    /**
     * IR-23, IR-24: a reseller goes only when its customers' subscriptions are suspended and its
     * customers are deleted; 403 6003 otherwise, naming what is left.
     */
    public void requireResellerDeletable(IndirectReseller reseller, List<Customer> customersOfReseller,
                                         List<Subscription> subscriptionsOfThoseCustomers) {
        List<Subscription> active = active(subscriptionsOfThoseCustomers);
        if (!active.isEmpty()) {
            throw new Refusal(403, 6003, "Delete Sandbox Indirect Reseller isn't allowed: the reseller's customers have "
                    + active.size() + " active subscription(s) (" + ids(active.stream().map(Subscription::id).toList())
                    + "); suspend every subscription, then delete every customer of reseller " + reseller.accountId() + ".");
        }
        if (!customersOfReseller.isEmpty() && !mutants.on(Mutant.RESELLER_DELETE_IGNORES_CUSTOMERS)) {
            throw new Refusal(403, 6003, "Delete Sandbox Indirect Reseller isn't allowed: reseller " + reseller.accountId()
                    + " still has " + customersOfReseller.size() + " customer(s) (" + ids(customersOfReseller.stream()
                    .map(Customer::id).toList()) + "); delete them first.");
        }
    }

    /** IP-02: the provider, not the reseller, sells to the customer and manages its purchases. */
    public void requireNotReseller(PartnerAccount caller, String what) {
        if (caller.is(PartnerRole.INDIRECT_RESELLER)) {
            throw new Refusal(403, 900150, "An indirect reseller cannot " + what
                    + "; its indirect provider owns sales, billing and provisioning of the customer.");
        }
    }

    /** IP-07: the partner of record is one of the provider's sandbox indirect resellers, never the provider. */
    public void requirePartnerOfRecord(PartnerAccount caller, String partnerIdOnRecord, Collection<IndirectReseller> resellersOfCaller) {
        if (mutants.on(Mutant.PARTNER_OF_RECORD_UNCHECKED)) {
            return;
        }
        if (partnerIdOnRecord.equals(caller.partnerId())) {
            throw new Refusal(404, 2072, "PartnerID " + partnerIdOnRecord
                    + " of the indirect provider is not valid as Partner On Record; name the indirect reseller's PartnerID.");
        }
        if (resellersOfCaller.stream().noneMatch(r -> r.mpnId().equals(partnerIdOnRecord))) {
            throw new Refusal(404, 800015, "PartnerID " + partnerIdOnRecord
                    + " was not found among the sandbox indirect resellers of this provider.");
        }
    }

    /** Reference §9: at most 25 licences per subscription. */
    public void requireLicenceCount(int quantity) {
        if (quantity > LICENCES_PER_SUBSCRIPTION) {
            throw new Refusal(403, 800067, "The seat count " + quantity + " is above the sandbox maximum of "
                    + LICENCES_PER_SUBSCRIPTION + " per subscription.");
        }
    }

    /** Reference §9: at most five live subscriptions per customer; those of cancelled orders do not count. */
    public void requireSubscriptionSlots(Customer customer, List<Subscription> subscriptionsOfCustomer, int wanted) {
        long live = subscriptionsOfCustomer.stream().filter(s -> s.status() != SubscriptionStatus.DELETED).count();
        if (live + wanted > SUBSCRIPTIONS_PER_CUSTOMER) {
            throw new Refusal(403, 800066, "Customer " + customer.id() + " would have " + (live + wanted)
                    + " subscriptions; the sandbox allows " + SUBSCRIPTIONS_PER_CUSTOMER + " per customer.");
        }
    }

    /** E13: only Azure RI and software orders are cancelled through the order; the rest through their subscriptions. */
    public void requireCancellableByOrder(Order order, PartnerAccount caller) {
        for (OrderLine line : order.lines()) {
            ProductType type = line.offer().productType();
            if (!type.cancelledByOrder()) {
                throw new Refusal(400, 800063, "Order " + order.id() + " can't be canceled; suspend its subscription with"
                        + " PATCH /customers/" + order.customerId() + "/subscriptions/" + line.subscriptionId() + " instead.");
            }
            if (!caller.sandbox() && !type.cancelledByOrderInProduction()) {
                throw new Refusal(403, 800019, "Order " + order.id() + " is a " + type.wireName()
                        + " order: non-sandbox tenants may cancel only software subscriptions and perpetual software.");
            }
        }
    }

    /** E15: RI and perpetual software are not suspended through the subscription; deleted ones not at all. */
    public void requireStatusChangeable(Subscription subscription) {
        if (subscription.status() == SubscriptionStatus.DELETED) {
            throw new Refusal(400, 2011, "Subscription " + subscription.id() + " in deleted status can't be updated.");
        }
        if (!subscription.offer().productType().suspendedBySubscription()) {
            throw new Refusal(400, 800096, "Can't update the status of subscription " + subscription.id() + ": a "
                    + subscription.offer().productType().wireName() + " purchase ends by cancelling its order "
                    + subscription.orderId() + ".");
        }
    }

    private static List<Subscription> active(List<Subscription> subscriptions) {
        return subscriptions.stream().filter(s -> s.status() == SubscriptionStatus.ACTIVE).toList();
    }

    private static String ids(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", "));
    }
}
