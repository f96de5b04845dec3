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
                           Optional<KeyStore> trustOnly, Duration firstBackoff) {

    /** The first wait of the exponential backoff when an answer gives no Retry-After. */
    public static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /** With the default first backoff ({@link #FIRST_BACKOFF}). */
    public HttpSettings(Duration connectTimeout, Duration readTimeout, int maxRetries, Duration maxRetryDelay,
                        Optional<KeyStore> trustOnly) {
        this(connectTimeout, readTimeout, maxRetries, maxRetryDelay, trustOnly, FIRST_BACKOFF);
    }

    /** What the suite uses when nothing is configured: the same as the documented defaults in README. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(120), Optional.empty());
    }

    /** The same, with another first backoff (sandbox.http.firstBackoffMillis). */
    public HttpSettings withFirstBackoff(Duration first) {
        return new HttpSettings(connectTimeout, readTimeout, maxRetries, maxRetryDelay, trustOnly, first);
    }
}
