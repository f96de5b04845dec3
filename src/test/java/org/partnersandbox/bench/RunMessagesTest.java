package org.partnersandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.suite.hooks.ScenarioHooks;

class RunMessagesTest {

    private static final List<String> RUN = List.of(
            "{\"hook\":{\"id\":\"h1\",\"sourceReference\":{\"javaMethod\":{\"methodName\":\"enter\"}}}}",
            "{\"pickle\":{\"id\":\"p1\",\"name\":\"Five resellers\",\"tags\":[],\"steps\":[{\"id\":\"x\",\"text\":\"it creates 5 sandbox indirect resellers\"}]}}",
            "{\"pickle\":{\"id\":\"p2\",\"name\":\"The 76th customer\",\"tags\":[]}}",
            "{\"testCase\":{\"id\":\"t1\",\"pickleId\":\"p1\",\"testSteps\":[{\"id\":\"a1\",\"hookId\":\"h1\"},{\"id\":\"a2\",\"pickleStepId\":\"x\"}]}}",
            "{\"testCase\":{\"id\":\"t2\",\"pickleId\":\"p2\",\"testSteps\":[]}}",
            "",
            "{\"testCaseStarted\":{\"id\":\"s1\",\"testCaseId\":\"t1\"}}",
            "{\"testCaseStarted\":{\"id\":\"s2\",\"testCaseId\":\"t2\"}}",
            attachment("s1", "[{},{}]", false),
            attachment("s2", "[{},{},{}]", true),
            attachment("s1", "[{},{},{},{},{}]", false).replace(ScenarioHooks.CALLS_MEDIA_TYPE, "text/plain"));

    @Test
    void every_message_reaches_the_listener_in_order_with_the_links_up_to_it_resolved(@TempDir Path dir) throws Exception {
        Path messages = write(dir);
        List<String> seen = new ArrayList<>();
        RunMessages.read(messages, (type, message, run) -> {
            if (type.equals("testCaseStarted")) {
                seen.add(type + " " + run.pickleOf(message.path("id").asText()).path("name").asText());
            } else {
                seen.add(type);
            }
        });
        assertThat(seen).as("the blank line is skipped").containsExactly("hook", "pickle", "pickle", "testCase", "testCase",
                "testCaseStarted Five resellers", "testCaseStarted The 76th customer", "attachment", "attachment", "attachment");
    }

    @Test
    void a_hook_step_names_its_hook_and_a_gherkin_step_its_text(@TempDir Path dir) throws Exception {
        List<String> named = new ArrayList<>();
        RunMessages.read(write(dir), (type, message, run) -> {
            if (type.equals("testCaseStarted") && message.path("id").asText().equals("s1")) {
                for (String step : List.of("a1", "a2", "unknown")) {
                    named.add(step + ": hook '" + run.hookOf(step) + "', text '" + run.stepTextOf(step) + "'");
                }
                named.add(run.pickleOf("unknown").isMissingNode() ? "missing" : "found");
            }
        });
        assertThat(named).containsExactly("a1: hook 'enter', text ''", "a2: hook '', text 'it creates 5 sandbox indirect resellers'",
                "unknown: hook '', text ''", "missing");
    }

    @Test
    void a_run_that_wrote_no_messages_hands_none(@TempDir Path dir) throws Exception {
        List<String> seen = new ArrayList<>();
        RunMessages.read(dir.resolve("messages.ndjson"), (type, message, run) -> seen.add(type));
        assertThat(seen).isEmpty();
        assertThat(ScenarioCalls.longest(dir.resolve("messages.ndjson"))).isEqualTo(new ScenarioCalls("-", 0));
    }

    @Test
    void the_scenario_with_the_most_calls_is_found_by_its_calls_attachments_plain_or_base64(@TempDir Path dir) throws Exception {
        assertThat(ScenarioCalls.longest(write(dir)))
                .as("3 calls in base64 beat 2 in plain text; the 5 records of another media type are not calls")
                .isEqualTo(new ScenarioCalls("The 76th customer", 3));
    }

    private static Path write(Path dir) throws Exception {
        return Files.write(dir.resolve("messages.ndjson"), RUN);
    }

    private static String attachment(String started, String body, boolean base64) {
        String encoded = base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body.replace("\"", "\\\"");
        return "{\"attachment\":{\"testCaseStartedId\":\"" + started + "\",\"mediaType\":\"" + ScenarioHooks.CALLS_MEDIA_TYPE
                + "\",\"contentEncoding\":\"" + (base64 ? "BASE64" : "IDENTITY") + "\",\"body\":\"" + encoded + "\"}}";
    }
}
