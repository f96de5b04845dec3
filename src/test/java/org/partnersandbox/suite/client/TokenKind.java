package org.partnersandbox.suite.client;

/** The two kinds of Azure AD token Partner Center accepts. */
public enum TokenKind {
    /** Client credentials: the app alone. */
    APP_ONLY("App-only"),
    /** The app acting for a user (password or refresh-token grant here; MFA and consent on live). */
    APP_USER("App+User");

    private final String label;

    TokenKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
