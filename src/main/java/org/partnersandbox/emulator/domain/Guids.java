package org.partnersandbox.emulator.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 GUIDs for ids and request ids: names, not secrets. {@link UUID#randomUUID()} draws
 * on one shared {@code SecureRandom} whose lock every request thread then queues on (the POST profile
 * in issue 14); secrets still come from {@link PartnerDirectory#secret()}.
 */
public final class Guids {

    private Guids() {
    }

    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE; // IETF variant
        return new UUID(high, low).toString();
    }
}
