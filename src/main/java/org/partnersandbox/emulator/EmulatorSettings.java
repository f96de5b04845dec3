package org.partnersandbox.emulator;

import java.nio.file.Path;

/** How an emulator instance is started: where it listens and which seed files it reads. */
public record EmulatorSettings(String host, int port, Path accountsFile, Path offersFile) {

    public static final Path DEFAULT_ACCOUNTS = Path.of("config", "emulator-accounts.json");
    public static final Path DEFAULT_OFFERS = Path.of("config", "offers.json");

    /** Loopback, a random free port, the seed files under {@code config/}. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings("127.0.0.1", 0, DEFAULT_ACCOUNTS, DEFAULT_OFFERS);
    }

    public EmulatorSettings withPort(int newPort) {
        return new EmulatorSettings(host, newPort, accountsFile, offersFile);
    }
}
