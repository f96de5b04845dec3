package org.partnersandbox.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.partnersandbox.parity.CapabilityParity;

/** A capability with what this run says about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapabilityResult(
        String id,
        String statement,
        String source,
        CapabilityKind kind,
        List<String> partnerTypes,
        List<String> supersededBy,
        Outcome outcome,
        String reason,
        List<ScenarioResult> scenarios,
        List<String> evidence,
        CapabilityHistory history,
        CapabilityParity parity) {

    public CapabilityResult {
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
        supersededBy = supersededBy == null ? List.of() : List.copyOf(supersededBy);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Without a parity column (set by {@link #withParity}). */
    public CapabilityResult(String id, String statement, String source, CapabilityKind kind, List<String> partnerTypes,
                            List<String> supersededBy, Outcome outcome, String reason, List<ScenarioResult> scenarios,
                            List<String> evidence, CapabilityHistory history) {
        this(id, statement, source, kind, partnerTypes, supersededBy, outcome, reason, scenarios, evidence, history, null);
    }

    CapabilityResult withHistory(CapabilityHistory recent) {
        return new CapabilityResult(id, statement, source, kind, partnerTypes, supersededBy, outcome, reason,
                scenarios, evidence, recent, parity);
    }

    /** The parity column from the scenarios' parity. */
    CapabilityResult withParity() {
        return new CapabilityResult(id, statement, source, kind, partnerTypes, supersededBy, outcome, reason,
                scenarios, evidence, history, CapabilityParity.of(scenarios.stream().map(ScenarioResult::parity).toList()));
    }
}
