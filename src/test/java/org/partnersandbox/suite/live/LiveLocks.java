package org.partnersandbox.suite.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the scenarios of a live run must not do at the same time (README, "Parallel runs"): they share
 * one provider's customer count and reseller quota. By tag, a scenario holds each shared count for
 * reading (it changes the count, or takes some of the quota's slots) or alone (it counts):
 * <ul>
 *   <li>{@code @makes-customers}: the customer count, read; {@code @quota:customers=N}: alone;</li>
 *   <li>{@code @quota:indirect-resellers=N}: the reseller quota, read (QuotaGate hands out the slots);
 *       alone when N is the whole quota (the scenario counts the provider's resellers).</li>
 * </ul>
 * The locks are fair: a scenario that waits to count is served before the ones that arrive after it.
 * Cucumber's own exclusive resources were used before, and measured wrong for this: the engine takes a
 * read lock with {@code tryLock}, which barges past a waiting writer, so every scenario that counts
 * waited until all the others had finished and then ran alone, at the end of the run (583 s of which the
 * last 150 s one at a time). A wait goes through {@link ForkJoinPool#managedBlock}, so the engine's pool
 * puts a spare worker in its place (suite/config/TargetParallelism) and scenarios that need neither
 * count run meanwhile. Locks are taken in one order (customers, then the reseller quota), so two
 * scenarios never wait on each other.
 */
public final class LiveLocks {

    /** The shared counts, in the order they are locked. */
    public enum Count { PROVIDER_CUSTOMERS, INDIRECT_RESELLER_QUOTA }

    private static final Pattern CUSTOMERS = Pattern.compile("@quota:customers=\\d+");
    private static final Pattern RESELLERS = Pattern.compile("@quota:indirect-resellers=(\\d+)");

    private final int resellerQuota;
    private final Map<Count, ReentrantReadWriteLock> locks = new EnumMap<>(Count.class);

    /** {@code resellerQuota}: the provider's reseller slots (5); a scenario that needs them all counts them. */
    public LiveLocks(int resellerQuota) {
        this.resellerQuota = resellerQuota;
        for (Count count : Count.values()) {
            locks.put(count, new ReentrantReadWriteLock(true));
        }
    }

    /** The locks a scenario with these tags holds: each count it touches, {@code true} when alone. */
    public Map<Count, Boolean> claims(Collection<String> tags) {
        Map<Count, Boolean> claims = new EnumMap<>(Count.class);
        for (String tag : tags) {
            if (tag.equals(CustomerCountLock.TAG)) {
                claims.merge(Count.PROVIDER_CUSTOMERS, false, Boolean::logicalOr);
            } else if (CUSTOMERS.matcher(tag).matches()) {
                claims.merge(Count.PROVIDER_CUSTOMERS, true, Boolean::logicalOr);
            }
            Matcher resellers = RESELLERS.matcher(tag);
            if (resellers.matches()) {
                claims.merge(Count.INDIRECT_RESELLER_QUOTA, Integer.parseInt(resellers.group(1)) >= resellerQuota, Boolean::logicalOr);
            }
        }
        return claims;
    }

    /** Waits for the scenario's locks, in {@link Count} order; closing gives them back. */
    public Held take(Collection<String> tags) {
        List<Lock> taken = new ArrayList<>();
        claims(tags).forEach((count, alone) -> {
            ReentrantReadWriteLock lock = locks.get(count);
            Lock wanted = alone ? lock.writeLock() : lock.readLock();
            waitFor(wanted);
            taken.add(wanted);
        });
        return () -> {
            for (int i = taken.size() - 1; i >= 0; i--) {
                taken.get(i).unlock();
            }
            taken.clear();
        };
    }

    /** Scenarios waiting for a count (tests). */
    int queueLength(Count count) {
        return locks.get(count).getQueueLength();
    }

    /** A scenario's locks; {@link #close} gives them back (once). */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Blocks as a managed blocker: in the engine's pool a spare worker runs another scenario meanwhile. */
    private static void waitFor(Lock lock) {
        ForkJoinPool.ManagedBlocker blocker = new ForkJoinPool.ManagedBlocker() {
            private boolean held;

            @Override
            public boolean block() {
                if (!held) {
                    lock.lock();
                    held = true;
                }
                return true;
            }

            @Override
            public boolean isReleasable() {
                if (!held) {
                    try {
                        held = lock.tryLock(0, TimeUnit.NANOSECONDS); // unlike tryLock(), honours the queue
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return held;
            }
        };
        try {
            ForkJoinPool.managedBlock(blocker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a live lock", e);
        }
    }
}
