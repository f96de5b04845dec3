package org.partnersandbox.suite.janitor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnersandbox.suite.client.LeftoverRemoval;

/** One janitor pass: what ended, what failed, and which ledger each leftover is written back to. */
final class JanitorPass {

    private final PrintStream out;
    private final String runId;
    final Map<LedgerEntry, RunLedger> ledgerOf = new LinkedHashMap<>();
    final List<String> removed = new ArrayList<>();
    final Map<String, String> failures = new LinkedHashMap<>();
    /** Resource keys ended by the pass, with or without a call of their own. */
    final Set<String> endedKeys = new HashSet<>();
    /** Subscriptions of orders cancelled in this pass: deleted with them. */
    final Set<String> endedAlong = new HashSet<>();
    final Set<String> handledOrders = new HashSet<>();
    final Set<String> handledSubscriptions = new LinkedHashSet<>();
    final Map<String, Deferred> suspendLater = new LinkedHashMap<>();
    /** Customers deleted (or found gone) in this pass. */
    final Set<String> deletedCustomers = new HashSet<>();
    /** Unanswered order creates: answered when their customer goes. */
    final Map<LedgerEntry, RunLedger> orderIntents = new LinkedHashMap<>();

    JanitorPass(PrintStream out, String runId) {
        this.out = out;
        this.runId = runId;
    }

    /** Whether {@code entry} ended in this pass, with or without a call of its own; the first time, it is written back. */
    boolean ended(LedgerEntry entry) {
        if (keyEnded(entry.resourceKey())) {
            if (endedKeys.add(entry.resourceKey())) {
                removed.add(entry.describe());
                out.println("janitor: removed " + entry.describe() + " (deleted with its cancelled order)");
                writeBack(entry);
            }
            return true;
        }
        return false;
    }

    boolean failedCustomer(String customerId) {
        return failures.containsKey(LedgerEntry.key(ResourceKind.CUSTOMER, null, customerId));
    }

    boolean keyEnded(String key) {
        return endedKeys.contains(key) || endedAlong.contains(key);
    }

    LedgerEntry ledgerEntry(ResourceKind kind, String customerId, String id) {
        String key = LedgerEntry.key(kind, customerId, id);
        return ledgerOf.keySet().stream().filter(e -> e.resourceKey().equals(key)).findFirst().orElse(null);
    }

    void deferOrder(String key, String what, LedgerEntry entry, LeftoverRemoval calls, String customerId,
                    List<String> subscriptions) {
        suspendLater.putIfAbsent(key, new Deferred(what, entry, calls, customerId, subscriptions));
    }

    void removed(String key, String what, LedgerEntry entry) {
        endedKeys.add(key);
        failures.remove(key);
        removed.add(what);
        out.println("janitor: removed " + what);
        if (entry != null) {
            writeBack(entry);
        }
    }

    void failed(String key, String what, String reason) {
        failures.put(key, what + ": " + reason);
        out.println("janitor: could not remove " + what + ": " + reason);
    }

    /** A deleted customer takes its orders and subscriptions: they leave the ledgers, and any failure on them is moot. */
    void customerGone(String customerId) {
        deletedCustomers.add(customerId);
        for (LedgerEntry entry : ledgerOf.keySet()) {
            if (customerId.equals(entry.customerId()) && endedKeys.add(entry.resourceKey())) {
                if (failures.remove(entry.resourceKey()) != null) {
                    out.println("janitor: removed " + entry.describe() + " (with its customer)");
                }
                writeBack(entry);
            }
        }
        suspendLater.values().removeIf(d -> d.customerId.equals(customerId));
    }

    /** An unanswered order create whose customer went in this pass went with it; any other stays open, one line. */
    void resolveOrderIntents() {
        orderIntents.forEach((intent, ledger) -> {
            if (deletedCustomers.contains(intent.customerId())
                    || ledger.wasRemoved(ResourceKind.CUSTOMER, null, intent.customerId())) {
                ledger.resolved(intent, "its customer " + intent.customerId() + " was deleted, with every order of it", runId);
                out.println("janitor: " + intent.describe() + ": gone with its customer");
            } else {
                failed(intent.intent(), intent.describe(), "its customer " + intent.customerId()
                        + " is in no ledger and was not deleted; look its orders up by hand");
            }
        });
    }

    private void writeBack(LedgerEntry entry) {
        RunLedger ledger = ledgerOf.get(entry);
        if (ledger != null) {
            ledger.removed(entry, runId);
        }
    }

    Janitor.Report report() {
        return new Janitor.Report(List.copyOf(removed), List.copyOf(failures.values()));
    }

    /** A seat order waiting for its subscriptions to be suspended. */
    static final class Deferred {
        final String what;
        final LedgerEntry entry;
        final LeftoverRemoval calls;
        final String customerId;
        final List<String> subscriptions;

        Deferred(String what, LedgerEntry entry, LeftoverRemoval calls, String customerId, List<String> subscriptions) {
            this.what = what;
            this.entry = entry;
            this.calls = calls;
            this.customerId = customerId;
            this.subscriptions = subscriptions;
        }
    }
}
