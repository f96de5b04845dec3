package org.partnersandbox.suite.client;

/** The token endpoint did not give a token. The message names account, kind and the (masked) answer. */
public final class TokenRequestRefused extends RuntimeException {

    public TokenRequestRefused(String message) {
        super(message);
    }
}
