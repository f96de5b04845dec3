package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The whole state of the emulated integration sandbox. Every store is registered here, so that a
 * reset cannot forget one; every write that checks a rule and then changes state runs under one
 * lock, so that quotas hold under concurrent requests.
 */
public final class Sandbox {

    private final Object lock = new Object();
    private final List<Resettable> state = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final PartnerDirectory partners;
    private final IndirectResellerRegistry resellers;
    private final OfferCatalogue offers;
    private final SubscriptionRegistry subscriptions;
    private final OrderRegistry orders;
    private final CustomerRegistry customers;

    public Sandbox(SeedData seed, Clock clock) {
        this(seed, OfferCatalogue.empty(), clock);
    }

    public Sandbox(SeedData seed, OfferCatalogue offers, Clock clock) {
        this.clock = clock;
        this.offers = offers;
        this.partners = register(new PartnerDirectory(seed));
        this.resellers = register(new IndirectResellerRegistry(partners, clock));
        this.subscriptions = register(new SubscriptionRegistry(partners, clock));
        this.orders = register(new OrderRegistry(offers, partners, resellers, subscriptions, clock));
        this.customers = register(new CustomerRegistry(partners, resellers, orders, subscriptions, clock));
    }

    public PartnerDirectory partners() {
        return partners;
    }

    public IndirectResellerRegistry resellers() {
        return resellers;
    }

    public OfferCatalogue offers() {
        return offers;
    }

    public CustomerRegistry customers() {
        return customers;
    }

    public OrderRegistry orders() {
        return orders;
    }

    public SubscriptionRegistry subscriptions() {
        return subscriptions;
    }

    public Clock clock() {
        return clock;
    }

    /** Adds a store to what {@link #reset()} restores. */
    public <T extends Resettable> T register(T store) {
        state.add(store);
        return store;
    }

    /** Runs a check-then-change operation atomically with respect to every other write. */
    public <T> T atomically(Supplier<T> operation) {
        synchronized (lock) {
            return operation.get();
        }
    }

    public void reset() {
        synchronized (lock) {
            state.forEach(Resettable::reset);
        }
    }
}
