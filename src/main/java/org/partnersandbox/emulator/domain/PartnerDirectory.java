package org.partnersandbox.emulator.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every partner tenant the emulator knows: seeded accounts, accounts provisioned through the admin
 * API (one per scenario, for isolation), and indirect resellers created through the API.
 */
public final class PartnerDirectory implements Resettable {

    private final ResourceStore<PartnerAccount> accounts;
    private final PartnerIdRegistry seededIds;
    private final Map<String, String> sandboxIds = new ConcurrentHashMap<>();
    private final Map<String, String> productionIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextPartnerId = new AtomicInteger(7100000);

    public PartnerDirectory(SeedData seed) {
        Map<String, PartnerAccount> byTenant = new HashMap<>();
        seed.accounts().forEach(a -> byTenant.put(a.tenantId(), a));
        this.accounts = new ResourceStore<>(byTenant);
        this.seededIds = seed.partnerIds();
        reset();
    }

    public Optional<PartnerAccount> find(String tenantId) {
        return accounts.find(tenantId);
    }

    public Collection<PartnerAccount> all() {
        return accounts.all();
    }

    /** Known PartnerIDs, seeded and provisioned: read by {@link SandboxRules}. */
    public PartnerIdRegistry partnerIds() {
        return new PartnerIdRegistry(Map.copyOf(sandboxIds), Map.copyOf(productionIds));
    }

    /** A fresh account of {@code role} whose user signs in with a second factor. */
    public PartnerAccount provision(PartnerRole role) {
        return provision(role, true);
    }

    /**
     * A fresh account of {@code role} with its own tenant, PartnerID, app and user; the user signs in
     * with a second factor unless {@code multifactor} is false (X-05).
     */
    public PartnerAccount provision(PartnerRole role, boolean multifactor) {
        if (role == PartnerRole.INDIRECT_RESELLER) {
            throw Refusal.badInput("Indirect resellers are created by an indirect provider through the API, not provisioned.");
        }
        String tenantId = UUID.randomUUID().toString();
        String suffix = tenantId.substring(0, 8);
        String partnerId = String.valueOf(nextPartnerId.getAndIncrement());
        String domain = role.wireName().toLowerCase(java.util.Locale.ROOT) + suffix + ".onmicrosoft.com";
        PartnerAccount account = new PartnerAccount(role, tenantId, displayName(role) + " " + suffix, partnerId, "US",
                new AppRegistration(UUID.randomUUID().toString(), secret()),
                new UserAccount("admin@" + domain, secret(), UUID.randomUUID().toString(), multifactor), null);
        (role.sandbox() ? sandboxIds : productionIds).put(partnerId, account.country());
        accounts.put(tenantId, account);
        return account;
    }

    public void add(PartnerAccount account) {
        accounts.put(account.tenantId(), account);
    }

    public void remove(String tenantId) {
        accounts.remove(tenantId);
    }

    /** A random secret of the kind Azure AD hands out; never logged. */
    public static String secret() {
        return "Sx" + HexFormat.of().formatHex(SecretBytes.of(18)) + "~9";
    }

    @Override
    public void reset() {
        accounts.reset();
        sandboxIds.clear();
        productionIds.clear();
        sandboxIds.putAll(seededIds.sandboxIdCountries());
        productionIds.putAll(seededIds.productionIdCountries());
        accounts.all().forEach(a -> (a.sandbox() ? sandboxIds : productionIds).putIfAbsent(a.partnerId(), a.country()));
    }

    private static String displayName(PartnerRole role) {
        return switch (role) {
            case INDIRECT_PROVIDER -> "Sandbox Indirect Provider";
            case DIRECT_BILL_PARTNER -> "Sandbox Direct Bill Partner";
            case PRODUCTION_ACCOUNT -> "Production Indirect Provider";
            case INDIRECT_RESELLER -> "Sandbox Indirect Reseller";
        };
    }
}
