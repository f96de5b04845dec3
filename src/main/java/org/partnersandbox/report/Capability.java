package org.partnersandbox.report;

import java.util.List;

/** One catalogue entry: a promise of a source page, in the project's words. */
public record Capability(
        String id,
        String statement,
        String source,
        CapabilityKind kind,
        List<String> partnerTypes,
        List<String> supersededBy,
        List<DocumentedError> mustObserve) {

    /**
     * An error the page documents, which the run must have seen at least once for the
     * capability to count as verified (IR-28: "the documented error table is what the service returns").
     */
    public record DocumentedError(int status, int code) {
        @Override
        public String toString() {
            return status + "/" + code;
        }
    }

    public Capability {
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
        supersededBy = supersededBy == null ? List.of() : List.copyOf(supersededBy);
        mustObserve = mustObserve == null ? List.of() : List.copyOf(mustObserve);
    }

    public Capability(String id, String statement, String source, CapabilityKind kind,
                      List<String> partnerTypes, List<String> supersededBy) {
        this(id, statement, source, kind, partnerTypes, supersededBy, List.of());
    }

    /** For a tag that the catalogue does not know: shown as such rather than dropped. */
    static Capability uncatalogued(String id) {
        return new Capability(id, "(not in the catalogue)", null, CapabilityKind.SANDBOX, List.of(), List.of());
    }
}
