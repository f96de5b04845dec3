package org.partnersandbox.remotesandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.partnersandbox.suite.live.JanitorMain;
import org.partnersandbox.suite.live.LiveSuiteMain;

/**
 * A live run of the suite in a child JVM ({@link LiveSuiteMain}), configured the way a user
 * configures one: environment variables for credentials and settings, {@code -D} for the tag
 * filter. Its reports, ledger and output stay in its own folder under {@code target/live-check/}.
 */
public final class LiveRunProcess {

    private final Process process;
    private final Path output;

    private LiveRunProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** {@code environment}: the SANDBOX_ and LIVE_ variables of this run (any inherited ones are dropped). */
    public static LiveRunProcess start(Path workDir, String tags, Map<String, String> environment) {
        return start(workDir, tags, environment, List.of());
    }

    /** {@code jvmOptions}: more {@code -D} options, e.g. the kill test's {@link org.partnersandbox.suite.janitor.KillPoint}. */
    static LiveRunProcess start(Path workDir, String tags, Map<String, String> environment, List<String> jvmOptions) {
        List<String> command = new java.util.ArrayList<>(List.of("-Dsandbox.target=live",
                "-Dcucumber.filter.tags=" + tags,
                "-Dcucumber.plugin=org.partnersandbox.suite.console.ScenarioProgress, message:" + workDir.resolve("messages.ndjson") + ", junit:"
                        + workDir.resolve("junit.xml") + ", org.partnersandbox.report.CapabilityReportPlugin",
                "-Dreport.dir=" + workDir.resolve("capability-report")));
        command.addAll(jvmOptions);
        command.add(LiveSuiteMain.class.getName());
        return launch(workDir, command, environment);
    }

    /** {@link JanitorMain} alone, as a nightly job runs it first: same environment, {@code args} e.g. --sweep-prefix P. */
    static LiveRunProcess janitor(Path workDir, Map<String, String> environment, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(JanitorMain.class.getName()));
        command.addAll(List.of(args));
        return launch(workDir, command, environment);
    }

    private static LiveRunProcess launch(Path workDir, List<String> mainAndArgs, Map<String, String> environment) {
        try {
            Files.createDirectories(workDir);
            Path output = workDir.resolve("output.log");
            List<String> command = new java.util.ArrayList<>(List.of(RemoteEmulator.javaExecutable(),
                    "-cp", System.getProperty("java.class.path")));
            command.addAll(mainAndArgs);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> env = builder.environment();
            new HashMap<>(env).keySet().stream().filter(k -> k.startsWith("SANDBOX_") || k.startsWith("LIVE_")).forEach(env::remove);
            env.putAll(environment);
            return new LiveRunProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Process process() {
        return process;
    }

    /** Waits for the run to end; its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the live run did not end within " + seconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
