package org.partnersandbox.emulator.auth;

/** A bearer or refresh token that is malformed, forged, expired or of the wrong type. */
public final class InvalidToken extends Exception {
    public InvalidToken(String reason) {
        super(reason, null, false, false);
    }
}
