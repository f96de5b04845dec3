package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.partnersandbox.suite.hooks.ScenarioHooks;

/**
 * The scenario of a run that made the most Partner Center calls, read from the run's Cucumber
 * messages: each scenario attaches its calls (one record per call, its cleanup's included; a retry
 * after a 429 is not a record of its own).
 */
record ScenarioCalls(String name, long calls) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScenarioCalls longest(Path messages) throws IOException {
        Map<String, String> pickleNames = new HashMap<>();
        Map<String, String> testCasePickles = new HashMap<>();
        Map<String, String> startedTestCases = new HashMap<>();
        ScenarioCalls longest = new ScenarioCalls("-", 0);
        if (!Files.exists(messages)) {
            return longest;
        }
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode envelope = JSON.readTree(line);
                if (envelope.has("pickle")) {
                    pickleNames.put(envelope.path("pickle").path("id").asText(), envelope.path("pickle").path("name").asText());
                } else if (envelope.has("testCase")) {
                    testCasePickles.put(envelope.path("testCase").path("id").asText(), envelope.path("testCase").path("pickleId").asText());
                } else if (envelope.has("testCaseStarted")) {
                    startedTestCases.put(envelope.path("testCaseStarted").path("id").asText(),
                            envelope.path("testCaseStarted").path("testCaseId").asText());
                } else if (envelope.has("attachment")
                        && ScenarioHooks.CALLS_MEDIA_TYPE.equals(envelope.path("attachment").path("mediaType").asText())) {
                    JsonNode attachment = envelope.path("attachment");
                    String body = attachment.path("body").asText();
                    if ("BASE64".equals(attachment.path("contentEncoding").asText())) {
                        body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
                    }
                    long calls = JSON.readTree(body).size();
                    if (calls > longest.calls()) {
                        String testCase = startedTestCases.get(attachment.path("testCaseStartedId").asText());
                        longest = new ScenarioCalls(pickleNames.getOrDefault(testCasePickles.get(testCase), "?"), calls);
                    }
                }
            }
        }
        return longest;
    }
}
