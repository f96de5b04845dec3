package org.partnersandbox.suite.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a scenario created, so that it can be removed afterwards, even when the scenario failed.
 * Removal runs newest first: what was created last may depend on what was created before it
 * (a customer of a reseller goes before the reseller).
 */
public final class ResourceLedger {

    /** How to remove one resource; it must treat "already gone" as done. */
    @FunctionalInterface
    public interface Removal {
        void remove() throws Exception;
    }

    private record Entry(String resource, Removal removal) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** {@code resource} names it in messages, e.g. "sandbox indirect reseller 6f94b119-…". */
    public void register(String resource, Removal removal) {
        entries.push(new Entry(resource, removal));
    }

    /** Names of what is still registered, newest first. */
    public List<String> outstanding() {
        return entries.stream().map(Entry::resource).toList();
    }

    /**
     * Removes everything, newest first. A removal that fails does not stop the others; the
     * failures come back as one line each ("resource: reason"), empty when all went.
     */
    public List<String> removeAll() {
        List<String> failures = new ArrayList<>();
        while (!entries.isEmpty()) {
            Entry entry = entries.pop();
            try {
                entry.removal().remove();
            } catch (Exception | AssertionError e) {
                failures.add(entry.resource() + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
