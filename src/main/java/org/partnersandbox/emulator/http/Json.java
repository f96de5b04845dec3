package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** The emulator's one JSON mapper, and how a JSON answer is written. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        // hostile bodies: keep nesting and string sizes bounded (the body itself is capped at 1 MiB)
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(256 * 1024).build());
    }

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static void respond(Context ctx, int status, Object body) {
        respondWritten(ctx, status, write(body));
    }

    /** Answers with a body already written as JSON ({@link #write}), e.g. a remembered create answer. */
    public static void respondWritten(Context ctx, int status, byte[] json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json);
    }

    /** {@code body} as UTF-8 JSON. */
    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a response body", e);
        }
    }

    /** {@code {"uri": ..., "method": ..., "headers": []}} */
    public static ObjectNode link(String uri, String method) {
        ObjectNode link = object().put("uri", uri).put("method", method);
        link.putArray("headers");
        return link;
    }

    /** The {@code attributes} of a resource: its object type. */
    public static ObjectNode attributes(String objectType) {
        return object().put("objectType", objectType);
    }
}
