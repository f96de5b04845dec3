package org.partnersandbox.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How Partner Center writes an instant: UTC with seven fractional digits ({@code 2021-09-14T16:44:03.4609789Z}),
 * the .NET round-trip format, whatever precision the emulator's clock has.
 */
public final class WireTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private WireTime() {
    }

    public static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
