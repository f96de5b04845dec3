package org.partnersandbox.emulator.domain;

/**
 * A partner tenant known to the emulator. {@code app} is null for indirect resellers, which sign in
 * through their provider's app; {@code providerTenantId} is set only for indirect resellers.
 */
public record PartnerAccount(PartnerRole role, String tenantId, String name, String partnerId, String country,
                             AppRegistration app, UserAccount user, String providerTenantId) {

    public boolean sandbox() {
        return role.sandbox();
    }

    public boolean is(PartnerRole other) {
        return role == other;
    }
}
