package org.partnersandbox.emulator.domain;

import java.time.Instant;

/** A sandbox indirect reseller created by a sandbox indirect provider (seed 003). */
public record IndirectReseller(String accountId, String providerTenantId, String mpnId, SandboxResellerProfile profile,
                               String adminUserAccount, String adminPassword, String agreementId,
                               String agreementSignatureId, String signedByUserObjectId, Instant dateSigned) {
}
