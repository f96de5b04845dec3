package org.partnersandbox.suite.janitor;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.partnersandbox.suite.client.LeftoverRemoval;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.live.LiveSettings;

/**
 * The calls the janitor may make as a role: only with this run's credentials for it, and never in a
 * tenant that live.allowedTenants does not declare a sandbox.
 */
final class OwnerCredentials {

    private final Function<PartnerRole, Optional<LeftoverRemoval>> removalAs;
    private final Predicate<String> declaredSandbox;

    OwnerCredentials(Function<PartnerRole, Optional<LeftoverRemoval>> removalAs, Predicate<String> declaredSandbox) {
        this.removalAs = removalAs;
        this.declaredSandbox = declaredSandbox;
    }

    /** The calls as {@code role}, when this run has credentials for it in a declared sandbox. */
    Optional<LeftoverRemoval> inDeclaredSandbox(PartnerRole role) {
        return removalAs.apply(role).filter(r -> declaredSandbox.test(r.tenantId()));
    }

    /** The calls as the entry's owner, or empty with a failure line when it must not or cannot be touched. */
    Optional<LeftoverRemoval> callsFor(LedgerEntry entry, JanitorPass pass) {
        String owner = entry.ownerTenant();
        if (owner != null && !declaredSandbox.test(owner)) {
            pass.failed(entry.resourceKey(), entry.describe(), "not touched: its tenant " + owner + " is not in "
                    + LiveSettings.ALLOWED_TENANTS);
            return Optional.empty();
        }
        Optional<LeftoverRemoval> removal = roleOf(entry.ownerRole()).flatMap(removalAs);
        if (removal.isEmpty()) {
            pass.failed(entry.resourceKey(), entry.describe(), "no credentials for " + entry.ownerRole() + " in this run");
            return Optional.empty();
        }
        String tenant = removal.get().tenantId();
        if (!declaredSandbox.test(tenant) || (owner != null && !owner.equalsIgnoreCase(tenant))) {
            pass.failed(entry.resourceKey(), entry.describe(), "not touched: created in tenant " + owner + ", and this run's "
                    + entry.ownerRole() + " is tenant " + tenant);
            return Optional.empty();
        }
        return removal;
    }

    private static Optional<PartnerRole> roleOf(String key) {
        try {
            return Optional.of(PartnerRole.byKey(key));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }
}
