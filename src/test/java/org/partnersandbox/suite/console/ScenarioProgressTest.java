package org.partnersandbox.suite.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.MovableClock;
import org.partnersandbox.report.SyntheticRun;
import org.partnersandbox.suite.hooks.ScenarioHooks;

class ScenarioProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final ScenarioProgress progress = new ScenarioProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, false, false, () -> 0);

    private String console() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void one_line_per_scenario_with_its_outcome_capability_and_name_then_a_summary() {
        new SyntheticRun(progress).started()
                .passed("Five resellers are allowed", SyntheticRun.tags("@cap:IR-01"))
                .notRun("A reseller signs in", SyntheticRun.tags("@cap:IR-05"), "needs a user sign-in")
                .finished(Duration.ofSeconds(3));

        assertThat(console().lines()).hasSize(4);
        assertThat(console().lines().toList().get(0)).contains("passed").contains("IR-01").contains("Five resellers are allowed");
        assertThat(console()).contains("not run").contains("not-run: needs a user sign-in")
                .contains("scenarios: 1 passed, 0 failed, 1 not run");
    }

    @Test
    void a_failed_scenario_shows_its_steps_its_error_and_only_its_last_exchanges_once() {
        StringBuilder transcript = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            transcript.append("---- HTTP exchange ").append(i).append(" of 20 ----\nGET /v1/customers/").append(i).append("\n");
        }
        new SyntheticRun(progress).started()
                .failed("The 76th customer is refused", SyntheticRun.tags("@cap:IR-04"), "Then the request is refused",
                        new AssertionError("Expected size: 75 but was: 70"), ScenarioHooks.TRANSCRIPT_NAME, transcript.toString())
                .finished(Duration.ofSeconds(3));

        assertThat(console()).contains("FAILED").contains("IR-04").contains("Then the request is refused")
                .contains("Expected size: 75 but was: 70")
                .contains("GET /v1/customers/20").doesNotContain("GET /v1/customers/3\n")
                .contains("14 earlier exchanges left out");
        assertThat(console().split("Expected size: 75", -1)).as("the error printed once").hasSize(2);
    }

    @Test
    void a_quiet_run_says_what_is_running_at_least_every_ten_seconds() {
        SyntheticRun run = new SyntheticRun(progress).started();
        clock.advance(Duration.ofMillis(9_750));
        progress.remindIfQuiet();
        assertThat(console()).as("a live run opening: sign-ins, the janitor").contains("... 0 done, 0 running, 9s elapsed; no scenario running: the run opens");
        run.passed("quick one", SyntheticRun.tags("@cap:X-01"));
        progress.remindIfQuiet();
        assertThat(console().split("\\.\\.\\. ", -1)).as("a line was just printed: no reminder").hasSize(2);
        run.running("The 76th customer is refused", SyntheticRun.tags("@cap:IR-04"), "Given it has 75 customers");
        clock.advance(Duration.ofMillis(9_500));
        progress.remindIfQuiet();
        assertThat(console().split("\\.\\.\\. ", -1)).as("quiet for 9.5 s only").hasSize(2);
        clock.advance(Duration.ofMillis(250));
        progress.remindIfQuiet();
        assertThat(console()).as("the last tick before 10 s of quiet").contains("... 1 done, 1 running, 19s elapsed;")
                .contains("'The 76th customer is refused' for 9s").contains("at \"Given it has 75 customers\" for 9s");
        progress.remindIfQuiet();
        assertThat(console().split("\\.\\.\\. ", -1)).as("one reminder per quiet spell").hasSize(3);
        clock.advance(Duration.ofMillis(9_750));
        progress.remindIfQuiet();
        assertThat(console()).contains("'The 76th customer is refused' for 19s");
    }

    @Test
    void scenarios_that_wait_for_their_start_are_counted_apart_from_the_running_ones() {
        SyntheticRun run = new SyntheticRun(progress).started();
        run.waiting("The sixth reseller is refused", SyntheticRun.tags("@cap:IR-01"));
        clock.advance(Duration.ofMillis(9_750));
        progress.remindIfQuiet();
        assertThat(console()).contains("... 0 done, 0 running, 1 waiting to start, 9s elapsed; no scenario has started its steps yet");
        run.running("The 76th customer is refused", SyntheticRun.tags("@cap:IR-04"), "Given it has 75 customers");
        clock.advance(Duration.ofMillis(9_750));
        progress.remindIfQuiet();
        assertThat(console()).contains("... 0 done, 1 running, 1 waiting to start, 19s elapsed; longest: 'The 76th customer is refused' for 9s");
    }

    @Test
    void every_line_says_the_time_so_far_and_once_a_scenario_is_done_about_how_long_is_left() {
        ScenarioProgress ofFour = new ScenarioProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, false, false, () -> 4);
        SyntheticRun run = new SyntheticRun(ofFour).started();
        run.running("The 76th customer is refused", SyntheticRun.tags("@cap:IR-04"), "Given it has 75 customers");
        clock.advance(Duration.ofSeconds(12));
        ofFour.remindIfQuiet();
        assertThat(console()).as("nothing done yet: no estimate").contains("0/4 done, 1 running, 12s elapsed;").doesNotContain("left");
        clock.advance(Duration.ofSeconds(8));
        run.passed("quick one", SyntheticRun.tags("@cap:X-01"));
        assertThat(console().lines().toList().get(1)).as("one of four done in 20 s: three more at that pace")
                .contains("1/4").contains("[20s elapsed, about 1m00s left]");
        clock.advance(Duration.ofSeconds(10));
        ofFour.remindIfQuiet();
        assertThat(console()).contains("1/4 done, 1 running, 30s elapsed, about 1m30s left;");
    }

    @Test
    void a_run_stopped_before_its_scenarios_says_why() {
        new SyntheticRun(progress).started()
                .stopped(new IllegalStateException("Configuration: another live run is in progress on tenant t-1"));
        assertThat(console().lines().toList().get(0)).isEqualTo("Configuration: another live run is in progress on tenant t-1");
        assertThat(console()).contains("scenarios: 0 passed, 0 failed, 0 not run");
    }

    @Test
    void a_count_of_the_total_when_the_plan_is_known() {
        assertThat(ScenarioProgress.line(37, 106, io.cucumber.plugin.event.Status.PASSED, "IR-10", "Reseller is listed",
                Duration.ofMillis(1234))).contains("37/106").contains("passed").contains("IR-10").contains("1.2 s");
        assertThat(ScenarioProgress.elapsed(Instant.EPOCH, Instant.EPOCH.plusSeconds(130))).isEqualTo("2m10s");
    }
}
