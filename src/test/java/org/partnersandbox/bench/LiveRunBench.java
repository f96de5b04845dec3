package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersandbox.remotesandbox.LiveRunProcess;
import org.partnersandbox.remotesandbox.RemoteEmulator;
import org.partnersandbox.suite.config.TargetParallelism;

/**
 * The live run's time (bench/run.sh, issue 14): the default-tag suite on the live target against the
 * emulator as a remote sandbox with a real sandbox's pace ({@value #LATENCY_MS} ms a call, a
 * {@value #LAG_MS} ms listing lag, {@value #PER_MINUTE} calls a minute per partner tenant), with the
 * live target's own settings (poll interval, absence settle) as a user gets them. One fresh emulator
 * per run. For each parallelism: wall time, the calls the emulator's throttle admitted per tenant,
 * the floor (the busiest tenant's calls at {@value #PER_MINUTE} a minute, or the longest scenario's
 * calls at {@value #LATENCY_MS} ms each, whichever is longer), wall ÷ floor, the verdicts, and the
 * longest silence of the console. A measurement, never an assertion on time.
 *
 * <p>Usage: {@code LiveRunBench OUT_DIR FIGURES_JSONL RUN...}, a run being {@code serial}, {@code default}
 * or a number of scenarios at once. Prints a Markdown table on stdout, progress on stderr.
 * {@code -Dbench.live.tags=...} narrows the suite, for a quick check of the bench itself.
 */
public final class LiveRunBench {

    static final int LATENCY_MS = 300;
    static final int LAG_MS = 2000;
    static final int PER_MINUTE = 500;
    /** The provider's sandbox indirect reseller slots (IR-01). */
    static final int RESELLER_QUOTA = 5;
    /** The steps listed under each run's table by the slot-seconds they held. */
    static final int STEPS_SHOWN = 8;
    static final String DEFAULT_TAGS = "not @production-only and not @superseded";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY = Pattern.compile("scenarios: (\\d+) passed, (\\d+) failed, (\\d+) not run");

    /** What one run measured. */
    record Measured(String run, int parallelism, double wallSeconds, Map<String, Long> callsByTenant, long refused,
                    long longestScenarioCalls, String longestScenario, int passed, int failed, int notRun,
                    double longestSilenceSeconds, String silenceAfter, QuotaHolds holds) {

        double quotaFloorSeconds() {
            return holds.floorSeconds(RESELLER_QUOTA);
        }

        long busiestTenantCalls() {
            return callsByTenant.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long allCalls() {
            return callsByTenant.values().stream().mapToLong(Long::longValue).sum();
        }

        double throttleFloorSeconds() {
            return busiestTenantCalls() * 60.0 / PER_MINUTE;
        }

        double criticalPathSeconds() {
            return longestScenarioCalls * LATENCY_MS / 1000.0;
        }

        double floorSeconds() {
            return Math.max(throttleFloorSeconds(), criticalPathSeconds());
        }

        double ratio() {
            return wallSeconds / floorSeconds();
        }

        /** Against the reseller quota's floor too (QuotaHolds): the floor no schedule of these scenarios can beat. */
        double ratioToQuotaBoundFloor() {
            return wallSeconds / Math.max(floorSeconds(), quotaFloorSeconds());
        }
    }

    private LiveRunBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path figures = Path.of(args[1]);
        List<Measured> all = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Measured m = measure(out.resolve("live-" + args[i]), args[i]);
            all.add(m);
            record(figures, m);
        }
        System.out.println(table(all));
        for (Measured m : all) {
            System.out.println(slotSecondsBySteps(m));
        }
    }

    static Measured measure(Path dir, String run) throws Exception {
        int parallelism = switch (run) {
            case "serial" -> 1;
            case "default" -> TargetParallelism.LIVE_DEFAULT;
            default -> Integer.parseInt(run);
        };
        System.err.printf("== live run '%s' (%d at once) against a remote sandbox: %d ms a call, %d ms lag, %d calls/min%n",
                run, parallelism, LATENCY_MS, LAG_MS, PER_MINUTE);
        Files.createDirectories(dir);
        try (RemoteEmulator emulator = RemoteEmulator.start(dir.resolve("emulator"), "--latency-ms", String.valueOf(LATENCY_MS),
                "--visibility-delay-ms", String.valueOf(LAG_MS), "--throttle-per-minute", String.valueOf(PER_MINUTE))) {
            Map<String, String> env = environment(emulator, dir);
            if (!"default".equals(run)) {
                env.put("SANDBOX_PARALLELISM", String.valueOf(parallelism));
            }
            long started = System.nanoTime();
            LiveRunProcess process = LiveRunProcess.start(dir, System.getProperty("bench.live.tags", DEFAULT_TAGS), env);
            ConsoleGaps gaps = ConsoleGaps.watch(dir.resolve("output.log"));
            int exit = process.waitFor(3600);
            double wall = (System.nanoTime() - started) / 1e9;
            gaps.stop();
            Map<String, Long> calls = new HashMap<>();
            long refused = 0;
            for (JsonNode tenant : emulator.throttle().path("tenants")) {
                calls.put(tenant.path("tenantId").asText(), tenant.path("admitted").asLong());
                refused += tenant.path("refused").asLong();
            }
            ScenarioCalls longest = ScenarioCalls.longest(dir.resolve("messages.ndjson"));
            QuotaHolds holds = QuotaHolds.read(dir.resolve("messages.ndjson"));
            Matcher summary = SUMMARY.matcher(process.output());
            int passed = -1, failed = -1, notRun = -1;
            if (summary.find()) {
                passed = Integer.parseInt(summary.group(1));
                failed = Integer.parseInt(summary.group(2));
                notRun = Integer.parseInt(summary.group(3));
            }
            System.err.printf("   exit %d, %.0f s; output in %s%n", exit, wall, dir.resolve("output.log"));
            return new Measured(run, parallelism, wall, calls, refused, longest.calls(), longest.name(), passed, failed, notRun,
                    gaps.longestSeconds(), gaps.after(), holds);
        }
    }

    /** A user's live configuration of the emulator's fresh accounts; the rest (polls, settle, timeouts) as config/live.properties says. */
    private static Map<String, String> environment(RemoteEmulator emulator, Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("SANDBOX_BASEURL", emulator.baseUrl());
        env.put("SANDBOX_AUTHORITY", emulator.baseUrl());
        env.put("LIVE_TRUSTCERTIFICATE", emulator.certificate().toString());
        env.put("LIVE_LEDGERDIR", dir.resolve("ledger").toString());
        env.putAll(emulator.wholeSuiteAccounts());
        return env;
    }

    private static void record(Path figures, Measured m) throws IOException {
        String suffix = m.run().matches("\\d+") ? "p" + m.run() : m.run();
        StringBuilder lines = new StringBuilder();
        lines.append(figure("live_wall_" + suffix, m.wallSeconds(), m)).append('\n');
        lines.append(figure("live_floor_" + suffix, m.floorSeconds(), m)).append('\n');
        lines.append(figure("live_ratio_" + suffix, m.ratio(), m)).append('\n');
        lines.append(figure("live_failed_" + suffix, m.failed(), m)).append('\n');
        lines.append(figure("live_silence_" + suffix, m.longestSilenceSeconds(), m)).append('\n');
        if ("default".equals(m.run())) {
            lines.append(figure("live_floor", m.floorSeconds(), m)).append('\n');
            lines.append(figure("live_ratio", m.ratio(), m)).append('\n');
            lines.append(figure("live_quota_floor", m.quotaFloorSeconds(), m)).append('\n');
            lines.append(figure("live_ratio_quota_bound", m.ratioToQuotaBoundFloor(), m)).append('\n');
        }
        Files.writeString(figures, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String figure(String key, double value, Measured m) throws IOException {
        ObjectNode f = JSON.createObjectNode().put("key", key).put("value", value).put("parallelism", m.parallelism())
                .put("busiestTenantCalls", m.busiestTenantCalls()).put("longestScenarioCalls", m.longestScenarioCalls())
                .put("failed", m.failed()).put("notRun", m.notRun()).put("passed", m.passed());
        return JSON.writeValueAsString(f);
    }

    /** Where a run's slot-seconds went: the steps (and hooks) that held the most, for whoever tries to lower the quota's floor. */
    static String slotSecondsBySteps(Measured m) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "%nRun %s: %.0f slot-seconds held by %d scenarios (quota floor %.0f s); the steps that held the most, "
                        + "each step's time times its scenario's slots, summed over the scenarios:%n%n| step | slot-seconds | share |%n|---|---|---|%n",
                m.run(), m.holds().slotSeconds(), m.holds().scenarios(), m.quotaFloorSeconds()));
        m.holds().largestSteps(STEPS_SHOWN).forEach((step, seconds) -> t.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f %% |%n",
                step.replace("|", "/"), seconds, 100 * seconds / m.holds().slotSeconds())));
        return t.toString();
    }

    static String table(List<Measured> all) {
        StringBuilder t = new StringBuilder();
        t.append("| run | scenarios at once | wall | calls (busiest tenant; all; 429s) | floor: throttle / critical path | wall ÷ floor "
                + "| reseller quota floor (slot-seconds ÷ 5) | wall ÷ the larger floor | passed / failed / not run | longest console silence |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measured m : all) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %.0f s | %d; %d; %d | %.0f s / %.0f s (%d calls: %s) | **%.2f×** | %.0f s | %.2f× | %d / %d / %d | %.1f s (after: %s) |%n",
                    m.run(), m.parallelism(), m.wallSeconds(), m.busiestTenantCalls(), m.allCalls(), m.refused(),
                    m.throttleFloorSeconds(), m.criticalPathSeconds(), m.longestScenarioCalls(), m.longestScenario(), m.ratio(),
                    m.quotaFloorSeconds(), m.ratioToQuotaBoundFloor(),
                    m.passed(), m.failed(), m.notRun(), m.longestSilenceSeconds(), m.silenceAfter().replace("|", "/")));
        }
        return t.toString();
    }
}
