package org.partnersandbox.suite.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a scenario created, so that it can be removed afterwards, even when the scenario failed.
 * Removal runs phase by phase, in the order the API requires (cancel orders, suspend
 * subscriptions, delete customers, delete indirect resellers), and within a phase newest first.
 */
public final class ResourceLedger {

    /** The API's order of removal: an indirect reseller goes only once its customers have gone, and so on. */
    public enum Phase {
        /** Azure reserved instance and software orders: cancelled before their customer can go (RR-14). */
        CANCEL_ORDERS,
        /** Every subscription of an indirect reseller's customers: suspended before the reseller can go (IR-23). */
        SUSPEND_SUBSCRIPTIONS,
        /** Customers: deleted before their indirect reseller can go (IR-24). */
        DELETE_CUSTOMERS,
        /** Sandbox indirect resellers. */
        DELETE_INDIRECT_RESELLERS,
        /** Anything registered without a phase: last, newest first. */
        LAST
    }

    /** How to remove one resource; it must treat "already gone" as done. */
    @FunctionalInterface
    public interface Removal {
        void remove() throws Exception;
    }

    private record Entry(Phase phase, long sequence, String resource, Removal removal) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long sequence;

    /** {@code resource} names it in messages, e.g. "sandbox indirect reseller 6f94b119-…". */
    public synchronized void register(Phase phase, String resource, Removal removal) {
        entries.add(new Entry(phase, sequence++, resource, removal));
    }

    /** Without a phase: removed after every phased entry, newest first. */
    public void register(String resource, Removal removal) {
        register(Phase.LAST, resource, removal);
    }

    /** Names of what is still registered, in the order they would be removed. */
    public synchronized List<String> outstanding() {
        return inRemovalOrder().stream().map(Entry::resource).toList();
    }

    /**
     * Removes everything, in removal order. A removal that fails does not stop the others; the
     * failures come back as one line each ("resource: reason"), empty when all went.
     */
    public List<String> removeAll() {
        List<Entry> toRemove;
        synchronized (this) {
            toRemove = inRemovalOrder();
            entries.clear();
        }
        List<String> failures = new ArrayList<>();
        for (Entry entry : toRemove) {
            try {
                entry.removal().remove();
            } catch (Exception | AssertionError e) {
                failures.add(entry.resource() + ": " + e.getMessage());
            }
        }
        return failures;
    }

    private List<Entry> inRemovalOrder() {
        return entries.stream()
                .sorted(Comparator.comparing(Entry::phase).thenComparing(Comparator.comparingLong(Entry::sequence).reversed()))
                .toList();
    }
}
