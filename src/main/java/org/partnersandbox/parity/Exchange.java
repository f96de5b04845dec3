package org.partnersandbox.parity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Partner Center call and its answer as a parity snapshot keeps it: method, path (with its
 * query), status, the error code of a refusal and the response body. In a snapshot every volatile
 * value is a placeholder ({@link Normaliser}); in a run it is as the target answered, secrets masked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exchange(String method, String path, int status, Integer errorCode, JsonNode body) {

    /** "GET /v1/customers/&lt;customer:1&gt;". */
    public String call() {
        return method + " " + path;
    }
}
