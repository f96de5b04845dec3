package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.time.Duration;
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
    /** Not part of the state a reset restores: a mutant stays on until the admin API switches it off. */
    private final Mutants mutants = new Mutants();
    private final List<Resettable> state = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final PartnerDirectory partners;
    private final SandboxRules rules;
    private final IndirectResellerRegistry resellers;
    private final Visibility visibility;
    private final OfferCatalogue offers;
    private final SubscriptionRegistry subscriptions;
    private final OrderRegistry orders;
    private final CustomerRegistry customers;

    public Sandbox(SeedData seed, Clock clock) {
        this(seed, OfferCatalogue.empty(), clock, Duration.ZERO);
    }

    /** @param visibilityDelay how long a created resource stays out of list answers ({@link Visibility}) */
    public Sandbox(SeedData seed, OfferCatalogue offers, Clock clock, Duration visibilityDelay) {
        this.clock = clock;
        this.visibility = new Visibility(clock, visibilityDelay);
        this.offers = offers;
        this.partners = register(new PartnerDirectory(seed));
        this.rules = new SandboxRules(partners::partnerIds, mutants);
        this.resellers = register(new IndirectResellerRegistry(partners, rules, clock));
        this.subscriptions = register(new SubscriptionRegistry(rules, clock));
        this.orders = register(new OrderRegistry(offers, rules, resellers, subscriptions, clock));
        this.customers = register(new CustomerRegistry(rules, resellers, orders, subscriptions, clock));
    }

    public PartnerDirectory partners() {
        return partners;
    }

    /** The rule broken on purpose, if any (docs/mutants.md). */
    public Mutants mutants() {
        return mutants;
    }

    /** The sandbox's rules, the one home of every limit and prerequisite; reads the PartnerIDs live. */
    public SandboxRules rules() {
        return rules;
    }

    public IndirectResellerRegistry resellers() {
        return resellers;
    }

    /** Eventual consistency: every list endpoint filters its resources through it. */
    public Visibility visibility() {
        return visibility;
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
