package org.partnersandbox.emulator.auth;

import java.time.Instant;

/** A freshly signed token and when it stops being valid. */
public record IssuedToken(String value, Instant notBefore, Instant expiresOn) {
}
