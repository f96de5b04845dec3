package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Exchanges for the parity tests, bodies written as JSON text. */
final class Calls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Calls() {
    }

    static Exchange call(String method, String path, int status, String body) {
        return call(method, path, status, null, body);
    }

    static Exchange call(String method, String path, int status, Integer code, String body) {
        return new Exchange(method, path, status, code, body == null ? null : json(body));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
