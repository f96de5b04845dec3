package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The whole state of the emulated integration sandbox. Every store is registered here, so that a
 * reset cannot forget one; every write that checks a rule and then changes state runs under a lock,
 * so that quotas hold under concurrent requests: the lock of the one partner whose state it touches
 * ({@link #atomicallyFor}), so that partners do not wait on each other, or the whole sandbox's
 * ({@link #atomically}), which waits for every partner's.
 */
public final class Sandbox {

    /** Not part of the state a reset restores: a mutant stays on until the admin API switches it off. */
    private final Mutants mutants = new Mutants();
    /** Read side: one partner's operation (with that partner's own lock); write side: everything. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Object> partnerLocks = new ConcurrentHashMap<>();
    private final List<Resettable> state = new CopyOnWriteArrayList<>();
    /** Told under the lock after a delete: what remembers answers about resources forgets the gone ones. */
    private final List<Runnable> afterDeletes = new CopyOnWriteArrayList<>();
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

    /**
     * {@code forget} runs after every delete, under the delete's lock, so that nothing answers about the
     * deleted resource between its delete and the forgetting (the create answers the HTTP layer replays).
     */
    public void afterEveryDelete(Runnable forget) {
        afterDeletes.add(forget);
    }

    /** Call under the lock that deleted. */
    void resourceDeleted() {
        afterDeletes.forEach(Runnable::run);
    }

    /** Runs a check-then-change operation atomically with respect to every other write. */
    public <T> T atomically(Supplier<T> operation) {
        return under(lock.writeLock(), operation);
    }

    /**
     * Runs a check-then-change operation that reads and changes only what partner {@code tenantId} owns
     * (its customer quota, its customers, its replayed answers) atomically with respect to that
     * partner's other writes and to every {@link #atomically} one; other partners' run meanwhile.
     */
    public <T> T atomicallyFor(String tenantId, Supplier<T> operation) {
        return under(lock.readLock(), () -> {
            synchronized (partnerLocks.computeIfAbsent(tenantId.toLowerCase(Locale.ROOT), k -> new Object())) {
                return operation.get();
            }
        });
    }

    public void reset() {
        atomically(() -> {
            state.forEach(Resettable::reset);
            partnerLocks.clear();
            return null;
        });
    }

    private static <T> T under(Lock lock, Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }
}
