package org.partnersandbox.report;

/**
 * One HTTP call a scenario made, as the suite attaches it at the end of the scenario
 * (media type {@value #MEDIA_TYPE}, a JSON array of these). {@code errorCode} is the Partner Center
 * error code of a refused call, null otherwise (and in attachments from suites that do not send it).
 */
public record RecordedCall(String method, String path, Integer status, String requestId, String correlationId,
                           Integer errorCode) {

    public static final String MEDIA_TYPE = "application/x.partnersandbox.calls+json";

    public RecordedCall(String method, String path, Integer status, String requestId, String correlationId) {
        this(method, path, status, requestId, correlationId, null);
    }
}
