package org.partnersandbox.emulator;

import org.partnersandbox.emulator.ops.OperationalSettings;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an emulator instance is started: where it listens, which seed files it reads, how long tokens
 * live, and how it behaves on the wire ({@link OperationalSettings}: profile, HTTPS, latency, ...).
 */
public record EmulatorSettings(String host, int port, Path accountsFile, Path offersFile, Duration tokenLifetime,
                               OperationalSettings operations) {

    public static final Path DEFAULT_ACCOUNTS = Path.of("config", "emulator-accounts.json");
    public static final Path DEFAULT_OFFERS = Path.of("config", "offers.json");
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3599);

    /** The {@code plain} profile: HTTP, no latency, no visibility delay, no throttling. */
    public EmulatorSettings(String host, int port, Path accountsFile, Path offersFile, Duration tokenLifetime) {
        this(host, port, accountsFile, offersFile, tokenLifetime, OperationalSettings.plain());
    }

    /** Loopback, a random free port, the seed files under {@code config/}, the {@code plain} profile. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings("127.0.0.1", 0, DEFAULT_ACCOUNTS, DEFAULT_OFFERS, DEFAULT_TOKEN_LIFETIME);
    }

    public EmulatorSettings withPort(int newPort) {
        return new EmulatorSettings(host, newPort, accountsFile, offersFile, tokenLifetime, operations);
    }

    public EmulatorSettings withHost(String newHost) {
        return new EmulatorSettings(newHost, port, accountsFile, offersFile, tokenLifetime, operations);
    }

    public EmulatorSettings withAccountsFile(Path file) {
        return new EmulatorSettings(host, port, file, offersFile, tokenLifetime, operations);
    }

    public EmulatorSettings withOffersFile(Path file) {
        return new EmulatorSettings(host, port, accountsFile, file, tokenLifetime, operations);
    }

    public EmulatorSettings withTokenLifetime(Duration lifetime) {
        return new EmulatorSettings(host, port, accountsFile, offersFile, lifetime, operations);
    }

    /** e.g. {@code withOperations(OperationalSettings.of(Profile.REMOTE_SANDBOX).withLatency(Duration.ZERO))} */
    public EmulatorSettings withOperations(OperationalSettings newOperations) {
        return new EmulatorSettings(host, port, accountsFile, offersFile, tokenLifetime, newOperations);
    }
}
