package org.partnersandbox.emulator.auth;

import org.partnersandbox.emulator.domain.UserAccount;

/**
 * What a verified token says: the tenant, the app, and for App+User the signed-in user and whether
 * that sign-in was multifactor (its {@code amr} claim holds {@code mfa}; X-05).
 */
public record AccessClaims(String tenantId, String appId, TokenKind kind, String userName, boolean multifactor) {

    public static AccessClaims appOnly(String tenantId, String appId) {
        return new AccessClaims(tenantId, appId, TokenKind.APP_ONLY, null, false);
    }

    public static AccessClaims appUser(String tenantId, String appId, UserAccount user) {
        return new AccessClaims(tenantId, appId, TokenKind.APP_USER, user.userName(), user.multifactor());
    }

    /** Azure AD's authentication methods: a password, and {@code mfa} when a second factor was given. */
    public java.util.List<String> amr() {
        return multifactor ? java.util.List.of("pwd", "mfa") : java.util.List.of("pwd");
    }
}
