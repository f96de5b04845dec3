package org.partnersandbox.emulator.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command-line flags of {@link OperationalSettings}. The profile gives the defaults and every
 * other flag overrides one of them, whatever the order on the command line.
 */
public final class OperationalFlags {

    public static final String USAGE = """
              --profile P           plain (default) or remote-sandbox: HTTPS, latency, visibility delay, throttling
              --latency-ms N        added to every /v1 and token call (remote-sandbox: 20)
              --visibility-delay-ms N  a created resource appears in lists only after N ms (remote-sandbox: 500)
              --throttle-per-minute N  429 after N /v1 calls per minute per partner tenant; 0 = off (remote-sandbox: 500)
              --certificate-out FILE   where the HTTPS certificate (PEM) is written (remote-sandbox: target/emulator-certificate.pem)
              --drift-extra-field NAME a deliberate difference from Partner Center: NAME added to the created reseller's answer
            """;

    private static final Set<String> FLAGS = Set.of("--profile", "--latency-ms", "--visibility-delay-ms",
            "--throttle-per-minute", "--certificate-out", "--drift-extra-field");

    private Profile profile = Profile.PLAIN;
    private final Map<String, String> overrides = new LinkedHashMap<>();

    /** Takes the flag if it is one of these; false when it is not. Values are checked at once. */
    public boolean accept(String flag, String value) {
        if (!FLAGS.contains(flag)) {
            return false;
        }
        switch (flag) {
            case "--profile" -> profile = Profile.fromWireName(value);
            case "--latency-ms", "--visibility-delay-ms" -> number(flag, value, 0, 60_000);
            case "--throttle-per-minute" -> number(flag, value, 0, 1_000_000);
            default -> { }
        }
        overrides.put(flag, value);
        return true;
    }

    public OperationalSettings settings() {
        OperationalSettings settings = OperationalSettings.of(profile);
        for (Map.Entry<String, String> flag : overrides.entrySet()) {
            String value = flag.getValue();
            settings = switch (flag.getKey()) {
                case "--latency-ms" -> settings.withLatency(Duration.ofMillis(Long.parseLong(value)));
                case "--visibility-delay-ms" -> settings.withVisibilityDelay(Duration.ofMillis(Long.parseLong(value)));
                case "--throttle-per-minute" -> settings.withThrottlePerMinute(Integer.parseInt(value));
                case "--certificate-out" -> settings.withCertificateOut(Path.of(value));
                case "--drift-extra-field" -> settings.withDriftExtraField(value);
                default -> settings;
            };
        }
        return settings;
    }

    private static void number(String flag, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number; got '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + "; got " + value);
        }
    }
}
