package org.partnersandbox.suite.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.RequestIds;

/**
 * What every refusal must look like (RR-15): an HTTP status, the Partner Center error body
 * ({@code code} a number, {@code description}, {@code source}) and the request's
 * {@code MS-RequestId}/{@code MS-CorrelationId} echoed. The three kinds differ only in the status
 * and code they expect; steps that meet a refusal call one of them, so none skips the format.
 */
public final class RefusalCheck {

    private RefusalCheck() {
    }

    /** Refused with error {@code code}, under the status the documents give for it, else some 4xx. */
    public static void withCode(ScenarioContext context, ApiResponse response, int code) {
        OptionalInt documented = DocumentedErrors.statusOf(code);
        check(context, response, OptionalInt.of(code), softly -> {
            if (documented.isPresent()) {
                softly.assertThat(response.status()).as("HTTP status documented for error %d", code)
                        .isEqualTo(documented.getAsInt());
            } else {
                softly.assertThat(response.status()).as("HTTP status of a refusal").isBetween(400, 499);
            }
        });
    }

    /**
     * Refused for what it asked, where the documents name no code: a 4xx other than 401, since an
     * authentication failure would not answer the question the scenario asks.
     */
    public static void forWhatItAsked(ScenarioContext context, ApiResponse response) {
        check(context, response, OptionalInt.empty(), softly -> softly.assertThat(response.status())
                .as("HTTP status of a refusal (a 4xx, and not 401: the caller was signed in)")
                .isBetween(400, 499).isNotEqualTo(401));
    }

    /** Not found: 404 in the error format, whatever code the target chose. */
    public static void notFound(ScenarioContext context, ApiResponse response) {
        check(context, response, OptionalInt.empty(), softly -> softly.assertThat(response.status())
                .as("HTTP status of something that is not found").isEqualTo(404));
    }

    private static void check(ScenarioContext context, ApiResponse response, OptionalInt code,
                              Consumer<SoftAssertions> status) {
        JsonNode error = response.json();
        Checks.all(context.about(response), softly -> {
            status.accept(softly);
            // error-codes.md types code as a string, every example (and the emulator) sends a number: both count
            JsonNode codeNode = error.path("code");
            softly.assertThat(codeNode.isNumber() || codeNode.asText("").matches("\\d+"))
                    .as("code is a number: %s", codeNode).isTrue();
            code.ifPresent(expected -> softly.assertThat(codeNode.asText()).as("code").isEqualTo(String.valueOf(expected)));
            softly.assertThat(error.path("description").asText("")).as("description").isNotBlank();
            softly.assertThat(error.path("source").asText("")).as("source").isNotBlank();
            response.sent().requestId().ifPresent(id -> softly.assertThat(response.header(RequestIds.REQUEST_ID))
                    .as("%s echoed", RequestIds.REQUEST_ID).contains(id));
            response.sent().correlationId().ifPresent(id -> softly.assertThat(response.header(RequestIds.CORRELATION_ID))
                    .as("%s echoed", RequestIds.CORRELATION_ID).contains(id));
        });
    }
}
