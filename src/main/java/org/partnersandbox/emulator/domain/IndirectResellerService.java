package org.partnersandbox.emulator.domain;

import java.util.function.Supplier;

/**
 * The Partner Center operations on sandbox indirect resellers (IR-11..IR-29), each one method: first
 * who may call (a sandbox indirect provider, IP-08/IR-26, signed in as a user, IR-14/IR-27), then the
 * request, then the sandbox's rules under the whole sandbox's lock ({@link Sandbox#atomically}): a
 * reseller is also an account every partner's calls may name.
 */
public final class IndirectResellerService {

    private final Sandbox sandbox;
    private final IndirectResellerRegistry resellers;

    public IndirectResellerService(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.resellers = sandbox.resellers();
    }

    /**
     * IR-01..IR-03, IR-11..IR-15: 401 6002 and 403 900329 before the {@code request} is read (its 400s come
     * after), then the registry's rules (PartnerID, the five-reseller slot, the domain prefix). Made at
     * most {@code once} per request.
     */
    public <A> A create(Caller caller, Supplier<NewIndirectReseller> request, AtMostOnce<IndirectReseller, A> once) {
        admit(caller, AppUserOperation.CREATE_INDIRECT_RESELLER);
        NewIndirectReseller wanted = request.get();
        return sandbox.atomically(() -> once.create(() -> resellers.create(caller.account(), wanted.mpnId(), wanted.profile())));
    }

    /**
     * IR-21..IR-27: deletes the caller's reseller {@code resellerId} (read once the caller is admitted), only
     * once it has no customers (IR-23, IR-24: 403 6003, nothing changes). One this provider deleted before
     * answers as the first delete did (IR-21); one it never had is 404 60003. The delete and the forgetting
     * of what was remembered about the reseller (its create answer holds {@code tenant.password}) happen
     * under one lock, so that no replay answers between them.
     */
    public void delete(Caller caller, Supplier<String> resellerId) {
        admit(caller, AppUserOperation.DELETE_INDIRECT_RESELLER);
        String id = resellerId.get();
        sandbox.atomically(() -> {
            IndirectReseller reseller = resellers.find(id)
                    .filter(r -> r.providerTenantId().equalsIgnoreCase(caller.tenantId()))
                    .orElse(null);
            if (reseller == null) {
                if (resellers.wasDeletedBy(caller.tenantId(), id)) {
                    return null;
                }
                throw Refusal.notFound(60003, "Sandbox indirect reseller " + id + " was not found for this provider.");
            }
            sandbox.customers().requireResellerDeletable(reseller);
            resellers.delete(reseller);
            sandbox.resourceDeleted();
            return null;
        });
    }

    public boolean exists(String accountId) {
        return resellers.find(accountId).isPresent();
    }

    /** IP-08/IR-26 then IR-14/IR-27: a sandbox indirect provider, signed in as a user. */
    private void admit(Caller caller, AppUserOperation operation) {
        sandbox.rules().requireSandboxIndirectProvider(caller.account());
        sandbox.rules().requireAppUser(operation, caller.appOnly());
    }
}
