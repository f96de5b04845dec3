package org.partnersandbox.remotesandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnersandbox.suite.config.TargetParallelism;

/**
 * The whole default-tag suite on the live target, against the emulator as a remote sandbox that
 * lags and throttles as the real one does: every listing sees a new resource only
 * {@value #LAG_MS} ms after it was made, and each partner tenant gets {@value #CALLS_PER_MINUTE}
 * calls a minute. No scenario may fail, serial or as many at a time as the live default; the not-run ones must be not-run
 * for a reason a real tenant would also give.
 */
class WholeSuiteOnLaggingSandboxTest {

    static final int LAG_MS = 2000;
    static final int CALLS_PER_MINUTE = 500;
    private static final Path WORK = Path.of("target", "live-whole");
    private static final String DEFAULT_TAGS = "not @production-only and not @superseded";
    /** Not-run reasons a real tenant would give too: what the live target cannot do, not what went wrong. */
    private static final List<String> REASONS_A_TENANT_SHARES = List.of(
            "signing in as a sandbox indirect reseller created during the run",
            "@emulator-only",
            "an expired token can only be minted by the emulator",
            "an account whose user signs in without a second factor exists only in the emulator",
            "no target gives the suite",
            // the suite's own guard: it never writes as an account that is not a declared sandbox
            "refused before sending");

    @RegisterExtension
    static final RemoteEmulator emulator = RemoteEmulator.forEachClassIn(WORK.resolve("emulator"), "--latency-ms", "20",
            "--visibility-delay-ms", String.valueOf(LAG_MS), "--throttle-per-minute", String.valueOf(CALLS_PER_MINUTE));


    @ParameterizedTest(name = "{0} scenario(s) at once")
    @ValueSource(ints = {1, TargetParallelism.LIVE_DEFAULT})
    void every_scenario_passes_or_is_not_run_for_a_reason_a_real_tenant_shares(int parallelism) throws Exception {
        Path runDir = WORK.resolve("parallelism-" + parallelism);
        Map<String, String> env = new HashMap<>(LiveTargetAgainstRemoteEmulatorTest.target(emulator, runDir));
        env.putAll(emulator.wholeSuiteAccounts());
        env.put("SANDBOX_PARALLELISM", String.valueOf(parallelism));
        env.put("SANDBOX_ABSENCESETTLESECONDS", String.valueOf(LAG_MS / 1000 + 1));

        LiveRunProcess run = LiveRunProcess.start(runDir, DEFAULT_TAGS, env);
        int exit = run.waitFor(1500);

        String output = run.output();
        List<String> failed = output.lines().filter(line -> line.startsWith("FAILED ")).toList();
        assertThat(failed).as("failed scenarios; the run's output is in %s", runDir.resolve("output.log")).isEmpty();
        assertThat(exit).as("exit code of the run").isZero();
        JsonNode report = new ObjectMapper().readTree(runDir.resolve("capability-report").resolve("capabilities.json").toFile());
        List<String> unshared = new ArrayList<>();
        report.path("capabilities").forEach(c -> c.path("scenarios").forEach(scenario -> {
            String message = scenario.path("message").asText();
            if ("not-run".equals(scenario.path("status").asText())
                    && REASONS_A_TENANT_SHARES.stream().noneMatch(message::contains)) {
                unshared.add(c.path("id").asText() + " " + scenario.path("name").asText() + ": " + message);
            }
        }));
        assertThat(unshared).as("scenarios not-run for a reason a real tenant would not give").isEmpty();
    }
}
