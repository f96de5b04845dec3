package org.partnersandbox.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Debian chromium package, run headless against a file: no network, no profile left behind
 * (a fresh user-data-dir per call). Found through CHROMIUM_BIN or on the PATH.
 */
final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Path binary;
    private final Path workDirectory;

    private HeadlessChromium(Path binary, Path workDirectory) {
        this.binary = binary;
        this.workDirectory = workDirectory;
    }

    static Optional<HeadlessChromium> find(Path workDirectory) {
        String configured = System.getenv("CHROMIUM_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(new HeadlessChromium(Path.of(configured), workDirectory));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .map(found -> new HeadlessChromium(found, workDirectory));
    }

    /** The DOM after the page has loaded and rendered. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        Path out = workDirectory.resolve("dom-" + System.nanoTime() + ".html");
        run(List.of("--dump-dom", page.toUri().toString()), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString()), workDirectory.resolve("screenshot.out"));
    }

    private void run(List<String> arguments, Path stdout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDirectory, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Path stderr = workDirectory.resolve("chromium-" + System.nanoTime() + ".err");
        Process chromium = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + command);
        }
        if (chromium.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + chromium.exitValue() + ": "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
    }
}
