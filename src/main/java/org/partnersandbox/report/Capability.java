package org.partnersandbox.report;

import java.util.List;

/** One catalogue entry: a promise of a source page, in the project's words. */
public record Capability(
        String id,
        String statement,
        String source,
        CapabilityKind kind,
        List<String> partnerTypes,
        List<String> supersededBy) {

    public Capability {
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
        supersededBy = supersededBy == null ? List.of() : List.copyOf(supersededBy);
    }

    /** For a tag that the catalogue does not know: shown as such rather than dropped. */
    static Capability uncatalogued(String id) {
        return new Capability(id, "(not in the catalogue)", null, CapabilityKind.SANDBOX, List.of(), List.of());
    }
}
