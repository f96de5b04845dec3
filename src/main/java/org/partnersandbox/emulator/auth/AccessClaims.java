package org.partnersandbox.emulator.auth;

/** What a verified token says: the tenant, the app, and for App+User the signed-in user. */
public record AccessClaims(String tenantId, String appId, TokenKind kind, String userName) {
}
