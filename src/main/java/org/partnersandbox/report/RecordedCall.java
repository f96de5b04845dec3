package org.partnersandbox.report;

/**
 * One HTTP call a scenario made, as the suite attaches it at the end of the scenario
 * (media type {@value #MEDIA_TYPE}, a JSON array of these).
 */
public record RecordedCall(String method, String path, Integer status, String requestId, String correlationId) {

    public static final String MEDIA_TYPE = "application/x.partnersandbox.calls+json";
}
