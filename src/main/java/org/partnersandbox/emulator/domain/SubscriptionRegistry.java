package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customers' subscriptions: created by orders, suspended and reactivated by the partner (E15, E16). */
public final class SubscriptionRegistry implements Resettable {

    private final ResourceStore<Subscription> subscriptions = new ResourceStore<>();
    private final SandboxRules rules;
    private final Clock clock;

    public SubscriptionRegistry(SandboxRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Call under the sandbox lock, from {@link OrderRegistry}. */
    Subscription create(String customerId, String orderId, Offer offer, OrderLineRequest line) {
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), customerId, orderId, offer,
                line.friendlyName() == null ? offer.name() : line.friendlyName(), line.quantity(),
                line.partnerIdOnRecord(), SubscriptionStatus.ACTIVE, clock.instant(), Etags.fresh());
        subscriptions.put(subscription.id(), subscription);
        return subscription;
    }

    public List<Subscription> ofCustomer(String customerId) {
        return subscriptions.where(s -> s.customerId().equalsIgnoreCase(customerId)).stream()
                .sorted(Comparator.comparing(Subscription::created).thenComparing(Subscription::id)).toList();
    }

    /** 404 20003 when the customer has no such subscription. */
    public Subscription of(Customer customer, String subscriptionId) {
        return subscriptions.find(subscriptionId).filter(s -> s.customerId().equalsIgnoreCase(customer.id()))
                .orElseThrow(() -> Refusal.notFound(20003, "Subscription " + subscriptionId + " not found for customer "
                        + customer.id() + "."));
    }

    /**
     * E15: suspend ({@code suspended}) or reactivate ({@code active}). Setting the status it already has
     * changes nothing. {@code ifMatch} (may be null or {@code *}) must name the current etag. Call under
     * the sandbox lock.
     */
    public Subscription changeStatus(PartnerAccount caller, Customer customer, String subscriptionId,
                                     SubscriptionStatus target, String ifMatch) {
        rules.requireNotReseller(caller, "suspend or reactivate subscriptions");
        Subscription subscription = of(customer, subscriptionId);
        if (ifMatch != null && !ifMatch.equals("*") && !unquoted(ifMatch).equals(subscription.etag())) {
            throw new Refusal(400, 2055, "The etag in If-Match is no longer valid for subscription " + subscriptionId
                    + "; read it again.");
        }
        rules.requireStatusChangeable(subscription);
        if (subscription.status() == target) {
            return subscription;
        }
        Subscription changed = subscription.withStatus(target, Etags.fresh());
        subscriptions.put(changed.id(), changed);
        return changed;
    }

    /** The subscriptions of a cancelled order end with it. Call under the sandbox lock. */
    void endOrder(String orderId) {
        subscriptions.where(s -> s.orderId().equals(orderId))
                .forEach(s -> subscriptions.put(s.id(), s.withStatus(SubscriptionStatus.DELETED, Etags.fresh())));
    }

    /** Call under the sandbox lock: the customer is being deleted. */
    void purge(String customerId) {
        subscriptions.where(s -> s.customerId().equalsIgnoreCase(customerId)).forEach(s -> subscriptions.remove(s.id()));
    }

    public Optional<Subscription> find(String subscriptionId) {
        return subscriptions.find(subscriptionId);
    }

    public List<Subscription> all() {
        return List.copyOf(subscriptions.all());
    }

    @Override
    public void reset() {
        subscriptions.reset();
    }

    private static String unquoted(String etag) {
        String value = etag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
