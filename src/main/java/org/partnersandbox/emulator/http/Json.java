package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.javalin.http.Context;

import java.io.IOException;

/** The emulator's one JSON mapper, and how a JSON answer is written. */
public final class Json {

    /** The type of every JSON answer, as the emulator sets it; Jetty sends it as {@link #CONTENT_TYPE_SENT}. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    public static final String CONTENT_TYPE_SENT = "application/json;charset=utf-8";

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
        ctx.status(status).contentType(CONTENT_TYPE).result(json);
    }

    /** {@code body} as UTF-8 JSON. */
    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a response body", e);
        }
    }

    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * A value that {@code writer} writes straight to the answer when it is serialised, as a node that fits
     * in a tree: for answers made on every request, which as trees of nodes cost more than the rest of
     * a create's handling (issue 14's POST profile).
     */
    public static JsonNode streamed(Writer writer) {
        return new POJONode(new Streamed(writer));
    }

    private record Streamed(Writer writer) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
            writer.write(json);
        }

        @Override
        public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer types) throws IOException {
            writer.write(json);
        }
    }

    /** {@code "name": {"uri": ..., "method": ..., "headers": []}}, as {@link #link} makes it. */
    public static void writeLink(JsonGenerator json, String name, String uri, String method) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("uri", uri);
        json.writeStringField("method", method);
        json.writeArrayFieldStart("headers");
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code "links": {"self": <link>}} for a GET of {@code uri}. */
    public static void writeSelfLinks(JsonGenerator json, String uri) throws IOException {
        json.writeObjectFieldStart("links");
        writeLink(json, "self", uri, "GET");
        json.writeEndObject();
    }

    /** {@code "attributes": {"objectType": ...}}, as {@link #attributes} makes it. */
    public static void writeAttributes(JsonGenerator json, String objectType) throws IOException {
        json.writeObjectFieldStart("attributes");
        json.writeStringField("objectType", objectType);
        json.writeEndObject();
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
