package org.partnersandbox.report;

import org.partnersandbox.parity.ParitySummary;

import java.util.List;

/** Everything one run says, capability by capability: what capabilities.json holds. */
public record CapabilityReport(
        int formatVersion,
        RunInfo run,
        Summary summary,
        List<SourcePage> sources,
        List<CapabilityResult> capabilities,
        List<DocumentationConflict> conflicts,
        List<String> warnings,
        ParitySummary parity) {

    public static final int FORMAT_VERSION = 1;

    public CapabilityReport {
        sources = sources == null ? List.of() : List.copyOf(sources);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    CapabilityReport withCapabilities(List<CapabilityResult> replaced) {
        return new CapabilityReport(formatVersion, run, summary, sources, replaced, conflicts, warnings, parity);
    }

    /** Without the parity summary (a report from before it, or made without the parity check). */
    public CapabilityReport(int formatVersion, RunInfo run, Summary summary, List<SourcePage> sources,
                            List<CapabilityResult> capabilities, List<DocumentationConflict> conflicts,
                            List<String> warnings) {
        this(formatVersion, run, summary, sources, capabilities, conflicts, warnings, null);
    }

    public List<CapabilityResult> failed() {
        return capabilities.stream().filter(capability -> capability.outcome() == Outcome.FAILED).toList();
    }
}
