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
    private final List<Resettable> state = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final PartnerDirectory partners;
    private final IndirectResellerRegistry resellers;
    private final Visibility visibility;

    public Sandbox(SeedData seed, Clock clock) {
        this(seed, clock, Duration.ZERO);
    }

    /** @param visibilityDelay how long a created resource stays out of list answers ({@link Visibility}) */
    public Sandbox(SeedData seed, Clock clock, Duration visibilityDelay) {
        this.clock = clock;
        this.visibility = new Visibility(clock, visibilityDelay);
        this.partners = register(new PartnerDirectory(seed));
        this.resellers = register(new IndirectResellerRegistry(partners, clock));
    }

    public PartnerDirectory partners() {
        return partners;
    }

    public IndirectResellerRegistry resellers() {
        return resellers;
    }

    /** Eventual consistency: every list endpoint filters its resources through it. */
    public Visibility visibility() {
        return visibility;
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
