package org.partnersandbox.emulator.auth;

/** The two token kinds of Partner Center authentication. */
public enum TokenKind {
    APP_ONLY("app"), APP_USER("user");

    private final String claim;

    TokenKind(String claim) {
        this.claim = claim;
    }

    /** The value of the token's {@code idtyp} claim, as Azure AD marks app-only tokens. */
    public String claim() {
        return claim;
    }
}
