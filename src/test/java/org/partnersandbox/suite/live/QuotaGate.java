package org.partnersandbox.suite.live;

import java.util.OptionalInt;
import java.util.function.Supplier;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The sandbox indirect reseller quota (5 per provider) on a shared live account. Counted once, on
 * the first scenario that needs slots ({@code @quota:indirect-resellers=N}): a scenario that needs
 * more than were free is not-run with the count; {@link LiveAdmission} starts the others only while
 * their slots are free, so scenarios running at once never hold more slots than were free.
 */
public final class QuotaGate {

    private final int quota;
    private final Supplier<OptionalInt> countInUse;
    private final String where;
    private boolean counted;
    private OptionalInt freeAtStart = OptionalInt.empty();
    private int inUseAtStart;

    /** {@code countInUse}: the provider's indirect resellers now; empty when they cannot be counted (no credentials). */
    public QuotaGate(int quota, Supplier<OptionalInt> countInUse, String where) {
        this.quota = quota;
        this.countInUse = countInUse;
        this.where = where;
    }

    /** The provider's slots: a scenario that needs them all counts its resellers. */
    public int quota() {
        return quota;
    }

    /**
     * The slots free at the start, counted on first use, for a scenario that needs {@code needed};
     * not-run when fewer were free; empty when they cannot be counted (the scenario is not-run for its
     * credentials anyway).
     */
    public OptionalInt check(int needed) {
        OptionalInt free = free();
        if (free.isPresent() && needed > free.getAsInt()) {
            throw NotRun.because("quota (indirect resellers: " + inUseAtStart + " of " + quota + " in use on " + where
                    + ", " + free.getAsInt() + " free, " + needed + " needed)");
        }
        return free;
    }

    private synchronized OptionalInt free() {
        if (!counted) {
            OptionalInt inUse = countInUse.get();
            if (inUse.isEmpty()) {
                return inUse; // counted again by the next scenario that needs slots
            }
            counted = true;
            inUseAtStart = inUse.getAsInt();
            freeAtStart = OptionalInt.of(Math.max(0, quota - inUseAtStart));
        }
        return freeAtStart;
    }
}
