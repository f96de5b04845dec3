package org.partnersandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.suite.hooks.ScenarioAdmissionHooks;

class QuotaHoldsTest {

    @Test
    void slot_seconds_are_each_scenarios_slots_times_the_time_between_taking_and_giving_them_back(@TempDir Path dir) throws Exception {
        Path messages = dir.resolve("messages.ndjson");
        Files.write(messages, List.of(
                "{\"hook\":{\"id\":\"h1\",\"sourceReference\":{\"javaMethod\":{\"methodName\":\"enter\"}}}}",
                "{\"hook\":{\"id\":\"h2\",\"sourceReference\":{\"javaMethod\":{\"methodName\":\"leave\"}}}}",
                "{\"hook\":{\"id\":\"h3\",\"sourceReference\":{\"javaMethod\":{\"methodName\":\"removeWhatTheScenarioCreated\"}}}}",
                "{\"hook\":{\"id\":\"h4\",\"sourceReference\":{\"javaMethod\":{\"methodName\":\"afterTheSlots\"}}}}",
                "{\"pickle\":{\"id\":\"p1\",\"tags\":[{\"name\":\"@quota:indirect-resellers=2\"}],"
                        + "\"steps\":[{\"id\":\"ps1\",\"text\":\"it still has 5 indirect resellers\"}]}}",
                "{\"pickle\":{\"id\":\"p2\",\"tags\":[{\"name\":\"@makes-customers\"}],"
                        + "\"steps\":[{\"id\":\"ps2\",\"text\":\"it has 75 customers\"}]}}",
                testCase("t1", "p1", "a"), testCase("t2", "p2", "b"),
                "{\"testCaseStarted\":{\"id\":\"s1\",\"testCaseId\":\"t1\"}}",
                "{\"testCaseStarted\":{\"id\":\"s2\",\"testCaseId\":\"t2\"}}",
                "{\"testStepFinished\":{\"testCaseStartedId\":\"s1\",\"testStepId\":\"a-take\",\"timestamp\":{\"seconds\":100,\"nanos\":0}}}",
                "{\"testStepFinished\":{\"testCaseStartedId\":\"s2\",\"testStepId\":\"b-take\",\"timestamp\":{\"seconds\":100,\"nanos\":0}}}",
                step("Started", "s1", "a-step", 101), step("Started", "s2", "b-step", 101),
                step("Finished", "s1", "a-step", 121), step("Finished", "s2", "b-step", 150),
                step("Started", "s1", "a-clean", 121), step("Finished", "s1", "a-clean", 125.5),
                "{\"testStepStarted\":{\"testCaseStartedId\":\"s1\",\"testStepId\":\"a-give\",\"timestamp\":{\"seconds\":130,\"nanos\":500000000}}}",
                "{\"testStepStarted\":{\"testCaseStartedId\":\"s2\",\"testStepId\":\"b-give\",\"timestamp\":{\"seconds\":190,\"nanos\":0}}}",
                step("Finished", "s1", "a-give", 131), step("Started", "s1", "a-late", 131), step("Finished", "s1", "a-late", 140)));
        QuotaHolds holds = QuotaHolds.read(messages);
        assertThat(holds.slotSeconds()).as("2 slots for 30.5 s; the scenario without slots counts nothing").isCloseTo(61.0, within(1e-6));
        assertThat(holds.scenarios()).isEqualTo(1);
        assertThat(holds.floorSeconds(5)).isCloseTo(12.2, within(1e-6));
        assertThat(holds.bySteps()).as("each step of the holding scenario, times its 2 slots; nothing of the other")
                .containsOnlyKeys("it still has 5 indirect resellers", "hook removeWhatTheScenarioCreated"); // not the hook after the give-back
        assertThat(holds.bySteps().get("it still has 5 indirect resellers")).isCloseTo(40.0, within(1e-6));
        assertThat(holds.largestSteps(1)).containsOnlyKeys("it still has 5 indirect resellers");
        assertThat(holds.largestSteps(5).values()).containsExactly(40.0, 9.0);
    }

    @Test
    void the_hook_names_it_reads_are_the_hooks_that_start_a_scenario_with_its_slots_and_give_them_back() throws Exception {
        assertThat(ScenarioAdmissionHooks.class.getMethod(QuotaHolds.TAKE_HOOK, Scenario.class).isAnnotationPresent(Before.class)).isTrue();
        assertThat(ScenarioAdmissionHooks.class.getMethod(QuotaHolds.GIVE_BACK_HOOK).isAnnotationPresent(After.class)).isTrue();
    }

    private static String testCase(String id, String pickle, String prefix) {
        String pickleStep = "p1".equals(pickle) ? "ps1" : "ps2";
        return "{\"testCase\":{\"id\":\"" + id + "\",\"pickleId\":\"" + pickle + "\",\"testSteps\":["
                + "{\"id\":\"" + prefix + "-take\",\"hookId\":\"h1\"},{\"id\":\"" + prefix + "-step\",\"pickleStepId\":\"" + pickleStep + "\"},"
                + "{\"id\":\"" + prefix + "-clean\",\"hookId\":\"h3\"},{\"id\":\"" + prefix + "-give\",\"hookId\":\"h2\"},"
                + "{\"id\":\"" + prefix + "-late\",\"hookId\":\"h4\"}]}}";
    }

    private static String step(String startedOrFinished, String started, String step, double seconds) {
        long whole = (long) seconds;
        return "{\"testStep" + startedOrFinished + "\":{\"testCaseStartedId\":\"" + started + "\",\"testStepId\":\"" + step
                + "\",\"timestamp\":{\"seconds\":" + whole + ",\"nanos\":" + Math.round((seconds - whole) * 1e9) + "}}}";
    }
}
