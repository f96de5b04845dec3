package org.partnersandbox.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Partner Center call as a resource client describes it: method, path, query, extra headers,
 * body and ids. {@link PartnerCenterApi} turns it into HTTP; resource clients never touch rest-assured.
 */
final class Call {

    private final String method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private JsonNode body;
    private CallIds ids = CallIds.fresh();
    private boolean pathAsGiven;

    private Call(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static Call of(String method, String path) {
        return new Call(method, path);
    }

    Call query(String name, String value) {
        query.put(name, value);
        return this;
    }

    Call query(Map<String, String> values) {
        query.putAll(values);
        return this;
    }

    Call header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Call body(JsonNode json) {
        this.body = json;
        return this;
    }

    Call ids(CallIds ids) {
        this.ids = ids;
        return this;
    }

    /**
     * Send the path exactly as written, without URL encoding: how a path with a double slash
     * (IR-29) reaches the server as printed, instead of as {@code %2F%2F}. Only for paths without a query.
     */
    Call pathAsGiven() {
        if (!query.isEmpty()) {
            throw new IllegalStateException("a path sent as given cannot carry query parameters: " + path);
        }
        this.pathAsGiven = true;
        return this;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    Map<String, String> query() {
        return query;
    }

    Map<String, String> headers() {
        return headers;
    }

    JsonNode body() {
        return body;
    }

    CallIds ids() {
        return ids;
    }

    boolean isPathAsGiven() {
        return pathAsGiven;
    }
}
