package org.partnersandbox.suite.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.util.OptionalInt;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.RequestIds;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.DocumentedErrors;
import org.partnersandbox.suite.support.ScenarioContext;

/** Refusals, in the Partner Center error format (RR-15): status, numeric code, description, source, echoed ids. */
public final class ErrorSteps {

    private final ScenarioContext context;

    public ErrorSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the request is refused with error {int}")
    public void the_request_is_refused_with_error(int code) {
        ApiResponse response = context.lastResponse();
        JsonNode error = response.json();
        OptionalInt documentedStatus = DocumentedErrors.statusOf(code);
        Checks.all(context.about(response), softly -> {
            if (documentedStatus.isPresent()) {
                softly.assertThat(response.status()).as("HTTP status documented for error %d", code)
                        .isEqualTo(documentedStatus.getAsInt());
            } else {
                softly.assertThat(response.status()).as("HTTP status of a refusal").isBetween(400, 499);
            }
            // error-codes.md types code as a string, every example (and the emulator) sends a number: both count
            JsonNode codeNode = error.path("code");
            softly.assertThat(codeNode.isNumber() || codeNode.asText("").matches("\\d+"))
                    .as("code is a number: %s", codeNode).isTrue();
            softly.assertThat(codeNode.asText()).as("code").isEqualTo(String.valueOf(code));
            softly.assertThat(error.path("description").asText("")).as("description").isNotBlank();
            softly.assertThat(error.path("source").asText("")).as("source").isNotBlank();
            response.sent().requestId().ifPresent(id -> softly.assertThat(response.header(RequestIds.REQUEST_ID))
                    .as("%s echoed", RequestIds.REQUEST_ID).contains(id));
            response.sent().correlationId().ifPresent(id -> softly.assertThat(response.header(RequestIds.CORRELATION_ID))
                    .as("%s echoed", RequestIds.CORRELATION_ID).contains(id));
        });
    }
}
