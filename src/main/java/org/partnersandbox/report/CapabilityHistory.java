package org.partnersandbox.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A capability's outcomes over the last runs on the same target, oldest first (this run last),
 * and, when it is failing now, the start of the run that began the failing streak.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapabilityHistory(List<PastOutcome> recent, String failingSince, int failingRuns, boolean failingBeyondHistory) {

    public CapabilityHistory {
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** One earlier run's word on the capability ({@code outcome} null when that run did not know it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PastOutcome(String startedAt, String outcome, String gitCommit) {
    }
}
