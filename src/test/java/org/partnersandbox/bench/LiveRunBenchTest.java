package org.partnersandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRunBenchTest {

    @Test
    void under_each_run_the_steps_that_held_the_most_slot_seconds_come_largest_first_with_their_share() {
        QuotaHolds holds = new QuotaHolds(200.0, 3, Map.of("it still has 5 indirect resellers", 50.0,
                "its resellers are as before | the attempt", 120.0, "hook removeWhatTheScenarioCreated", 10.0));
        LiveRunBench.Measured run = new LiveRunBench.Measured("default", 8, 266, Map.of("provider", 791L), 0, 158,
                "The 76th customer is refused", 92, 0, 18, 9.9, "a scenario", holds);

        String table = LiveRunBench.slotSecondsBySteps(run);

        assertThat(table).contains("Run default: 200 slot-seconds held by 3 scenarios (quota floor 40 s)");
        assertThat(table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| step")).toList())
                .as("largest first; a '|' in a step's text cannot split its row")
                .containsExactly("| its resellers are as before / the attempt | 120 | 60 % |",
                        "| it still has 5 indirect resellers | 50 | 25 % |",
                        "| hook removeWhatTheScenarioCreated | 10 | 5 % |");
    }
}
