package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.regex.Pattern;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallIds;
import org.partnersandbox.suite.hooks.SandboxRun;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;
import org.partnersandbox.suite.verdicts.RefusalCause;
import org.partnersandbox.suite.verdicts.RefusalCheck;

/**
 * Refusals, in the Partner Center error format (RR-15): status, numeric code, description, source,
 * echoed ids ({@link RefusalCheck}). Where the documents give no code for a refusal, the step names its
 * cause, and {@link RefusalCause} gives what each target answers. Also the debugging detail that a
 * successful answer carries.
 */
public final class ErrorSteps {

    private final ScenarioContext context;

    public ErrorSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the request is refused with error {int}")
    public void the_request_is_refused_with_error(int code) {
        RefusalCheck.withCode(context, context.lastResponse(), code);
    }

    @Then("the request is refused with status {int} and error {int}")
    public void the_request_is_refused_with_status_and_error(int status, int code) {
        RefusalCheck.check(context, context.lastResponse(), (response, softly) -> {
            softly.check(() -> assertThat(response.status()).as("HTTP status").isEqualTo(status));
            softly.check(() -> assertThat(response.json().path("code").asText()).as("code").isEqualTo(String.valueOf(code)));
        });
    }

    /**
     * Refused for a cause the pages give no code for: on the emulator its documented status and code,
     * on the live target a 4xx that is not a misdirected answer ({@link RefusalCause}).
     */
    @Then("the request is refused because {refusalCause}")
    public void the_request_is_refused_because(RefusalCause cause) {
        RefusalCheck.forCause(context, context.lastResponse(), cause, SandboxRun.current().target());
    }

    /**
     * The description names the property by its full dotted path, as a whole (in any case: the live
     * service's wording is unknown): "tenant" is not named by a description that names only
     * "tenant.name", nor "tenant.name" by one that names "name".
     */
    @Then("the request is refused, naming {string}")
    public void the_request_is_refused_naming(String property) {
        Pattern named = Pattern.compile("(?<!\\w|\\w\\.)" + Pattern.quote(property) + "(?!\\w|\\.\\w)", Pattern.CASE_INSENSITIVE);
        RefusalCheck.forCause(context, context.lastResponse(), RefusalCause.PROPERTY_MISSING, SandboxRun.current().target());
        RefusalCheck.check(context, context.lastResponse(), (response, softly) -> softly.check(() ->
                assertThat(response.json().path("description").asText(""))
                .as("the description names %s by its full path", property).containsPattern(named)));
    }

    /** RR-15 for answers that are not refusals. The client already fails any call whose ids are not echoed. */
    @Then("the answer has a status and echoes the request and correlation ids")
    public void the_answer_has_a_status_and_echoes_the_request_and_correlation_ids() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("HTTP status of a success").isBetween(200, 299));
            response.sent().requestId().ifPresent(id -> softly.check(() -> assertThat(response.header(CallIds.REQUEST_ID))
                    .as("%s echoed", CallIds.REQUEST_ID).contains(id)));
            response.sent().correlationId().ifPresent(id -> softly.check(() -> assertThat(response.header(CallIds.CORRELATION_ID))
                    .as("%s echoed", CallIds.CORRELATION_ID).contains(id)));
        });
    }
}
