package org.partnersandbox.suite.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Partner Center call as the capability report sees it. Serialized as is into the
 * {@code application/x.partnersandbox.calls+json} attachment, so the component names are a contract.
 *
 * @param path          the path and query string, as in the request line
 * @param requestId     the {@code MS-RequestId} the response carried (the one sent when it carried none)
 * @param correlationId the {@code MS-CorrelationId} likewise
 * @param errorCode     the Partner Center error code of a refused call, null otherwise
 * @param body          the response body when it is JSON, secrets masked ({@link SecretMask}): what the
 *                      parity snapshots keep and compare (the report's own JSON leaves it out); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallRecord(String method, String path, int status, String requestId, String correlationId,
                         Integer errorCode, JsonNode body) {

    public CallRecord(String method, String path, int status, String requestId, String correlationId) {
        this(method, path, status, requestId, correlationId, null, null);
    }

    public CallRecord(String method, String path, int status, String requestId, String correlationId,
                      Integer errorCode) {
        this(method, path, status, requestId, correlationId, errorCode, null);
    }

    /** "POST /v1/sandboxIndirectReseller → 201 (MS-CorrelationId …, MS-RequestId …)". */
    public String describe() {
        return method + " " + path + " → " + status
                + " (MS-CorrelationId " + correlationId + ", MS-RequestId " + requestId + ")";
    }
}
