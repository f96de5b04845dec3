package org.partnersandbox.suite.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.util.Locale;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.RequestIds;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.DocumentedErrors;
import org.partnersandbox.suite.support.ScenarioContext;

/**
 * Refusals, in the Partner Center error format (RR-15): status, numeric code, description, source,
 * echoed ids. Where the documents give no code for a refusal, only "some 4xx in that format" is asserted.
 */
public final class ErrorSteps {

    private final ScenarioContext context;

    public ErrorSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the request is refused with error {int}")
    public void the_request_is_refused_with_error(int code) {
        OptionalInt documentedStatus = DocumentedErrors.statusOf(code);
        check((response, softly) -> {
            if (documentedStatus.isPresent()) {
                softly.assertThat(response.status()).as("HTTP status documented for error %d", code)
                        .isEqualTo(documentedStatus.getAsInt());
            }
            softly.assertThat(response.json().path("code").asText()).as("code").isEqualTo(String.valueOf(code));
        });
    }

    @Then("the request is refused with status {int} and error {int}")
    public void the_request_is_refused_with_status_and_error(int status, int code) {
        check((response, softly) -> {
            softly.assertThat(response.status()).as("HTTP status").isEqualTo(status);
            softly.assertThat(response.json().path("code").asText()).as("code").isEqualTo(String.valueOf(code));
        });
    }

    @Then("the request is refused")
    public void the_request_is_refused() {
        check((response, softly) -> { });
    }

    /** The description names the property by its last segment, in any case: the live service's wording is unknown. */
    @Then("the request is refused, naming {string}")
    public void the_request_is_refused_naming(String property) {
        String name = property.substring(property.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        check((response, softly) -> softly.assertThat(response.json().path("description").asText("").toLowerCase(Locale.ROOT))
                .as("the description names %s", property).contains(name));
    }

    private interface MoreChecks {
        void add(ApiResponse response, SoftAssertions softly);
    }

    /** Every refusal: a 4xx in the Partner Center error format, ids echoed; then the step's own checks. */
    private void check(MoreChecks more) {
        ApiResponse response = context.lastResponse();
        JsonNode error = response.json();
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("HTTP status of a refusal").isBetween(400, 499);
            // error-codes.md types code as a string, every example (and the emulator) sends a number: both count
            JsonNode codeNode = error.path("code");
            softly.assertThat(codeNode.isNumber() || codeNode.asText("").matches("\\d+"))
                    .as("code is a number: %s", codeNode).isTrue();
            softly.assertThat(error.path("description").asText("")).as("description").isNotBlank();
            softly.assertThat(error.path("source").asText("")).as("source").isNotBlank();
            response.sent().requestId().ifPresent(id -> softly.assertThat(response.header(RequestIds.REQUEST_ID))
                    .as("%s echoed", RequestIds.REQUEST_ID).contains(id));
            response.sent().correlationId().ifPresent(id -> softly.assertThat(response.header(RequestIds.CORRELATION_ID))
                    .as("%s echoed", RequestIds.CORRELATION_ID).contains(id));
            more.add(response, softly);
        });
    }
}
