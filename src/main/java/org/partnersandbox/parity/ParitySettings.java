package org.partnersandbox.parity;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The parity switches, from system properties first and the environment second (SmallRye's names,
 * as for every sandbox.* setting):
 * <pre>
 * sandbox.parity.record   SANDBOX_PARITY_RECORD   true: write this run's answers as the snapshots (a live run)
 * sandbox.parity.dir      SANDBOX_PARITY_DIR      the snapshot folder (default parity)
 * sandbox.parity.strict   SANDBOX_PARITY_STRICT   true: an undeclared difference fails its scenario (drift alarm)
 * </pre>
 * The declared differences are {@code declared-differences.json} in the snapshot folder.
 */
public record ParitySettings(boolean record, Path directory, boolean strict) {

    public static final String DECLARED_FILE = "declared-differences.json";

    public static ParitySettings fromSystem(Path workingDirectory) {
        return of(System::getProperty, System::getenv, workingDirectory);
    }

    public static ParitySettings of(Function<String, String> properties, Function<String, String> environment,
                                    Path workingDirectory) {
        Function<String, String> setting = key -> {
            String value = properties.apply(key);
            if (value == null || value.isBlank()) {
                value = environment.apply(key.toUpperCase(Locale.ROOT).replace('.', '_'));
            }
            return value == null || value.isBlank() ? null : value.strip();
        };
        String dir = setting.apply("sandbox.parity.dir");
        return new ParitySettings(Boolean.parseBoolean(setting.apply("sandbox.parity.record")),
                workingDirectory.resolve(dir == null ? "parity" : dir).toAbsolutePath().normalize(),
                Boolean.parseBoolean(setting.apply("sandbox.parity.strict")));
    }

    public SnapshotStore store() {
        return new SnapshotStore(directory);
    }

    public Path declaredFile() {
        return directory.resolve(DECLARED_FILE);
    }
}
