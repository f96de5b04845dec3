package org.partnersandbox.emulator.domain;

import java.time.Instant;

/**
 * A sandbox customer tenant. It belongs to the partner that created it ({@code ownerTenantId}); when
 * an indirect provider created it for one of its sandbox resellers, {@code associatedPartnerId} is
 * that reseller's tenant id. {@code sequence} orders customers for paging. {@code relationshipToPartner}
 * ("reseller" for every customer a sandbox partner adds, RR-02) and {@code allowDelegatedAccess}
 * (the reseller's delegated admin rights, IR-06) are set when the customer is created.
 */
public record Customer(String id, String commerceId, String ownerTenantId, String associatedPartnerId,
                       CustomerProfile profile, String billingProfileId, String billingEtag, String adminPassword,
                       long sequence, Instant created, String relationshipToPartner, boolean allowDelegatedAccess) {

    public boolean ownedBy(String tenantId) {
        return ownerTenantId.equalsIgnoreCase(tenantId);
    }

    public boolean associatedWith(String resellerTenantId) {
        return associatedPartnerId != null && associatedPartnerId.equalsIgnoreCase(resellerTenantId);
    }
}
