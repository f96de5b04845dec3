package org.partnersandbox.suite.live;

import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The sandbox indirect reseller quota (5 per provider) on a shared live account. Counted once, on
 * the first scenario that needs slots ({@code @quota:indirect-resellers=N}): a scenario that needs
 * more than are free is not-run with the count; the others take their slots for their duration,
 * so scenarios running in parallel never hold more slots than were free.
 */
public final class QuotaGate {

    /** Slots held by one scenario; give them back when it has cleaned up. */
    public interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    private final int quota;
    private final Supplier<OptionalInt> countInUse;
    private final String where;
    private Semaphore slots;
    private int freeAtStart;
    private int inUseAtStart;

    /** {@code countInUse}: the provider's indirect resellers now; empty when they cannot be counted (no credentials). */
    public QuotaGate(int quota, Supplier<OptionalInt> countInUse, String where) {
        this.quota = quota;
        this.countInUse = countInUse;
        this.where = where;
    }

    public Reservation reserve(int needed) {
        Semaphore counted = counted();
        if (counted == null) {
            return () -> { };
        }
        if (needed > freeAtStart) {
            throw NotRun.because("quota (indirect resellers: " + inUseAtStart + " of " + quota + " in use on " + where
                    + ", " + freeAtStart + " free, " + needed + " needed)");
        }
        counted.acquireUninterruptibly(needed);
        return () -> counted.release(needed);
    }

    private synchronized Semaphore counted() {
        if (slots == null) {
            OptionalInt inUse = countInUse.get();
            if (inUse.isEmpty()) {
                return null; // the scenario is not-run for its credentials anyway
            }
            inUseAtStart = inUse.getAsInt();
            freeAtStart = Math.max(0, quota - inUseAtStart);
            slots = new Semaphore(freeAtStart, true);
        }
        return slots;
    }
}
