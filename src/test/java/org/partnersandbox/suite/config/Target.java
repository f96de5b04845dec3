package org.partnersandbox.suite.config;

import java.util.Arrays;
import java.util.Optional;

/** What the suite runs against: the bundled emulator or the live Partner Center integration sandbox. */
public enum Target {
    EMULATOR("emulator"),
    LIVE("live");

    private final String key;

    Target(String key) {
        this.key = key;
    }

    /** The value of {@code sandbox.target}, also the name of the file {@code config/<key>.properties}. */
    public String key() {
        return key;
    }

    static Optional<Target> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
