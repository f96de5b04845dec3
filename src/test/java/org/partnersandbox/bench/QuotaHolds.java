package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    double floorSeconds(int quota) {
        return slotSeconds / quota;
    }

    static QuotaHolds read(Path messages) throws IOException {
        Map<String, String> hookMethods = new HashMap<>();
        Map<String, Integer> pickleSlots = new HashMap<>();
        Map<String, String> stepHooks = new HashMap<>();
        Map<String, String> testCasePickles = new HashMap<>();
        Map<String, String> startedTestCases = new HashMap<>();
        Map<String, Double> taken = new HashMap<>();
        double slotSeconds = 0;
        int scenarios = 0;
        if (!Files.exists(messages)) {
            return new QuotaHolds(0, 0);
        }
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode envelope = JSON.readTree(line);
                if (envelope.has("hook")) {
                    JsonNode hook = envelope.path("hook");
                    hookMethods.put(hook.path("id").asText(), hook.path("sourceReference").path("javaMethod").path("methodName").asText());
                } else if (envelope.has("pickle")) {
                    int slots = 0;
                    for (JsonNode tag : envelope.path("pickle").path("tags")) {
                        Matcher m = SLOTS.matcher(tag.path("name").asText());
                        if (m.matches()) {
                            slots += Integer.parseInt(m.group(1));
                        }
                    }
                    pickleSlots.put(envelope.path("pickle").path("id").asText(), slots);
                } else if (envelope.has("testCase")) {
                    JsonNode testCase = envelope.path("testCase");
                    testCasePickles.put(testCase.path("id").asText(), testCase.path("pickleId").asText());
                    for (JsonNode step : testCase.path("testSteps")) {
                        if (step.has("hookId")) {
                            stepHooks.put(step.path("id").asText(), hookMethods.getOrDefault(step.path("hookId").asText(), ""));
                        }
                    }
                } else if (envelope.has("testCaseStarted")) {
                    startedTestCases.put(envelope.path("testCaseStarted").path("id").asText(),
                            envelope.path("testCaseStarted").path("testCaseId").asText());
                } else if (envelope.has("testStepFinished")
                        && TAKE_HOOK.equals(stepHooks.get(envelope.path("testStepFinished").path("testStepId").asText()))) {
                    taken.put(envelope.path("testStepFinished").path("testCaseStartedId").asText(),
                            seconds(envelope.path("testStepFinished").path("timestamp")));
                } else if (envelope.has("testStepStarted")
                        && GIVE_BACK_HOOK.equals(stepHooks.get(envelope.path("testStepStarted").path("testStepId").asText()))) {
                    String started = envelope.path("testStepStarted").path("testCaseStartedId").asText();
                    Double from = taken.remove(started);
                    int slots = pickleSlots.getOrDefault(testCasePickles.get(startedTestCases.get(started)), 0);
                    if (from != null && slots > 0) {
                        slotSeconds += slots * (seconds(envelope.path("testStepStarted").path("timestamp")) - from);
                        scenarios++;
                    }
                }
            }
        }
        return new QuotaHolds(slotSeconds, scenarios);
    }

    private static double seconds(JsonNode timestamp) {
        return timestamp.path("seconds").asLong() + timestamp.path("nanos").asLong() / 1e9;
    }
}
