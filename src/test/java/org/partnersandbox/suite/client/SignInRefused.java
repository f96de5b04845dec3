package org.partnersandbox.suite.client;

/**
 * Azure AD gave no token. One line that names the role, the token kind and AAD's error code
 * (e.g. {@code invalid_client, AADSTS7000215}); never the secret, never a stack trace: it
 * stands for a wrong credential, and the trace would say nothing more.
 */
public final class SignInRefused extends RuntimeException {

    public SignInRefused(String message) {
        super(message, null, false, false);
    }
}
