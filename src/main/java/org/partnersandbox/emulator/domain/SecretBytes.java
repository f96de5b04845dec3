package org.partnersandbox.emulator.domain;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes for secrets (passwords, client secrets, refresh tokens), from a DRBG of each thread's
 * own. One shared {@code SecureRandom} (NativePRNG) has one lock, and every customer create queued on
 * it under its partner's lock (issue 14's POST profile: the second most contended lock); a DRBG
 * instance, seeded from the system's entropy, locks only itself.
 */
public final class SecretBytes {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every Java runtime since 9", e);
        }
    });

    private SecretBytes() {
    }

    public static byte[] of(int length) {
        byte[] bytes = new byte[length];
        RANDOM.get().nextBytes(bytes);
        return bytes;
    }
}
