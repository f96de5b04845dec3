package org.partnersandbox.suite.live;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.PartnerRole;

/**
 * Removes what earlier live runs left behind: everything their ledgers list as created and not
 * removed, and, when asked, everything whose name starts with a prefix. Always in the order the API
 * requires (orders, subscriptions, customers, indirect resellers), each with the credentials of the
 * role that created it. A live run calls it before its first scenario; {@link JanitorMain} runs it alone.
 */
public final class Janitor {

    /** What the janitor did: one line per resource removed, one per failure. */
    public record Report(List<String> removed, List<String> failures) {
        public boolean clean() {
            return failures.isEmpty();
        }
    }

    private final Function<PartnerRole, Optional<LeftoverRemoval>> removalAs;
    private final String runId;
    private final PrintStream out;

    /** {@code removalAs}: the calls as a role, empty when the role has no credentials here. */
    public Janitor(Function<PartnerRole, Optional<LeftoverRemoval>> removalAs, String runId, PrintStream out) {
        this.removalAs = removalAs;
        this.runId = runId;
        this.out = out;
    }

    /** Every earlier run's ledger under {@code ledgerDir}, except this run's own. */
    public Report cleanEarlierRuns(Path ledgerDir) {
        List<String> removed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (RunLedger ledger : RunLedger.open(ledgerDir)) {
            if (ledger.runId().equals(runId)) {
                continue;
            }
            List<LedgerEntry> leftovers = new ArrayList<>(ledger.outstanding());
            // newest first within a kind, kinds in removal order
            leftovers.sort(Comparator.comparing((LedgerEntry e) -> ResourceKind.byKey(e.kind())
                    .map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
            for (LedgerEntry entry : leftovers) {
                String what = entry.kind() + " " + entry.id() + (entry.name() == null ? "" : " (" + entry.name() + ")")
                        + " of run " + ledger.runId();
                String failure = remove(entry);
                if (failure == null) {
                    ledger.removed(entry, runId);
                    removed.add(what);
                    out.println("janitor: removed " + what);
                } else {
                    failures.add(what + ": " + failure);
                    out.println("janitor: could not remove " + what + ": " + failure);
                }
            }
            ledger.closeIfClean();
        }
        return new Report(removed, failures);
    }

    /** Everything whose name starts with {@code prefix}: the provider's indirect resellers, the sandbox roles' customers. */
    public Report sweep(String prefix) {
        List<String> removed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (PartnerRole role : List.of(PartnerRole.INDIRECT_RESELLER, PartnerRole.INDIRECT_PROVIDER, PartnerRole.DIRECT_BILL_PARTNER)) {
            Optional<LeftoverRemoval> removal = removalAs.apply(role);
            if (removal.isEmpty()) {
                continue;
            }
            for (String[] customer : removal.get().customersNamed(prefix)) {
                List<String> problems = new ArrayList<>(removal.get().emptyCustomer(customer[0]));
                String failure = problems.isEmpty() ? removal.get().deleteCustomer(customer[0]) : String.join("; ", problems);
                note("customer " + customer[0] + " (" + customer[1] + ") of " + role.key(), failure, removed, failures);
            }
        }
        removalAs.apply(PartnerRole.INDIRECT_PROVIDER).ifPresent(provider -> {
            for (String[] reseller : provider.indirectResellersNamed(prefix)) {
                note("sandboxIndirectReseller " + reseller[0] + " (" + reseller[1] + ")",
                        provider.deleteIndirectReseller(reseller[0]), removed, failures);
            }
        });
        return new Report(removed, failures);
    }

    private void note(String what, String failure, List<String> removed, List<String> failures) {
        if (failure == null) {
            removed.add(what);
            out.println("janitor: removed " + what);
        } else {
            failures.add(what + ": " + failure);
            out.println("janitor: could not remove " + what + ": " + failure);
        }
    }

    private String remove(LedgerEntry entry) {
        Optional<PartnerRole> owner = roleOf(entry.ownerRole());
        Optional<LeftoverRemoval> removal = owner.flatMap(removalAs);
        if (removal.isEmpty()) {
            return "no credentials for " + entry.ownerRole() + " in this run";
        }
        LeftoverRemoval calls = removal.get();
        return switch (ResourceKind.byKey(entry.kind()).orElse(ResourceKind.INDIRECT_RESELLER)) {
            case ORDER -> calls.cancelOrder(entry.customerId(), entry.id());
            case SUBSCRIPTION -> calls.suspendSubscription(entry.customerId(), entry.id());
            case CUSTOMER -> {
                List<String> problems = calls.emptyCustomer(entry.id());
                yield problems.isEmpty() ? calls.deleteCustomer(entry.id()) : String.join("; ", problems);
            }
            case INDIRECT_RESELLER -> calls.deleteIndirectReseller(entry.id());
        };
    }

    private static Optional<PartnerRole> roleOf(String key) {
        try {
            return Optional.of(PartnerRole.byKey(key));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
