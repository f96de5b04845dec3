package org.partnersandbox.emulator.auth;

import org.partnersandbox.emulator.domain.PartnerAccount;
import org.partnersandbox.emulator.domain.Refusal;

/** Who is calling: the partner tenant behind the bearer token, and whether a user signed in (App+User). */
public record Caller(PartnerAccount account, boolean appOnly, String userName) {

    /** IR-14, IR-27 and the App+User-only pages: refuse an App-only token with 403 900329. */
    public Caller requireAppUser() {
        if (appOnly) {
            throw Refusal.appOnlyNotSupported();
        }
        return this;
    }

    public String tenantId() {
        return account.tenantId();
    }
}
