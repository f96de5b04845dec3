package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A run's Cucumber messages ({@code messages.ndjson}) read in one pass, in order, for the bench's
 * figures. Most messages name the scenario they belong to only as a started test case, which names
 * its test case, which names its pickle (the scenario with its tags); and a test step names its hook
 * only by id, a Gherkin step only by its pickle step's id. This reader keeps those links as the
 * messages arrive, so a listener asks {@link #pickleOf}, {@link #hookOf} or {@link #stepTextOf}
 * instead of keeping the same maps itself.
 */
final class RunMessages {

    /** Gets each message after the links it carries have been recorded: {@code type} is the envelope's one field. */
    @FunctionalInterface
    interface Listener {
        void accept(String type, JsonNode message, RunMessages run);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> pickles = new HashMap<>();
    private final Map<String, String> testCasePickles = new HashMap<>();
    private final Map<String, String> startedTestCases = new HashMap<>();
    private final Map<String, String> hookMethods = new HashMap<>();
    private final Map<String, String> stepHooks = new HashMap<>();
    private final Map<String, String> pickleStepTexts = new HashMap<>();
    private final Map<String, String> stepTexts = new HashMap<>();

    private RunMessages() {
    }

    /** Reads {@code messages}, handing every message to {@code listener}; a run that wrote none (no file) hands none. */
    static void read(Path messages, Listener listener) throws IOException {
        if (!Files.exists(messages)) {
            return;
        }
        RunMessages run = new RunMessages();
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> fields = JSON.readTree(line).fields();
                if (fields.hasNext()) {
                    Map.Entry<String, JsonNode> envelope = fields.next();
                    run.link(envelope.getKey(), envelope.getValue());
                    listener.accept(envelope.getKey(), envelope.getValue(), run);
                }
            }
        }
    }

    /** The pickle a started test case runs, or a missing node if the messages did not name it. */
    JsonNode pickleOf(String testCaseStartedId) {
        JsonNode pickle = pickles.get(testCasePickles.get(startedTestCases.get(testCaseStartedId)));
        return pickle == null ? MissingNode.getInstance() : pickle;
    }

    /** The Java method name of the hook a test step runs; empty for a Gherkin step or an unknown one. */
    String hookOf(String testStepId) {
        return stepHooks.getOrDefault(testStepId, "");
    }

    /** The text of the Gherkin step a test step runs ("it has created 5 sandbox indirect resellers"); empty for a hook or an unknown one. */
    String stepTextOf(String testStepId) {
        return stepTexts.getOrDefault(testStepId, "");
    }

    /** A message's timestamp in seconds since the epoch. */
    static double seconds(JsonNode timestamp) {
        return timestamp.path("seconds").asLong() + timestamp.path("nanos").asLong() / 1e9;
    }

    private void link(String type, JsonNode message) {
        switch (type) {
            case "hook" -> hookMethods.put(message.path("id").asText(),
                    message.path("sourceReference").path("javaMethod").path("methodName").asText());
            case "pickle" -> {
                pickles.put(message.path("id").asText(), message);
                for (JsonNode step : message.path("steps")) {
                    pickleStepTexts.put(step.path("id").asText(), step.path("text").asText());
                }
            }
            case "testCase" -> {
                testCasePickles.put(message.path("id").asText(), message.path("pickleId").asText());
                for (JsonNode step : message.path("testSteps")) {
                    if (step.has("hookId")) {
                        stepHooks.put(step.path("id").asText(), hookMethods.getOrDefault(step.path("hookId").asText(), ""));
                    } else if (step.has("pickleStepId")) {
                        stepTexts.put(step.path("id").asText(), pickleStepTexts.getOrDefault(step.path("pickleStepId").asText(), ""));
                    }
                }
            }
            case "testCaseStarted" -> startedTestCases.put(message.path("id").asText(), message.path("testCaseId").asText());
            default -> {
                // other messages carry no link the listeners follow
            }
        }
    }
}
