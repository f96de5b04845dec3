package org.partnersandbox.emulator;

import java.nio.file.Path;
import java.time.Duration;

/** How an emulator instance is started: where it listens, which seed files it reads, how long tokens live. */
public record EmulatorSettings(String host, int port, Path accountsFile, Path offersFile, Duration tokenLifetime) {

    public static final Path DEFAULT_ACCOUNTS = Path.of("config", "emulator-accounts.json");
    public static final Path DEFAULT_OFFERS = Path.of("config", "offers.json");
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3599);

    /** Loopback, a random free port, the seed files under {@code config/}. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings("127.0.0.1", 0, DEFAULT_ACCOUNTS, DEFAULT_OFFERS, DEFAULT_TOKEN_LIFETIME);
    }

    public EmulatorSettings withPort(int newPort) {
        return new EmulatorSettings(host, newPort, accountsFile, offersFile, tokenLifetime);
    }

    public EmulatorSettings withHost(String newHost) {
        return new EmulatorSettings(newHost, port, accountsFile, offersFile, tokenLifetime);
    }

    public EmulatorSettings withAccountsFile(Path file) {
        return new EmulatorSettings(host, port, file, offersFile, tokenLifetime);
    }

    public EmulatorSettings withOffersFile(Path file) {
        return new EmulatorSettings(host, port, accountsFile, file, tokenLifetime);
    }

    public EmulatorSettings withTokenLifetime(Duration lifetime) {
        return new EmulatorSettings(host, port, accountsFile, offersFile, lifetime);
    }
}
