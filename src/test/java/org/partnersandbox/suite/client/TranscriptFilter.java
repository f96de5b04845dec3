package org.partnersandbox.suite.client;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Map;

/** Writes each request and its response, masked, into the scenario's {@link Transcript}. */
final class TranscriptFilter implements Filter {

    private final Transcript transcript;

    TranscriptFilter(Transcript transcript) {
        this.transcript = transcript;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        StringBuilder text = new StringBuilder();
        text.append(request.getMethod()).append(' ').append(request.getURI()).append('\n');
        for (Header header : request.getHeaders()) {
            text.append(header.getName()).append(": ").append(SecretMask.header(header.getName(), header.getValue())).append('\n');
        }
        appendRequestBody(request, text);
        try {
            Response response = context.next(request, responseSpec);
            text.append("\n<< ").append(response.getStatusLine()).append('\n');
            for (Header header : response.getHeaders()) {
                text.append(header.getName()).append(": ").append(SecretMask.header(header.getName(), header.getValue())).append('\n');
            }
            String body = response.asString();
            if (!body.isEmpty()) {
                text.append('\n').append(SecretMask.body(body)).append('\n');
            }
            return response;
        } catch (RuntimeException noResponse) {
            text.append("\n<< no response: ").append(SecretMask.text(String.valueOf(noResponse.getMessage()))).append('\n');
            throw noResponse;
        } finally {
            transcript.add(text.toString());
        }
    }

    private static void appendRequestBody(FilterableRequestSpecification request, StringBuilder text) {
        Map<String, String> form = request.getFormParams();
        if (!form.isEmpty()) {
            text.append('\n');
            form.forEach((name, value) -> text.append(name).append('=').append(SecretMask.formValue(name, value)).append('\n'));
        }
        Object body = request.getBody();
        if (body != null) {
            text.append('\n').append(SecretMask.body(body.toString())).append('\n');
        }
    }
}
