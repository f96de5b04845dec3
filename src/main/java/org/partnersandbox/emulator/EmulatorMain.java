package org.partnersandbox.emulator;

import org.partnersandbox.emulator.ops.OperationalFlags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar partner-sandbox-emulator.jar [--port 8080] [--host 127.0.0.1] [--accounts FILE]
 * [--offers FILE] [--token-lifetime SECONDS] [--profile remote-sandbox ...]}: serves until stopped.
 */
public final class EmulatorMain {

    static final String USAGE = """
            Usage: java -jar partner-sandbox-emulator.jar [options]
              --port N              port to listen on (default 8080; 0 = any free port)
              --host H              interface to bind (default 127.0.0.1)
              --accounts FILE       seeded partner accounts (default config/emulator-accounts.json)
              --offers FILE         offer catalogue (default config/offers.json)
              --token-lifetime S    access token lifetime in seconds (default 3599)
              --training-run        start on a free port, make a few calls to itself, stop (mvn package runs it
                                    to record the AppCDS archive target/partner-sandbox-emulator.jsa)
            """ + OperationalFlags.USAGE
            + "  --help                this text";

    private static final String TRAINING_RUN = "--training-run";

    private EmulatorMain() {
    }

    /**
     * Jetty sizes its queues by the references in a cache line and, unless told, asks the HotSpot
     * diagnostic MBean whether oops are compressed: that starts the platform MBean server, about 0.1 s
     * of a cold start (issue 14). Compressed oops (4-byte references, 16 to a 64-byte line) are what
     * every heap under 32 GB gets; a value given on the command line wins.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    public static void main(String[] args) throws InterruptedException, IOException {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        boolean training = Arrays.asList(args).contains(TRAINING_RUN);
        EmulatorSettings settings;
        try {
            settings = parse(Arrays.stream(args).filter(a -> !a.equals(TRAINING_RUN)).toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println("emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (settings == null) {
            System.out.println(USAGE);
            return;
        }
        if (training) {
            TrainingRun.run(settings);
            return;
        }
        Emulator emulator;
        try {
            emulator = Emulator.start(settings);
        } catch (RuntimeException e) {
            System.err.println("emulator: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        System.out.println("Emulator listening on " + emulator.baseUrl());
        emulator.certificateFile().ifPresent(pem -> System.out.println(
                "HTTPS certificate (trust only this one): " + pem + "   e.g. curl --cacert " + pem + " " + emulator.baseUrl()));
        stopped.await();
    }

    /** The settings the flags ask for, or null when help was asked for. */
    static EmulatorSettings parse(String[] args) {
        EmulatorSettings settings = EmulatorSettings.defaults().withPort(8080);
        OperationalFlags operations = new OperationalFlags();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            settings = switch (flag) {
                case "--port" -> settings.withPort(number(flag, value, 0, 65535));
                case "--host" -> settings.withHost(value);
                case "--accounts" -> settings.withAccountsFile(existing(flag, value));
                case "--offers" -> settings.withOffersFile(existing(flag, value));
                case "--token-lifetime" -> settings.withTokenLifetime(Duration.ofSeconds(number(flag, value, 1, 86_400)));
                default -> {
                    if (!operations.accept(flag, value)) {
                        throw new IllegalArgumentException("unknown option " + flag);
                    }
                    yield settings;
                }
            };
        }
        return settings.withOperations(operations.settings());
    }

    private static int number(String flag, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + "; got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number; got '" + value + "'");
        }
    }

    private static Path existing(String flag, String value) {
        Path path = Path.of(value);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException(flag + ": no readable file at " + path.toAbsolutePath());
        }
        return path;
    }
}
