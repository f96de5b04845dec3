package org.partnersandbox.emulator.domain;

import java.util.Arrays;
import java.util.Optional;

/** Subscription statuses the emulator uses (reference §7.2), as the wire spells them. */
public enum SubscriptionStatus {
    ACTIVE("active"), SUSPENDED("suspended"),
    /** The subscription of a cancelled order: kept for reading, no longer changeable (400 2011). */
    DELETED("deleted");

    private final String wireName;

    SubscriptionStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SubscriptionStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
