package org.partnersandbox.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.restassured.response.Response;
import java.util.Optional;

/**
 * The answer to one Partner Center call. Its text forms are masked, so it can go into any
 * message; {@link #json()} gives the real body (which may hold a password) for checks only.
 */
public final class ApiResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallRecord call;
    private final CallIds sent;
    private final Response response;
    private final String body;
    private final String maskedBody;

    /** {@code maskedBody}: the body as {@link SecretMask#body} prints it. */
    ApiResponse(CallRecord call, CallIds sent, Response response, String maskedBody) {
        this.call = call;
        this.sent = sent;
        this.response = response;
        this.body = response.asString();
        this.maskedBody = maskedBody;
    }

    public CallRecord call() {
        return call;
    }

    public int status() {
        return call.status();
    }

    /** The ids this call sent (either may have been left out on purpose). */
    public CallIds sent() {
        return sent;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(response.getHeader(name));
    }

    public boolean hasEmptyBody() {
        return body.isEmpty();
    }

    /** The parsed body; {@link MissingNode} when it is empty or not JSON. */
    public JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The body as it may be printed. */
    public String maskedBody() {
        return body.isEmpty() ? "(empty body)" : maskedBody;
    }

    @Override
    public String toString() {
        return call.describe() + "\n" + maskedBody();
    }
}
