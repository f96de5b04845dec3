package org.partnersandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.report.SyntheticRun.tags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly history: each run stored, the last 14 shown per capability, and since when it fails. */
class RunHistoryTest {

    static final Instant FIRST_NIGHT = Instant.parse("2025-11-01T01:00:00Z");

    @TempDir
    Path project;

    ReportFixture fixture;
    Path history;

    @BeforeEach
    void project() throws IOException {
        fixture = new ReportFixture(project);
        history = project.resolve("history");
        fixture.properties.put("report.history.dir", history.toString());
    }

    @Test
    void each_run_is_stored_as_a_timestamped_file_and_nothing_is_stored_when_history_is_off() throws IOException {
        night(0, true);
        night(1, true);
        fixture.properties.put("report.history.dir", "");
        fixture.environment.put("REPORT_HISTORY_DIR", history.toString());
        night(2, true);

        assertThat(storedFiles()).containsExactly(
                "capabilities-emulator-20251101T010000Z.json", "capabilities-emulator-20251102T010000Z.json");
    }

    @Test
    void the_environment_variable_turns_history_on_when_no_property_is_set() throws IOException {
        fixture.properties.remove("report.history.dir");
        fixture.environment.put("REPORT_HISTORY_DIR", history.toString());
        night(0, true);

        assertThat(storedFiles()).containsExactly("capabilities-emulator-20251101T010000Z.json");
    }

    @Test
    void a_capability_shows_its_last_fourteen_outcomes_oldest_first_with_this_run_last() throws IOException {
        for (int night = 0; night < 16; night++) {
            night(night, night % 2 == 0);
        }

        CapabilityHistory a01 = fixture.capability("A-01").history();
        assertThat(a01.recent()).hasSize(14);
        assertThat(a01.recent().get(0).startedAt()).isEqualTo("2025-11-03T01:00:00Z");
        assertThat(a01.recent().get(13).startedAt()).isEqualTo("2025-11-16T01:00:00Z");
        assertThat(a01.recent()).extracting(CapabilityHistory.PastOutcome::outcome)
                .containsExactly("verified", "failed", "verified", "failed", "verified", "failed", "verified",
                        "failed", "verified", "failed", "verified", "failed", "verified", "failed");
        assertThat(fixture.html()).contains("<th class=\"history\">Last 14 runs</th>")
                .contains("<span class=\"cell failed\" title=\"2025-11-16 01:00 UTC: failed\"></span>");
    }

    @Test
    void failing_since_is_the_start_of_the_run_that_began_the_current_failing_streak() throws IOException {
        night(0, true);
        night(1, false);
        night(2, true);
        night(3, false);
        night(4, false);
        night(5, false);

        CapabilityHistory a01 = fixture.capability("A-01").history();
        assertThat(a01.failingSince()).isEqualTo("2025-11-04T01:00:00Z");
        assertThat(a01.failingRuns()).isEqualTo(3);
        assertThat(a01.failingBeyondHistory()).isFalse();
        assertThat(fixture.html()).contains("failing since 2025-11-04 01:00 UTC, 3 runs");
        assertThat(fixture.markdown()).contains("(failing since 2025-11-04 01:00 UTC)");
        assertThat(fixture.capability("A-02").history().failingSince()).as("A-02 is not run, not failing").isNull();
    }

    @Test
    void a_capability_failing_in_every_stored_run_is_failing_since_at_least_the_oldest() throws IOException {
        night(0, false);
        night(1, false);

        CapabilityHistory a01 = fixture.capability("A-01").history();
        assertThat(a01.failingSince()).isEqualTo("2025-11-01T01:00:00Z");
        assertThat(a01.failingBeyondHistory()).isTrue();
        assertThat(fixture.html()).contains("failing since at least 2025-11-01 01:00 UTC, 2 runs");
    }

    @Test
    void runs_on_another_target_and_unreadable_files_are_left_out_of_the_history() throws IOException {
        night(0, true);
        fixture.properties.put("sandbox.target", "live");
        night(1, false);
        Files.writeString(history.resolve("capabilities-emulator-20251102T000000Z.json"), "{ not json");
        fixture.properties.put("sandbox.target", "emulator");
        night(2, false);

        CapabilityHistory a01 = fixture.capability("A-01").history();
        assertThat(a01.recent()).extracting(CapabilityHistory.PastOutcome::startedAt)
                .containsExactly("2025-11-01T01:00:00Z", "2025-11-03T01:00:00Z");
        assertThat(a01.failingRuns()).isEqualTo(1);
        assertThat(fixture.writtenReport().warnings()).anySatisfy(warning ->
                assertThat(warning).startsWith("history: skipped capabilities-emulator-20251102T000000Z.json"));
    }

    private void night(int n, boolean passes) {
        SyntheticRun run = new SyntheticRun(fixture.plugin()).at(FIRST_NIGHT.plus(Duration.ofDays(n))).started();
        if (passes) {
            run.passed("the provider adds a customer", tags("@cap:A-01"), "corr-" + n);
        } else {
            run.failed("the provider adds a customer", tags("@cap:A-01"), "Then it is listed",
                    new AssertionError("not listed on night " + n));
        }
        run.finished(Duration.ofMinutes(3));
    }

    private List<String> storedFiles() throws IOException {
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(history)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
