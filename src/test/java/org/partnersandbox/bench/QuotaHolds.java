package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a live run's scenarios held sandbox indirect reseller slots, read from its Cucumber
 * messages: from the end of the hook that starts a scenario with its slots ({@code ScenarioAdmissionHooks.enter}) to
 * the start of the one that gives them back ({@code leave}), times the slots its tag names. The
 * provider has {@code quota} slots, so no schedule finishes the run before slot-seconds ÷ quota: a
 * floor that counts neither calls nor latency, but the settles of scenarios that hold a reseller.
 * {@code bySteps} says where those slot-seconds went: each Gherkin step (by its text) or hook
 * ("hook " and its method) that ran while its scenario held slots, its time times those slots.
 */
record QuotaHolds(double slotSeconds, int scenarios, Map<String, Double> bySteps) {

    static final String TAKE_HOOK = "enter";
    static final String GIVE_BACK_HOOK = "leave";
    private static final Pattern SLOTS = Pattern.compile("@quota:indirect-resellers=(\\d+)");

    double floorSeconds(int quota) {
        return slotSeconds / quota;
    }

    /** The {@code limit} steps that took the most slot-seconds, largest first. */
    Map<String, Double> largestSteps(int limit) {
        Map<String, Double> largest = new LinkedHashMap<>();
        bySteps.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(e -> largest.put(e.getKey(), e.getValue()));
        return largest;
    }

    static QuotaHolds read(Path messages) throws IOException {
        Tally tally = new Tally();
        RunMessages.read(messages, tally);
        return new QuotaHolds(tally.slotSeconds, tally.scenarios, Map.copyOf(tally.bySteps));
    }

    /** Slot-seconds so far, and the scenarios now holding slots with how many. */
    private static final class Tally implements RunMessages.Listener {
        private record Holding(double since, int slots) {
        }

        private final Map<String, Holding> holding = new HashMap<>();
        private final Map<String, Double> stepStarts = new HashMap<>();
        private final Map<String, Double> bySteps = new HashMap<>();
        private double slotSeconds;
        private int scenarios;

        @Override
        public void accept(String type, JsonNode message, RunMessages run) {
            String started = message.path("testCaseStartedId").asText();
            String step = message.path("testStepId").asText();
            String hook = run.hookOf(step);
            double at = RunMessages.seconds(message.path("timestamp"));
            if ("testStepFinished".equals(type) && TAKE_HOOK.equals(hook)) {
                int slots = slots(run.pickleOf(started));
                if (slots > 0) {
                    holding.put(started, new Holding(at, slots));
                }
            } else if ("testStepStarted".equals(type) && GIVE_BACK_HOOK.equals(hook)) {
                Holding held = holding.remove(started);
                if (held != null) {
                    slotSeconds += held.slots() * (at - held.since());
                    scenarios++;
                }
            } else if ("testStepStarted".equals(type) && holding.containsKey(started)) {
                stepStarts.put(started + "/" + step, at);
            } else if ("testStepFinished".equals(type) && holding.containsKey(started)) {
                Double from = stepStarts.remove(started + "/" + step);
                if (from != null) {
                    String name = hook.isEmpty() ? run.stepTextOf(step) : "hook " + hook;
                    bySteps.merge(name, holding.get(started).slots() * (at - from), Double::sum);
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
