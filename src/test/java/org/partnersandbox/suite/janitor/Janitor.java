package org.partnersandbox.suite.janitor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.PartnerRole;

/**
 * Removes what earlier live runs left behind: everything their ledgers list as created and not
 * removed, what their unanswered creates made (looked up by the name the intent line gives:
 * customers by domain or company name, indirect resellers by domain prefix), and, when asked,
 * everything whose name starts with a prefix. An indirect reseller goes only after its customers,
 * all of them as its provider lists them (a reseller a run created makes its customers that run's,
 * even those no ledger lists). In the order the API requires
 * ({@link RemovalOrder}): cancel the orders that are ended by cancelling (Azure RIs, software), suspend
 * the active subscriptions that are ended by suspending (seats), delete customers, delete indirect
 * resellers; each with the credentials of the role that created it, and never in a tenant that
 * live.allowedTenants does not declare a sandbox. Gone already (404) counts as removed. A failure is
 * one line, and the rest is still attempted. A live run calls it before its first scenario;
 * {@link org.partnersandbox.suite.live.JanitorMain} runs it alone.
 *
 * <p>One class per job: {@link LedgerCleanup} (the ledgers, with {@link IntentLookUp} for the
 * unanswered creates) and {@link PrefixSweep}; both end each resource through {@link Removals}, as
 * {@link OwnerCredentials} allow, and write what happened to a {@link JanitorPass}.
 */
public final class Janitor {

    /** What the janitor did: one line per resource removed, one per resource it could not remove. */
    public record Report(List<String> removed, List<String> failures) {
        public boolean clean() {
            return failures.isEmpty();
        }
    }

    private final OwnerCredentials owners;
    private final String runId;
    private final PrintStream out;
    private final Duration listLag;
    private final Duration pollInterval;

    /** For a sandbox whose lists are up to date at once (unit tests). */
    public Janitor(Function<PartnerRole, Optional<LeftoverRemoval>> removalAs, Predicate<String> declaredSandbox,
                   String runId, PrintStream out) {
        this(removalAs, declaredSandbox, runId, out, Duration.ZERO, Duration.ofMillis(100));
    }

    /**
     * @param removalAs       the calls as a role, empty when the role has no credentials here
     * @param declaredSandbox whether live.allowedTenants declares a tenant an integration sandbox
     * @param listLag         how long a creation may take to show in lists (sandbox.visibilityTimeoutSeconds): a
     *                        name looked up sooner after its intent, or a reseller's customers, are looked up
     *                        again until then before the janitor concludes
     */
    public Janitor(Function<PartnerRole, Optional<LeftoverRemoval>> removalAs, Predicate<String> declaredSandbox,
                   String runId, PrintStream out, Duration listLag, Duration pollInterval) {
        this.owners = new OwnerCredentials(removalAs, declaredSandbox);
        this.runId = runId;
        this.out = out;
        this.listLag = listLag;
        this.pollInterval = pollInterval;
    }

    /** Every earlier run's ledger under {@code ledgerDir}, except this run's own; all of them in one pass, in API order. */
    public Report cleanEarlierRuns(Path ledgerDir) {
        Removals removals = new Removals(listLag, pollInterval);
        IntentLookUp intents = new IntentLookUp(owners, runId, out, listLag, pollInterval);
        return new LedgerCleanup(owners, intents, removals, runId, out).cleanEarlierRuns(ledgerDir);
    }

    /**
     * Everything whose name starts with {@code prefix}, in no ledger: the customers of the indirect
     * provider and the direct-bill partner (Partner Center's company-name and domain search), each
     * emptied and deleted, then the provider's indirect resellers whose name (domain prefix) starts so.
     */
    public Report sweep(String prefix) {
        return new PrefixSweep(owners, new Removals(listLag, pollInterval), runId, out).sweep(prefix);
    }
}
