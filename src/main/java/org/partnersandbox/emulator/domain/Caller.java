package org.partnersandbox.emulator.domain;

/**
 * Who is calling: the partner tenant behind the bearer token, and whether a user signed in (App+User)
 * or only the app did (App-only), which some operations refuse ({@link AppUserOperation}).
 */
public record Caller(PartnerAccount account, boolean appOnly, String userName) {

    public String tenantId() {
        return account.tenantId();
    }
}
