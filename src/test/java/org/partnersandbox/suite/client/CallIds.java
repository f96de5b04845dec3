package org.partnersandbox.suite.client;

import java.util.Optional;
import java.util.UUID;

/**
 * The {@code MS-RequestId} and {@code MS-CorrelationId} one call sends. Normally both fresh GUIDs;
 * scenarios about idempotency choose the request id, scenarios about required headers leave one out.
 * (The emulator's {@code http/RequestIds} is the other side: it echoes them and requires them.)
 */
public final class CallIds {

    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CORRELATION_ID = "MS-CorrelationId";

    private final String requestId;
    private final String correlationId;

    private CallIds(String requestId, String correlationId) {
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    /** Two fresh GUIDs: what every call sends unless a scenario says otherwise. */
    public static CallIds fresh() {
        return new CallIds(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** The same request id (a retry, or a replay for idempotency), with a fresh correlation id. */
    public static CallIds withRequestId(String requestId) {
        return new CallIds(requestId, UUID.randomUUID().toString());
    }

    public CallIds withoutRequestId() {
        return new CallIds(null, correlationId);
    }

    public CallIds withoutCorrelationId() {
        return new CallIds(requestId, null);
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
