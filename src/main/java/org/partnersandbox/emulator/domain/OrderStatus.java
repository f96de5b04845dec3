package org.partnersandbox.emulator.domain;

/** The order statuses the emulator uses (reference §7.3), as the wire spells them. */
public enum OrderStatus {
    COMPLETED("completed"), CANCELLED("cancelled");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
