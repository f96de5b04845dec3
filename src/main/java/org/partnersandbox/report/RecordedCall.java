package org.partnersandbox.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP call a scenario made, as the suite attaches it at the end of the scenario
 * (media type {@value #MEDIA_TYPE}, a JSON array of these). {@code errorCode} is the Partner Center
 * error code of a refused call, null otherwise (and in attachments from suites that do not send it).
 * {@code body} is the JSON answer, secrets masked, for the parity snapshots; the report's own JSON
 * leaves it out ({@link ScenarioRecorder}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedCall(String method, String path, Integer status, String requestId, String correlationId,
                           Integer errorCode, JsonNode body) {

    public static final String MEDIA_TYPE = "application/x.partnersandbox.calls+json";

    public RecordedCall(String method, String path, Integer status, String requestId, String correlationId) {
        this(method, path, status, requestId, correlationId, null, null);
    }

    public RecordedCall(String method, String path, Integer status, String requestId, String correlationId,
                        Integer errorCode) {
        this(method, path, status, requestId, correlationId, errorCode, null);
    }
}
