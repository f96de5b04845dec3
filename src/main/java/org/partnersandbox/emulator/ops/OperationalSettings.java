package org.partnersandbox.emulator.ops;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The emulator's operational behaviour: transport, latency, eventual consistency, throttling.
 * Start from {@link #of(Profile)} and override single values.
 *
 * @param https             serve HTTPS with a self-signed certificate made at start-up (else plain HTTP)
 * @param latency           added to every {@code /v1} and token call
 * @param visibilityDelay   how long a created resource stays out of list answers
 * @param throttleLimit     calls per {@code throttleWindow} and partner tenant before 429; 0 = no limit
 * @param throttleWindow    the sliding window of the limit (a minute; shorter only in tests)
 * @param certificateOut    where the PEM certificate is written when {@code https}; null = not written
 * @param driftExtraField   a field added to the answer that creates a sandbox indirect reseller; null = none.
 *                          A deliberate difference from Partner Center for the parity proof (README, "Parity with live")
 */
public record OperationalSettings(Profile profile, boolean https, Duration latency, Duration visibilityDelay,
                                  int throttleLimit, Duration throttleWindow, Path certificateOut,
                                  String driftExtraField) {

    public static final Duration REMOTE_LATENCY = Duration.ofMillis(20);
    public static final Duration REMOTE_VISIBILITY_DELAY = Duration.ofMillis(500);
    /** Partner Center's documented resource limit: 500 requests per minute per tenant (reference §5). */
    public static final int REMOTE_THROTTLE_PER_MINUTE = 500;
    public static final Path REMOTE_CERTIFICATE_OUT = Path.of("target", "emulator-certificate.pem");

    public OperationalSettings {
        if (latency.isNegative() || visibilityDelay.isNegative() || throttleLimit < 0
                || throttleWindow.isNegative() || throttleWindow.isZero()) {
            throw new IllegalArgumentException("operational settings must not be negative");
        }
    }

    public OperationalSettings(Profile profile, boolean https, Duration latency, Duration visibilityDelay,
                               int throttleLimit, Duration throttleWindow, Path certificateOut) {
        this(profile, https, latency, visibilityDelay, throttleLimit, throttleWindow, certificateOut, null);
    }

    /** The defaults of a profile. */
    public static OperationalSettings of(Profile profile) {
        return switch (profile) {
            case PLAIN -> new OperationalSettings(profile, false, Duration.ZERO, Duration.ZERO, 0,
                    Duration.ofMinutes(1), null);
            case REMOTE_SANDBOX -> new OperationalSettings(profile, true, REMOTE_LATENCY, REMOTE_VISIBILITY_DELAY,
                    REMOTE_THROTTLE_PER_MINUTE, Duration.ofMinutes(1), REMOTE_CERTIFICATE_OUT);
        };
    }

    public static OperationalSettings plain() {
        return of(Profile.PLAIN);
    }

    public OperationalSettings withLatency(Duration value) {
        return new OperationalSettings(profile, https, value, visibilityDelay, throttleLimit, throttleWindow,
                certificateOut, driftExtraField);
    }

    public OperationalSettings withVisibilityDelay(Duration value) {
        return new OperationalSettings(profile, https, latency, value, throttleLimit, throttleWindow,
                certificateOut, driftExtraField);
    }

    /** At most {@code limit} calls per partner tenant in any {@code window}; 0 turns throttling off. */
    public OperationalSettings withThrottle(int limit, Duration window) {
        return new OperationalSettings(profile, https, latency, visibilityDelay, limit, window,
                certificateOut, driftExtraField);
    }

    public OperationalSettings withThrottlePerMinute(int limit) {
        return withThrottle(limit, Duration.ofMinutes(1));
    }

    public OperationalSettings withDriftExtraField(String field) {
        return new OperationalSettings(profile, https, latency, visibilityDelay, throttleLimit, throttleWindow,
                certificateOut, field);
    }

    public OperationalSettings withCertificateOut(Path file) {
        return new OperationalSettings(profile, https, latency, visibilityDelay, throttleLimit,
                throttleWindow, file, driftExtraField);
    }
}
