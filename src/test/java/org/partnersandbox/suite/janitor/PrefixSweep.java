package org.partnersandbox.suite.janitor;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.PartnerRole;

/** Removes, when asked, what no ledger lists: everything whose name starts with a prefix. */
final class PrefixSweep {

    private final OwnerCredentials owners;
    private final Removals removals;
    private final String runId;
    private final PrintStream out;

    PrefixSweep(OwnerCredentials owners, Removals removals, String runId, PrintStream out) {
        this.owners = owners;
        this.removals = removals;
        this.runId = runId;
        this.out = out;
    }

    /**
     * Everything whose name starts with {@code prefix}, in no ledger: the customers of the indirect
     * provider and the direct-bill partner (Partner Center's company-name and domain search), each
     * emptied and deleted, then the provider's indirect resellers whose name (domain prefix) starts so.
     */
    Janitor.Report sweep(String prefix) {
        JanitorPass pass = new JanitorPass(out, runId);
        for (PartnerRole role : List.of(PartnerRole.INDIRECT_PROVIDER, PartnerRole.DIRECT_BILL_PARTNER)) {
            Optional<LeftoverRemoval> removal = owners.inDeclaredSandbox(role);
            if (removal.isEmpty()) {
                continue;
            }
            try {
                for (String[] customer : removal.get().customersNamed(prefix)) {
                    try {
                        removals.deleteCustomer(pass, removal.get(), customer[0], "customer " + customer[0] + " (" + customer[1] + ") of "
                                + role.key(), null);
                    } catch (LeftoverRemoval.Refused refused) {
                        pass.failed("customer/" + customer[0], "customer " + customer[0] + " (" + customer[1] + ")", refused.getMessage());
                    }
                }
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed("search/" + role.key(), "the customers of " + role.key() + " named " + prefix + "…", refused.getMessage());
            }
        }
        owners.inDeclaredSandbox(PartnerRole.INDIRECT_PROVIDER).ifPresent(provider -> {
            try {
                for (String[] reseller : provider.indirectResellersNamed(prefix)) {
                    String what = ResourceKind.INDIRECT_RESELLER.key() + " " + reseller[0] + " (" + reseller[1] + ")";
                    try {
                        removals.deleteReseller(pass, provider, reseller[0], what, null);
                    } catch (LeftoverRemoval.Refused refused) {
                        pass.failed(what, what, refused.getMessage());
                    }
                }
            } catch (LeftoverRemoval.Refused refused) {
                pass.failed("search/resellers", "the indirect resellers named " + prefix + "…", refused.getMessage());
            }
        });
        return pass.report();
    }
}
