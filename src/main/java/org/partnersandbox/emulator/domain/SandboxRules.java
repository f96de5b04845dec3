package org.partnersandbox.emulator.domain;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The integration sandbox's limits and prerequisites, each in one place (CAPABILITIES.md names
 * the capability each rule serves). One instance per {@link Sandbox} ({@link Sandbox#rules()}); the
 * handlers and registries ask it.
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

    public SandboxRules(Supplier<PartnerIdRegistry> partnerIds) {
        this.partnerIds = partnerIds;
    }

    /** Rules over a fixed set of PartnerIDs (unit tests). */
    public SandboxRules(PartnerIdRegistry partnerIds) {
        this(() -> partnerIds);
    }

    /** The App+User-only pages ({@link AppUserOperation}): an App-only token is refused with 403 900329. */
    public void requireAppUser(AppUserOperation operation, boolean appOnly) {
        if (appOnly) {
            throw Refusal.appOnlyNotSupported();
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
            throw new Refusal(400, 800016, "PartnerID " + partnerId
                    + " is a production PartnerID; a sandbox indirect reseller needs a sandbox PartnerID.");
        }
        String idCountry = partnerIds.sandboxCountry(partnerId).orElseThrow(() -> new Refusal(400, 800016,
                "PartnerID " + partnerId + " isn't a valid sandbox Indirect Reseller PartnerID."));
        if (!idCountry.equalsIgnoreCase(country)) {
            throw new Refusal(400, 800016, "PartnerID " + partnerId + " belongs to region " + idCountry
                    + ", but the indirect reseller's tenant country is " + country + ".");
        }
    }

    /** IR-01: refuse the sixth reseller. */
    public void requireResellerSlot(long resellersOfProvider) {
        if (resellersOfProvider >= RESELLERS_PER_PROVIDER) {
            throw new Refusal(403, 6004, "Create Sandbox Indirect Reseller operation not allowed: the limit of "
                    + RESELLERS_PER_PROVIDER + " sandbox indirect resellers per sandbox indirect provider is reached.");
        }
    }

    /** IR-15: domain prefixes are unique across the sandbox. */
    public void requireFreeDomainPrefix(boolean taken, String domainPrefix) {
        if (taken) {
            throw new Refusal(409, 1003, "Conflict while creating tenant: domain prefix '" + domainPrefix + "' is taken.");
        }
    }

    /** A customer's domain names its new tenant, so no two customers in the sandbox share one (case ignored). */
    public void requireFreeCustomerDomain(boolean taken, String domain) {
        if (taken) {
            throw new Refusal(409, 1003, "Conflict while creating tenant: the domain '" + domain
                    + "' is already used by another customer.");
        }
    }

    /** IR-04: refuse the 76th customer of a provider. */
    public void requireCustomerSlot(long customersOfProvider) {
        if (customersOfProvider >= CUSTOMERS_PER_PROVIDER) {
            throw new Refusal(400, 800018, "The sandbox limit has been met: at most " + CUSTOMERS_PER_PROVIDER
                    + " customers per sandbox provider.");
        }
    }

    /** RR-11: indirect resellers cannot add customers; their provider adds customers for them (IP-05). */
    public void requireCustomerCreator(PartnerAccount caller) {
        if (caller.is(PartnerRole.INDIRECT_RESELLER)) {
            throw new Refusal(403, 900150, "An indirect reseller cannot add customers in the sandbox;"
                    + " its indirect provider creates customers with associatedPartnerId set to the reseller.");
        }
    }

    /** IR-02, IP-05: {@code associatedPartnerId} must name one of the caller's own sandbox indirect resellers. */
    public void requireResellerOfCaller(PartnerAccount caller, String associatedPartnerId, boolean isResellerOfCaller) {
        if (!isResellerOfCaller) {
            throw new Refusal(400, 800016, "associatedPartnerId " + associatedPartnerId
                    + " isn't a valid Indirect Reseller: it is not a sandbox indirect reseller of partner " + caller.tenantId() + ".");
        }
    }

    /** RR-03, RR-05, RR-07, RR-10, IP-06: no customer invitations in the sandbox. */
    public void requireRelationshipRequestsSupported(PartnerAccount caller) {
        if (caller.sandbox()) {
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
    public void requireNoOpenPurchaseOrders(String customerId, List<Order> blocking) {
        if (!blocking.isEmpty()) {
            throw new Refusal(409, 800002, "Customer " + customerId + " cannot be deleted: cancel its Azure reserved"
                    + " instance and software orders first (open: " + ids(blocking.stream().map(Order::id).toList()) + ").");
        }
    }

    /** IR-23, IR-24: a reseller goes only when its customers' subscriptions are suspended and its customers are deleted. */
    public void requireResellerDeletable(String resellerId, List<Customer> customers, List<Subscription> activeSubscriptions) {
        if (!activeSubscriptions.isEmpty()) {
            throw new Refusal(403, 6003, "Delete Sandbox Indirect Reseller isn't allowed: the reseller's customers have "
                    + activeSubscriptions.size() + " active subscription(s) (" + ids(activeSubscriptions.stream()
                    .map(Subscription::id).toList()) + "); suspend every subscription, then delete every customer of reseller "
                    + resellerId + ".");
        }
        if (!customers.isEmpty()) {
            throw new Refusal(403, 6003, "Delete Sandbox Indirect Reseller isn't allowed: reseller " + resellerId + " still has "
                    + customers.size() + " customer(s) (" + ids(customers.stream().map(Customer::id).toList())
                    + "); delete them first.");
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
    public void requirePartnerOfRecord(PartnerAccount caller, String partnerIdOnRecord, Collection<String> resellerPartnerIds) {
        if (partnerIdOnRecord.equals(caller.partnerId())) {
            throw new Refusal(404, 2072, "PartnerID " + partnerIdOnRecord
                    + " of the indirect provider is not valid as Partner On Record; name the indirect reseller's PartnerID.");
        }
        if (!resellerPartnerIds.contains(partnerIdOnRecord)) {
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

    /** Reference §9: at most five live subscriptions per customer. */
    public void requireSubscriptionSlots(String customerId, long live, int wanted) {
        if (live + wanted > SUBSCRIPTIONS_PER_CUSTOMER) {
            throw new Refusal(403, 800066, "Customer " + customerId + " would have " + (live + wanted)
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

    private static String ids(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", "));
    }
}
