package org.partnersandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.partnersandbox.suite.hooks.ScenarioHooks;

/**
 * The scenario of a run that made the most Partner Center calls, read from the run's Cucumber
 * messages: each scenario attaches its calls (one record per call, its cleanup's included; a retry
 * after a 429 is not a record of its own).
 */
record ScenarioCalls(String name, long calls) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScenarioCalls longest(Path messages) throws IOException {
        AtomicReference<ScenarioCalls> longest = new AtomicReference<>(new ScenarioCalls("-", 0));
        RunMessages.read(messages, (type, message, run) -> {
            if ("attachment".equals(type) && ScenarioHooks.CALLS_MEDIA_TYPE.equals(message.path("mediaType").asText())) {
                long calls = calls(message);
                if (calls > longest.get().calls()) {
                    JsonNode pickle = run.pickleOf(message.path("testCaseStartedId").asText());
                    longest.set(new ScenarioCalls(pickle.path("name").asText("?"), calls));
                }
            }
        });
        return longest.get();
    }

    private static long calls(JsonNode attachment) {
        String body = attachment.path("body").asText();
        if ("BASE64".equals(attachment.path("contentEncoding").asText())) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        try {
            return JSON.readTree(body).size();
        } catch (IOException e) {
            throw new IllegalStateException("a scenario's calls attachment is not JSON: " + e.getMessage(), e);
        }
    }
}
