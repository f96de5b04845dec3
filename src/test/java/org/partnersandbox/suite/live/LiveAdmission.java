package org.partnersandbox.suite.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersandbox.suite.config.ScenarioAdmission;

/**
 * When a scenario of a live run may start (README, "Parallel runs"). The scenarios share one
 * provider's customer count and its reseller quota, and the run's places ({@code sandbox.parallelism}
 * scenarios at once). By its tags a scenario shares a count (it changes it, or takes some reseller
 * slots) or takes it alone (it counts it):
 * <ul>
 *   <li>{@code @makes-customers}: the customer count, shared; {@code @quota:customers=N}: alone;</li>
 *   <li>{@code @quota:indirect-resellers=N}: the reseller quota, shared, and N of the slots that were
 *       free when the run first counted them ({@link QuotaGate}); alone when N is the whole quota.</li>
 * </ul>
 * A scenario is admitted when a place, the counts it needs and its slots are all free at once, so no
 * scenario holds one while it waits for another: with one lock after the other, scenarios that shared
 * the customer count while they waited for reseller slots kept the 76th-customer scenario out for five
 * minutes. Among those waiting, the ones that count go first, then the ones that need slots (the quota
 * is the run's scarcest resource), then the rest, each in the order they came. While one waits to
 * count, no later scenario starts sharing that count, so sharers that come after it do not keep it
 * waiting; unless it also waits on a count another scenario holds alone (the 6004 scenario shares the
 * customer count, held by the 76th-customer one for 80 s: meanwhile the reseller slots stood idle).
 * Likewise, while one waits for reseller slots, no later one takes slots. A scenario waits as
 * a {@link ForkJoinPool} managed blocker, so the engine's pool puts a spare worker in its place
 * (suite/config/TargetParallelism). This replaced Cucumber's exclusive resources, measured wrong for
 * this: the engine takes a read lock with {@code tryLock}, which barges past a waiting writer, so every
 * scenario that counts waited for all the others and then ran alone at the end of the run.
 */
public final class LiveAdmission {

    /** The shared counts. */
    public enum Count { PROVIDER_CUSTOMERS, INDIRECT_RESELLER_QUOTA }

    /** What a scenario needs: each count it touches ({@code true}: alone) and its reseller slots. */
    public record Needs(Map<Count, Boolean> counts, int slots) {
        boolean countsAlone() {
            return counts.containsValue(true);
        }

        int priority() {
            return countsAlone() ? 0 : slots > 0 ? 1 : 2;
        }
    }

    private static final Pattern CUSTOMERS = Pattern.compile("@quota:customers=\\d+");
    private static final Pattern RESELLERS = Pattern.compile("@quota:indirect-resellers=(\\d+)");

    private final int places;
    private final QuotaGate quota;
    private final List<Waiter> waiting = new ArrayList<>();
    private final Map<Count, Integer> sharing = new EnumMap<>(Count.class);
    private final Set<Count> alone = EnumSet.noneOf(Count.class);
    private int placesInUse;
    private int slotsInUse;
    private long arrivals;

    public LiveAdmission(int places, QuotaGate quota) {
        this.places = places;
        this.quota = quota;
    }

    /** What a scenario with these tags needs. */
    public Needs needs(Collection<String> tags) {
        Map<Count, Boolean> counts = new EnumMap<>(Count.class);
        int slots = 0;
        for (String tag : tags) {
            if (tag.equals(CustomerCountLock.TAG)) {
                counts.merge(Count.PROVIDER_CUSTOMERS, false, Boolean::logicalOr);
            } else if (CUSTOMERS.matcher(tag).matches()) {
                counts.merge(Count.PROVIDER_CUSTOMERS, true, Boolean::logicalOr);
            }
            Matcher resellers = RESELLERS.matcher(tag);
            if (resellers.matches()) {
                slots += Integer.parseInt(resellers.group(1));
                counts.merge(Count.INDIRECT_RESELLER_QUOTA, slots >= quota.quota(), Boolean::logicalOr);
            }
        }
        return new Needs(counts, slots);
    }

    /**
     * Waits until the scenario may start and takes what it needs; closing the place gives it all back.
     * A scenario that needs more reseller slots than were free is not-run at once ({@link QuotaGate#check}).
     */
    public ScenarioAdmission.Place admit(Collection<String> tags) {
        Needs needs = needs(tags);
        OptionalInt free = needs.slots() > 0 ? quota.check(needs.slots()) : OptionalInt.empty();
        Waiter waiter;
        synchronized (this) {
            waiter = new Waiter(needs, free.orElse(Integer.MAX_VALUE), arrivals++);
            waiting.add(waiter);
            admitWhoFits();
        }
        waitFor(waiter);
        return new ScenarioAdmission.Place() {
            private boolean left;

            @Override
            public void close() {
                synchronized (LiveAdmission.this) {
                    if (!left) {
                        left = true;
                        giveBack(waiter.needs);
                        admitWhoFits();
                    }
                }
            }
        };
    }

    /** Scenarios waiting now (tests). */
    synchronized int waitingCount() {
        return waiting.size();
    }

    private void admitWhoFits() {
        waiting.sort(Comparator.comparingInt((Waiter w) -> w.needs.priority()).thenComparingLong(w -> w.arrival));
        Set<Count> awaitedAlone = EnumSet.noneOf(Count.class);
        boolean slotsAwaited = false;
        for (var it = waiting.iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (fits(w, awaitedAlone, slotsAwaited)) {
                take(w.needs);
                w.admitted = true;
                it.remove();
                continue;
            }
            if (w.needs.slots() > 0 && sharedCountsFree(w, awaitedAlone)) {
                // it waits for slots: later ones do not take the slots it waits for (a scenario that
                // needs two would otherwise see every later one-slot scenario go first)
                slotsAwaited = true;
            }
            if (sharedCountsFree(w, awaitedAlone)) {
                // it waits only for what it takes alone to drain (or for a place): no later scenario may
                // start sharing that; one that waits on another count does not hold the others back
                w.needs.counts().forEach((count, isAlone) -> {
                    if (isAlone) {
                        awaitedAlone.add(count);
                    }
                });
            }
        }
        notifyAll();
    }

    private boolean sharedCountsFree(Waiter w, Set<Count> awaitedAlone) {
        return w.needs.counts().entrySet().stream().filter(claim -> !claim.getValue())
                .allMatch(claim -> !alone.contains(claim.getKey()) && !awaitedAlone.contains(claim.getKey()));
    }

    private boolean fits(Waiter w, Set<Count> awaitedAlone, boolean slotsAwaited) {
        if (placesInUse >= places || slotsInUse + w.needs.slots() > w.slotCapacity || (w.needs.slots() > 0 && slotsAwaited)) {
            return false;
        }
        for (Map.Entry<Count, Boolean> claim : w.needs.counts().entrySet()) {
            Count count = claim.getKey();
            boolean free = claim.getValue()
                    ? sharing.getOrDefault(count, 0) == 0 && !alone.contains(count)
                    : !alone.contains(count) && !awaitedAlone.contains(count);
            if (!free) {
                return false;
            }
        }
        return true;
    }

    private void take(Needs needs) {
        placesInUse++;
        slotsInUse += needs.slots();
        needs.counts().forEach((count, isAlone) -> {
            if (isAlone) {
                alone.add(count);
            } else {
                sharing.merge(count, 1, Integer::sum);
            }
        });
    }

    private void giveBack(Needs needs) {
        placesInUse--;
        slotsInUse -= needs.slots();
        needs.counts().forEach((count, isAlone) -> {
            if (isAlone) {
                alone.remove(count);
            } else {
                sharing.merge(count, -1, Integer::sum);
            }
        });
    }

    private void waitFor(Waiter waiter) {
        try {
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() throws InterruptedException {
                    synchronized (LiveAdmission.this) {
                        while (!waiter.admitted) {
                            LiveAdmission.this.wait();
                        }
                    }
                    return true;
                }

                @Override
                public boolean isReleasable() {
                    synchronized (LiveAdmission.this) {
                        return waiter.admitted;
                    }
                }
            });
        } catch (InterruptedException e) {
            synchronized (this) {
                waiting.remove(waiter);
                if (waiter.admitted) {
                    giveBack(waiter.needs);
                }
                admitWhoFits();
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to start a scenario", e);
        }
    }

    private static final class Waiter {
        final Needs needs;
        final int slotCapacity;
        final long arrival;
        boolean admitted;

        Waiter(Needs needs, int slotCapacity, long arrival) {
            this.needs = needs;
            this.slotCapacity = slotCapacity;
            this.arrival = arrival;
        }
    }
}
