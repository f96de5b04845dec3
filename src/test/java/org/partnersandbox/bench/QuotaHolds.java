package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a live run's scenarios held sandbox indirect reseller slots, read from its Cucumber
 * messages: from the end of the hook that starts a scenario with its slots ({@code ScenarioAdmissionHooks.enter}) to
 * the start of the one that gives them back ({@code leave}), times the slots its tag names. The
 * provider has {@code quota} slots, so no schedule finishes the run before slot-seconds ÷ quota: a
 * floor that counts neither calls nor latency, but the settles of scenarios that hold a reseller.
 */
record QuotaHolds(double slotSeconds, int scenarios) {

    static final String TAKE_HOOK = "enter";
    static final String GIVE_BACK_HOOK = "leave";
    private static final Pattern SLOTS = Pattern.compile("@quota:indirect-resellers=(\\d+)");

    double floorSeconds(int quota) {
        return slotSeconds / quota;
    }

    static QuotaHolds read(Path messages) throws IOException {
        Tally tally = new Tally();
        RunMessages.read(messages, tally);
        return new QuotaHolds(tally.slotSeconds, tally.scenarios);
    }

    /** Slot-seconds so far, and when each scenario now holding slots took them. */
    private static final class Tally implements RunMessages.Listener {
        private final Map<String, Double> taken = new HashMap<>();
        private double slotSeconds;
        private int scenarios;

        @Override
        public void accept(String type, JsonNode message, RunMessages run) {
            String started = message.path("testCaseStartedId").asText();
            if ("testStepFinished".equals(type) && TAKE_HOOK.equals(run.hookOf(message.path("testStepId").asText()))) {
                taken.put(started, RunMessages.seconds(message.path("timestamp")));
            } else if ("testStepStarted".equals(type) && GIVE_BACK_HOOK.equals(run.hookOf(message.path("testStepId").asText()))) {
                Double from = taken.remove(started);
                int slots = slots(run.pickleOf(started));
                if (from != null && slots > 0) {
                    slotSeconds += slots * (RunMessages.seconds(message.path("timestamp")) - from);
                    scenarios++;
                }
            }
        }
    }

    private static int slots(JsonNode pickle) {
        int slots = 0;
        for (JsonNode tag : pickle.path("tags")) {
            Matcher m = SLOTS.matcher(tag.path("name").asText());
            if (m.matches()) {
                slots += Integer.parseInt(m.group(1));
            }
        }
        return slots;
    }
}
