package org.partnersandbox.suite.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnersandbox.suite.janitor.ResourceKind;

/**
 * What a scenario created, so that it can be removed afterwards, even when the scenario failed.
 * Removal runs kind by kind, in the API's order ({@link ResourceKind}, the one the janitor follows
 * too: cancel orders, suspend subscriptions, delete customers, delete indirect resellers), and within
 * a kind newest first.
 */
public final class ScenarioCleanup {

    /** How to remove one resource; it must treat "already gone" as done. */
    @FunctionalInterface
    public interface Removal {
        void remove() throws Exception;
    }

    /** {@code stage}: the kind's place in the API's order; entries without a kind go last. */
    private record Entry(int stage, long sequence, String resource, Removal removal) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long sequence;

    /** {@code resource} names it in messages, e.g. "sandbox indirect reseller 6f94b119-…". */
    public void register(ResourceKind kind, String resource, Removal removal) {
        add(kind.ordinal(), resource, removal);
    }

    /** Without a kind: removed after every other entry, newest first. */
    public void register(String resource, Removal removal) {
        add(Integer.MAX_VALUE, resource, removal);
    }

    private synchronized void add(int stage, String resource, Removal removal) {
        entries.add(new Entry(stage, sequence++, resource, removal));
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
                .sorted(Comparator.comparingInt(Entry::stage).thenComparing(Comparator.comparingLong(Entry::sequence).reversed()))
                .toList();
    }
}
