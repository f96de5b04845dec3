package org.partnersandbox.suite.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.RequestIds;

/**
 * What every refusal must look like (RR-15): a 4xx status, the Partner Center error body
 * ({@code code} a number, {@code description}, {@code source}) and the request's
 * {@code MS-RequestId}/{@code MS-CorrelationId} echoed. Every step that meets a refusal goes
 * through {@link #check}, so none skips the format; the kinds below add what they expect.
 */
public final class RefusalCheck {

    private RefusalCheck() {
    }

    /** The format, then {@code more} checks of the same answer; every failing check is reported. */
    public static void check(ScenarioContext context, ApiResponse response, BiConsumer<ApiResponse, SoftAssertions> more) {
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
            more.accept(response, softly);
        });
    }

    /** Refused with error {@code code}, under the status the documents give for it where they give one. */
    public static void withCode(ScenarioContext context, ApiResponse response, int code) {
        OptionalInt documented = DocumentedErrors.statusOf(code);
        check(context, response, (answer, softly) -> {
            documented.ifPresent(status -> softly.assertThat(answer.status())
                    .as("HTTP status documented for error %d", code).isEqualTo(status));
            softly.assertThat(answer.json().path("code").asText()).as("code").isEqualTo(String.valueOf(code));
        });
    }

    /**
     * Refused for what it asked, where the documents name no code. Not a 401: an authentication
     * failure would let a scenario about a refused operation pass without the operation being judged.
     */
    public static void forWhatItAsked(ScenarioContext context, ApiResponse response) {
        check(context, response, (answer, softly) -> softly.assertThat(answer.status())
                .as("HTTP status of a refusal of what was asked (not 401: the caller was signed in)")
                .isNotEqualTo(401));
    }

    /** Not found: 404 in the error format, whatever code the target chose. */
    public static void notFound(ScenarioContext context, ApiResponse response) {
        check(context, response, (answer, softly) -> softly.assertThat(answer.status())
                .as("HTTP status of something that is not found").isEqualTo(404));
    }
}
