package org.partnersandbox.emulator.ops;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the emulator behaves on the wire. {@code plain}: HTTP, instant, unlimited, what the suite's
 * default run wants. {@code remote-sandbox}: HTTPS with a certificate made at start-up, latency,
 * eventual consistency and Partner Center's rate limit, so that the suite's live code path can be
 * proven offline against something that behaves like a remote service.
 */
public enum Profile {
    PLAIN("plain"),
    REMOTE_SANDBOX("remote-sandbox");

    private final String wireName;

    Profile(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Profile fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + name + "'; use one of "
                        + Arrays.stream(values()).map(Profile::wireName).collect(Collectors.joining(", "))));
    }
}
