package org.partnersandbox.emulator.domain;

/** What a provider asks for when it creates a sandbox indirect reseller (IR-13): its PartnerID and its profile. */
public record NewIndirectReseller(String mpnId, SandboxResellerProfile profile) {
}
