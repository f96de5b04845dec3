package org.partnersandbox.emulator.domain;

import java.util.List;

/** What the emulator starts from (and returns to on reset): partner accounts and known PartnerIDs. */
public record SeedData(List<PartnerAccount> accounts, PartnerIdRegistry partnerIds) {
}
