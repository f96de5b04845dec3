package org.partnersandbox.report;

import java.util.List;

/** Where the source pages contradict each other: every side with its page and date. */
public record DocumentationConflict(
        String id,
        String subject,
        List<String> capabilities,
        List<String> errata,
        List<Side> sides,
        String resolution) {

    public DocumentationConflict {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        errata = errata == null ? List.of() : List.copyOf(errata);
        sides = sides == null ? List.of() : List.copyOf(sides);
    }

    /** What one page says, and when. */
    public record Side(String source, String date, String says) {
    }
}
