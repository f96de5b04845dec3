package org.partnersandbox.emulator.auth;

import org.partnersandbox.emulator.domain.PartnerAccount;

/** Who is calling: the partner tenant behind the bearer token, and whether a user signed in (App+User). */
public record Caller(PartnerAccount account, boolean appOnly, String userName) {

    public String tenantId() {
        return account.tenantId();
    }
}
