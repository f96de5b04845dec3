package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Sandbox indirect resellers: created and deleted by their indirect provider (seeds 002 and 003). */
public final class IndirectResellerRegistry implements Resettable {

    private final ResourceStore<IndirectReseller> resellers = new ResourceStore<>();
    /** Resellers deleted so far, by "provider/reseller": a repeated delete answers as the first did (IR-21). */
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final PartnerDirectory partners;
    private final SandboxRules rules;
    private final Clock clock;

    public IndirectResellerRegistry(PartnerDirectory partners, SandboxRules rules, Clock clock) {
        this.partners = partners;
        this.rules = rules;
        this.clock = clock;
    }

    /** Call under the sandbox lock: checks the quota and the domain prefix, then creates. */
    public IndirectReseller create(PartnerAccount provider, String mpnId, SandboxResellerProfile profile) {
        rules.requireSandboxPartnerIdFor(mpnId, profile.country());
        rules.requireResellerSlot(ofProvider(provider.tenantId()), deletedBy(provider.tenantId()));
        rules.requireFreeDomainPrefix(profile.domainPrefix(), resellers.all());

        String accountId = UUID.randomUUID().toString();
        String adminUserAccount = profile.adminUserName() + "@" + profile.domainPrefix() + ".onmicrosoft.com";
        String password = PartnerDirectory.secret();
        IndirectReseller reseller = new IndirectReseller(accountId, provider.tenantId(), mpnId, profile,
                adminUserAccount, password, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                provider.user().objectId(), clock.instant());
        resellers.put(accountId, reseller);
        partners.add(new PartnerAccount(PartnerRole.INDIRECT_RESELLER, accountId, profile.name(), mpnId,
                profile.country(), null, new UserAccount(adminUserAccount, password, UUID.randomUUID().toString(), true),
                provider.tenantId()));
        return reseller;
    }

    public Optional<IndirectReseller> find(String accountId) {
        return resellers.find(accountId);
    }

    public List<IndirectReseller> ofProvider(String providerTenantId) {
        return resellers.where(r -> r.providerTenantId().equalsIgnoreCase(providerTenantId));
    }

    /** A reseller the provider deleted earlier: a repeated delete succeeds again. */
    public boolean wasDeletedBy(String providerTenantId, String accountId) {
        return deleted.contains(tombstone(providerTenantId, accountId)) && !rules.broken(Mutant.REPEATED_DELETE_NOT_FOUND);
    }

    /** How many resellers the provider has deleted. */
    private long deletedBy(String providerTenantId) {
        String prefix = (providerTenantId + "/").toLowerCase(Locale.ROOT);
        return deleted.stream().filter(tombstone -> tombstone.startsWith(prefix)).count();
    }

    /** Call under the sandbox lock, after the prerequisites were checked. */
    public void delete(IndirectReseller reseller) {
        resellers.remove(reseller.accountId());
        partners.remove(reseller.accountId());
        deleted.add(tombstone(reseller.providerTenantId(), reseller.accountId()));
    }

    public List<IndirectReseller> all() {
        return List.copyOf(resellers.all());
    }

    @Override
    public void reset() {
        resellers.reset();
        deleted.clear();
    }

    private static String tombstone(String providerTenantId, String accountId) {
        return (providerTenantId + "/" + accountId).toLowerCase(Locale.ROOT);
    }
}
