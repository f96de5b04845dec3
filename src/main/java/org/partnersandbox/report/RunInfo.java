package org.partnersandbox.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Which run this is: target, where, when, what code, which filter. Absent facts are null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunInfo(
        String target,
        String baseUrlHost,
        String startedAt,
        String finishedAt,
        long durationMs,
        String projectVersion,
        String gitCommit,
        String tagFilter) {
}
