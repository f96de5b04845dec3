package org.partnersandbox.suite.client;

import java.util.Optional;
import java.util.UUID;

/**
 * The {@code MS-RequestId} and {@code MS-CorrelationId} of one call. Normally both fresh GUIDs;
 * scenarios about idempotency choose the request id, scenarios about required headers leave one out.
 */
public final class RequestIds {

    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CORRELATION_ID = "MS-CorrelationId";

    private final String requestId;
    private final String correlationId;

    private RequestIds(String requestId, String correlationId) {
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    /** Two fresh GUIDs: what every call sends unless a scenario says otherwise. */
    public static RequestIds fresh() {
        return new RequestIds(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** The same request id (a retry, or a replay for idempotency), with a fresh correlation id. */
    public static RequestIds withRequestId(String requestId) {
        return new RequestIds(requestId, UUID.randomUUID().toString());
    }

    public RequestIds withoutRequestId() {
        return new RequestIds(null, correlationId);
    }

    public RequestIds withoutCorrelationId() {
        return new RequestIds(requestId, null);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    @Override
    public String toString() {
        return REQUEST_ID + " " + (requestId == null ? "(not sent)" : requestId)
                + ", " + CORRELATION_ID + " " + (correlationId == null ? "(not sent)" : correlationId);
    }
}
