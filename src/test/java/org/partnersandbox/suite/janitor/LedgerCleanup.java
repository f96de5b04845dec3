package org.partnersandbox.suite.janitor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.partnersandbox.suite.client.LeftoverRemoval;

/**
 * Removes what earlier live runs' ledgers list as created and not removed, and what their unanswered
 * creates made ({@link IntentLookUp}), each with the credentials of the role that created it
 * ({@link OwnerCredentials}), in the order the API requires ({@link Removals}). A ledger whose
 * every entry is answered is closed.
 */
final class LedgerCleanup {

    private final OwnerCredentials owners;
    private final IntentLookUp intents;
    private final Removals removals;
    private final String runId;
    private final PrintStream out;

    LedgerCleanup(OwnerCredentials owners, IntentLookUp intents, Removals removals, String runId, PrintStream out) {
        this.owners = owners;
        this.intents = intents;
        this.removals = removals;
        this.runId = runId;
        this.out = out;
    }

    /** Every earlier run's ledger under {@code ledgerDir}, except this run's own; all of them in one pass, in API order. */
    Janitor.Report cleanEarlierRuns(Path ledgerDir) {
        JanitorPass pass = new JanitorPass(out, runId);
        List<RunLedger> ledgers = RunLedger.open(ledgerDir).stream().filter(l -> !l.runId().equals(runId)).toList();
        for (RunLedger ledger : ledgers) {
            ledger.outstanding().forEach(entry -> pass.ledgerOf.put(entry, ledger));
        }
        intents.resolveIntents(pass, ledgers);
        List<LedgerEntry> leftovers = RemovalOrder.inApiOrder(pass.ledgerOf.keySet());
        for (LedgerEntry entry : leftovers) {
            if (RemovalOrder.stage(entry) > ResourceKind.SUBSCRIPTION.ordinal()) {
                removals.suspendDeferred(pass); // seat orders end with their subscriptions: before any customer goes
            }
            if (pass.ended(entry)) {
                continue;
            }
            Optional<LeftoverRemoval> calls = owners.callsFor(entry, pass);
            if (calls.isEmpty()) {
                continue;
            }
            Optional<ResourceKind> kind = ResourceKind.byKey(entry.kind());
            if (kind.isEmpty()) {
                pass.failed(entry.resourceKey(), entry.describe(), "unknown kind '" + entry.kind() + "'");
                continue;
            }
            try {
                switch (kind.get()) {
                    case ORDER -> removals.endOrder(pass, calls.get(), entry);
                    case SUBSCRIPTION -> removals.endSubscription(pass, calls.get(), entry.customerId(), entry.id(), entry);
                    case CUSTOMER -> removals.deleteCustomer(pass, calls.get(), entry.id(), entry.describe(), entry);
                    case INDIRECT_RESELLER -> removals.deleteReseller(pass, calls.get(), entry.id(), entry.describe(), entry);
                }
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed(entry.resourceKey(), entry.describe(), refused.getMessage());
            }
        }
        removals.suspendDeferred(pass);
        pass.resolveOrderIntents();
        for (LedgerEntry entry : leftovers) {
            if (!pass.ended(entry) && !pass.failures.containsKey(entry.resourceKey())) {
                pass.failed(entry.resourceKey(), entry.describe(), "still there after the janitor's pass ("
                        + (ResourceKind.ORDER.key().equals(entry.kind()) ? "its subscriptions or its customer could not be removed"
                        : "its order or its customer could not be removed") + ")");
            }
        }
        ledgers.forEach(RunLedger::closeIfClean);
        return pass.report();
    }
}
