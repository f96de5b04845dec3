package org.partnersandbox.suite.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallIds;
import org.partnersandbox.suite.config.Target;
import org.partnersandbox.suite.scenario.ScenarioContext;

/**
 * What every refusal must look like (RR-15): a 4xx status, the Partner Center error body
 * ({@code code} a number, {@code description}, {@code source}) and the request's
 * {@code MS-RequestId}/{@code MS-CorrelationId} echoed. Every step that meets a refusal goes
 * through {@link #check}, so none skips the format; the kinds below add what they expect.
 */
public final class RefusalCheck {

    /**
     * Answers that mean the request never reached the rule a scenario is about: the caller was not
     * signed in (401; 6002 unauthorized token; 900421 MFA missing), the route is unknown (404, 405),
     * or the path fell to another resource ("Invalid Customer ID" 900118 when a misrouted
     * {@code /customers/relationshiprequests} is taken for {@code /customers/{id}}).
     */
    private static final Set<Integer> MISDIRECTED_STATUSES = Set.of(401, 404, 405);
    private static final Set<Integer> MISDIRECTED_CODES = Set.of(900118, 900421, 6002);

    private RefusalCheck() {
    }

    /** The format, then {@code more} checks of the same answer; every failing check is reported. */
    public static void check(ScenarioContext context, ApiResponse response, BiConsumer<ApiResponse, SoftChecks> more) {
        JsonNode error = response.json();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("HTTP status of a refusal").isBetween(400, 499));
            // error-codes.md types code as a string, every example (and the emulator) sends a number: both count
            JsonNode codeNode = error.path("code");
            softly.check(() -> assertThat(codeNode.isNumber() || codeNode.asText("").matches("\\d+"))
                    .as("code is a number: %s", codeNode).isTrue());
            softly.check(() -> assertThat(error.path("description").asText("")).as("description").isNotBlank());
            softly.check(() -> assertThat(error.path("source").asText("")).as("source").isNotBlank());
            response.sent().requestId().ifPresent(id -> softly.check(() -> assertThat(response.header(CallIds.REQUEST_ID))
                    .as("%s echoed", CallIds.REQUEST_ID).contains(id)));
            response.sent().correlationId().ifPresent(id -> softly.check(() -> assertThat(response.header(CallIds.CORRELATION_ID))
                    .as("%s echoed", CallIds.CORRELATION_ID).contains(id)));
            more.accept(response, softly);
        });
    }

    /** Refused with error {@code code}, under the status the documents give for it where they give one. */
    public static void withCode(ScenarioContext context, ApiResponse response, int code) {
        OptionalInt documented = DocumentedErrors.statusOf(code);
        check(context, response, (answer, softly) -> {
            documented.ifPresent(status -> softly.check(() -> assertThat(answer.status())
                    .as("HTTP status documented for error %d", code).isEqualTo(status)));
            softly.check(() -> assertThat(answer.json().path("code").asText()).as("code").isEqualTo(String.valueOf(code)));
        });
    }

    /**
     * Refused for {@code cause}. On the emulator: exactly the status and code the emulator documents
     * for it. On every target: the status the pages give, if any, and an answer that is none of the
     * misdirected ones. What was observed goes to the capability report ("verified — the page gives
     * no code; observed 400 900127").
     */
    public static void forCause(ScenarioContext context, ApiResponse response, RefusalCause cause, Target target) {
        check(context, response, (answer, softly) -> {
            String code = answer.json().path("code").asText("");
            softly.check(() -> assertThat(answer.status()).as("HTTP status of a refusal because %s (401, 404 and 405 say the call"
                    + " never reached that rule)", cause.words()).isNotIn(MISDIRECTED_STATUSES));
            softly.check(() -> assertThat(code).as("code of a refusal because %s (%s say the call never reached that rule)",
                    cause.words(), MISDIRECTED_CODES).isNotIn(MISDIRECTED_CODES.stream().map(String::valueOf).toList()));
            cause.documentedStatus().ifPresent(status -> softly.check(() -> assertThat(answer.status())
                    .as("HTTP status the pages give when %s", cause.words()).isEqualTo(status)));
            if (target == Target.EMULATOR) {
                softly.check(() -> assertThat(cause.emulatorStatus())
                        .as("the emulator documents a refusal when %s", cause.words())
                        .isPresent());
                cause.emulatorStatus().ifPresent(status -> softly.check(() -> assertThat(answer.status())
                        .as("HTTP status the emulator documents when %s", cause.words()).isEqualTo(status)));
                cause.emulatorCode().ifPresent(expected -> softly.check(() -> assertThat(code)
                        .as("code the emulator documents when %s", cause.words()).isEqualTo(String.valueOf(expected))));
            }
        });
        context.observed(response.status() + " " + response.json().path("code").asText("(no code)"));
    }

    /** Not found: 404 in the error format, whatever code the target chose. */
    public static void notFound(ScenarioContext context, ApiResponse response) {
        check(context, response, (answer, softly) -> softly.check(() -> assertThat(answer.status())
                .as("HTTP status of something that is not found").isEqualTo(404)));
    }
}
