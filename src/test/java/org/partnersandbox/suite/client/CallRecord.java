package org.partnersandbox.suite.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One Partner Center call as the capability report sees it. Serialized as is into the
 * {@code application/x.partnersandbox.calls+json} attachment, so the component names are a contract.
 *
 * @param path          the path and query string, as in the request line
 * @param requestId     the {@code MS-RequestId} the response carried (the one sent when it carried none)
 * @param correlationId the {@code MS-CorrelationId} likewise
 * @param errorCode     the Partner Center error code of a refused call, null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallRecord(String method, String path, int status, String requestId, String correlationId,
                         Integer errorCode) {

    public CallRecord(String method, String path, int status, String requestId, String correlationId) {
        this(method, path, status, requestId, correlationId, null);
    }

    /** "POST /v1/sandboxIndirectReseller → 201 (MS-CorrelationId …, MS-RequestId …)". */
    public String describe() {
        return method + " " + path + " → " + status
                + " (MS-CorrelationId " + correlationId + ", MS-RequestId " + requestId + ")";
    }
}
