package org.partnersandbox.suite.client;

import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;

/**
 * How every HTTP call of a scenario is made: connect and read timeouts, how often a throttled
 * (429) or busy (503) answer is retried, and, only when the configuration names one, the single
 * certificate to trust instead of the JVM's trust store (a local emulator acting as a remote sandbox).
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxRetries, Duration maxRetryDelay,
                           Optional<KeyStore> trustOnly) {

    /** What the suite uses when nothing is configured: the same as the documented defaults in README. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(120), Optional.empty());
    }
}
