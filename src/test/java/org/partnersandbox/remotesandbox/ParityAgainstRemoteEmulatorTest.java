package org.partnersandbox.remotesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnersandbox.suite.live.LiveSuiteMain;

/**
 * Parity snapshots end to end, without internet: the emulator in its remote-sandbox profile plays
 * the live sandbox and a live run records its answers (sandbox.parity.record); then the plain
 * emulator run compares with them. Recorded from an emulator that answers as the plain one, every
 * capability matches; recorded from one started with {@code --drift-extra-field}, the created
 * reseller's answer has one field more "live" and the compared run shows exactly that difference,
 * and fails with sandbox.parity.strict. The snapshots say they came from an emulator, never live,
 * and hold none of the run's secrets.
 */
class ParityAgainstRemoteEmulatorTest {

    private static final Path WORK = Path.of("target", "parity-check");
    private static final String TAGS = "@cap:IR-10 or @cap:IR-20";
    private static final String DRIFT = "parityProbe";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** First: it empties {@code WORK}, where the drifted one then starts. */
    @RegisterExtension
    @Order(1)
    static final RemoteEmulator plain = RemoteEmulator.forEachClass(WORK);
    @RegisterExtension
    @Order(2)
    static final RemoteEmulator drifted = RemoteEmulator.forEachClassIn(WORK.resolve("emulator-drift"), "--drift-extra-field", DRIFT);
    private static final List<String> SECRETS = new ArrayList<>();

    @Test
    void a_recording_without_the_change_matches_everywhere_and_one_with_it_shows_exactly_that_difference() throws Exception {
        Path sameDir = WORK.resolve("recorded-same");
        Path driftDir = WORK.resolve("recorded-drift");
        LiveRunProcess recordSame = LiveRunProcess.start(sameDir, TAGS, recording(plain, sameDir));
        LiveRunProcess recordDrift = LiveRunProcess.start(driftDir, TAGS, recording(drifted, driftDir));
        assertThat(recordSame.waitFor(180)).as("the recording run passes; its output:\n%s", recordSame.output()).isZero();
        assertThat(recordDrift.waitFor(180)).as("the drifted recording passes; its output:\n%s", recordDrift.output()).isZero();

        Path snapshot = sameDir.resolve("parity/indirect-resellers/create-indirect-reseller-in-sandbox.json");
        assertThat(snapshot).exists();
        assertThat(Files.readString(snapshot)).as("an emulator recording is labelled as such")
                .contains("\"source\" : \"emulator\"", "\"host\" : \"127.0.0.1\"", "\"target\" : \"live\"")
                .as("the created reseller's admin password").contains("\"password\" : \"<secret>\"")
                .doesNotContain("\"source\" : \"live\"");
        assertThat(Files.readString(driftDir.resolve("parity/indirect-resellers/create-indirect-reseller-in-sandbox.json")))
                .contains("\"" + DRIFT + "\"");
        assertNoSecretIn(sameDir.resolve("parity"));
        assertNoSecretIn(driftDir.resolve("parity"));

        Path matchesDir = WORK.resolve("compared-same");
        Path differsDir = WORK.resolve("compared-drift");
        Process matches = emulatorRun(matchesDir, sameDir.resolve("parity"), false);
        Process differs = emulatorRun(differsDir, driftDir.resolve("parity"), true);
        assertThat(ended(matches, matchesDir)).as("the compared run passes:\n%s", output(matchesDir)).isZero();
        assertThat(ended(differs, differsDir)).as("strict: the drift fails the run").isNotZero();

        Map<String, JsonNode> same = parityOf(matchesDir);
        assertThat(same).containsOnlyKeys("IR-10", "IR-20");
        same.values().forEach(parity -> assertThat(parity.path("label").asText())
                .startsWith("matches the emulator-recorded snapshot (recorded "));
        assertThat(report(matchesDir).path("parity").path("line").asText())
                .isEqualTo("Parity: 2 capabilities match their snapshots (emulator-recorded, not live), 0 differ, 0 without a live snapshot");

        // both capabilities' scenarios create a reseller: each shows that one difference and nothing else
        Map<String, JsonNode> drift = parityOf(differsDir);
        assertThat(drift).containsOnlyKeys("IR-10", "IR-20");
        drift.values().forEach(parity -> {
            assertThat(parity.path("status").asText()).isEqualTo("differs");
            assertThat(parity.path("differences")).extracting(JsonNode::asText)
                    .containsExactly("POST /v1/sandboxIndirectReseller $." + DRIFT);
            assertThat(parity.path("label").asText())
                    .isEqualTo("differs from the emulator-recorded snapshot: POST /v1/sandboxIndirectReseller $." + DRIFT);
        });
        assertThat(output(differsDir)).contains("[parity] the answers differ from the emulator-recorded snapshot",
                "POST /v1/sandboxIndirectReseller $." + DRIFT + ": snapshot string, here missing");
    }

    /** A live run's environment against {@code on}, recording into {@code runDir/parity}. */
    private static Map<String, String> recording(RemoteEmulator on, Path runDir) {
        JsonNode provider = on.provision("indirectProvider");
        Map<String, String> credentials = on.credentials(provider);
        SECRETS.add(credentials.get("SANDBOX_INDIRECTPROVIDER_CLIENTSECRET"));
        SECRETS.add(credentials.get("SANDBOX_INDIRECTPROVIDER_REFRESHTOKEN"));
        Map<String, String> env = new HashMap<>(LiveTargetAgainstRemoteEmulatorTest.target(on, runDir));
        env.putAll(credentials);
        env.put("LIVE_ALLOWEDTENANTS", provider.path("tenantId").asText());
        env.put("SANDBOX_PARITY_RECORD", "true");
        env.put("SANDBOX_PARITY_DIR", runDir.resolve("parity").toAbsolutePath().toString());
        return env;
    }

    /** The suite against its in-process emulator in a child JVM, comparing with the snapshots in {@code parity}. */
    private static Process emulatorRun(Path workDir, Path parity, boolean strict) throws IOException {
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(RemoteEmulator.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // as the pom starts the test JVM: faster for a short run
                "-Dsandbox.target=emulator",
                "-Dcucumber.filter.tags=" + TAGS,
                "-Dcucumber.plugin=org.partnersandbox.report.CapabilityReportPlugin",
                "-Dreport.dir=" + workDir.resolve("capability-report"),
                LiveSuiteMain.class.getName())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("output.log").toFile());
        Map<String, String> env = builder.environment();
        new HashMap<>(env).keySet().stream().filter(k -> k.startsWith("SANDBOX_") || k.startsWith("LIVE_")).forEach(env::remove);
        env.put("SANDBOX_PARITY_DIR", parity.toAbsolutePath().toString());
        env.put("SANDBOX_PARITY_STRICT", "" + strict);
        return builder.start();
    }

    private static int ended(Process process, Path workDir) throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the emulator run did not end within 120 s:\n" + output(workDir));
        }
        return process.exitValue();
    }

    private static String output(Path workDir) {
        try {
            return Files.readString(workDir.resolve("output.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode report(Path workDir) throws IOException {
        return JSON.readTree(workDir.resolve("capability-report/capabilities.json").toFile());
    }

    /** capabilities.json's parity field of every capability that has one, by id. */
    private static Map<String, JsonNode> parityOf(Path workDir) throws IOException {
        Map<String, JsonNode> parity = new HashMap<>();
        report(workDir).path("capabilities").forEach(c -> {
            if (c.has("parity")) {
                parity.put(c.path("id").asText(), c.path("parity"));
            }
        });
        return parity;
    }

    private static void assertNoSecretIn(Path dir) throws IOException {
        assertThat(SECRETS).hasSizeGreaterThanOrEqualTo(2);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                SECRETS.forEach(secret -> assertThat(text).as("%s holds no secret of the run", file).doesNotContain(secret));
                assertThat(text).as("%s holds no token", file).doesNotContain("eyJ");
            }
        }
    }
}
