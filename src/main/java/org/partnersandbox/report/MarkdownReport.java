package org.partnersandbox.report;

import java.util.List;
import java.util.Objects;

/** capabilities.md: the headline and the table, for a CI job summary or a pull-request comment. */
final class MarkdownReport {

    private final CapabilityReport report;

    MarkdownReport(CapabilityReport report) {
        this.report = report;
    }

    String render() {
        StringBuilder md = new StringBuilder(16 * 1024);
        md.append("## Capability report\n\n");
        md.append("**").append(cell(report.summary().line())).append("**");
        if (!report.summary().breakdown().isEmpty()) {
            md.append(" (").append(cell(report.summary().breakdown())).append(")");
        }
        md.append("\n\n");
        RunInfo run = report.run();
        md.append("Run: target `").append(code(run.target())).append('`');
        if (run.baseUrlHost() != null) {
            md.append(" on `").append(code(run.baseUrlHost())).append('`');
        }
        if (run.startedAt() != null) {
            md.append(", started ").append(Timestamps.readable(run.startedAt()));
        }
        md.append(", ").append(Timestamps.duration(run.durationMs()));
        if (run.gitCommit() != null) {
            md.append(", commit `").append(code(run.gitCommit())).append('`');
        }
        if (run.tagFilter() != null) {
            md.append(", tags `").append(code(run.tagFilter())).append('`');
        }
        md.append(".\n");
        if (report.parity() != null) {
            md.append("\n").append(cell(report.parity().line())).append(".\n");
        }

        List<CapabilityResult> failed = report.failed();
        if (!failed.isEmpty()) {
            md.append("\n### Failed\n\n");
            failed.forEach(capability -> md.append("- **").append(cell(capability.id())).append("** ")
                    .append(cell(capability.statement())).append(" — ").append(cell(capability.reason())).append('\n'));
        }

        for (SourcePage source : sourcesInUse()) {
            md.append("\n### ").append(cell(source.title())).append(" (").append(cell(source.dates())).append(")\n\n");
            md.append("| ID | Capability | Outcome | Detail | Parity |\n|---|---|---|---|---|\n");
            report.capabilities().stream()
                    .filter(capability -> source.key().equals(capability.source()))
                    .forEach(capability -> row(md, capability));
        }
        List<CapabilityResult> uncatalogued = report.capabilities().stream()
                .filter(capability -> report.sources().stream().noneMatch(s -> s.key().equals(capability.source())))
                .toList();
        if (!uncatalogued.isEmpty()) {
            md.append("\n### Not in the catalogue\n\n| ID | Capability | Outcome | Detail |\n|---|---|---|---|\n");
            uncatalogued.forEach(capability -> row(md, capability));
        }

        if (!report.conflicts().isEmpty()) {
            md.append("\n### Documentation conflicts\n\n");
            for (DocumentationConflict conflict : report.conflicts()) {
                md.append("- **").append(cell(conflict.id())).append("** ").append(cell(conflict.subject()))
                        .append(" (").append(cell(String.join(", ", conflict.capabilities()))).append(")");
                for (DocumentationConflict.Side side : conflict.sides()) {
                    md.append("\n  - *").append(cell(title(side.source()))).append(", ").append(cell(side.date()))
                            .append("*: ").append(cell(side.says()));
                }
                if (conflict.resolution() != null) {
                    md.append("\n  - Read as: ").append(cell(conflict.resolution()));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private List<SourcePage> sourcesInUse() {
        return report.sources().stream()
                .filter(source -> report.capabilities().stream().anyMatch(c -> source.key().equals(c.source())))
                .toList();
    }

    private String title(String sourceKey) {
        return report.sources().stream().filter(page -> page.key().equals(sourceKey))
                .map(SourcePage::title).findFirst().orElse(sourceKey);
    }

    private static void row(StringBuilder md, CapabilityResult capability) {
        md.append("| ").append(cell(capability.id()))
                .append(" | ").append(cell(capability.statement()))
                .append(" | ").append(symbol(capability.outcome())).append(' ').append(capability.outcome().label())
                .append(" | ").append(cell(detail(capability)))
                .append(" | ").append(cell(parity(capability)))
                .append(" |\n");
    }

    /** The parity label, and what the documented examples say when they say something. */
    private static String parity(CapabilityResult capability) {
        if (capability.parity() == null) {
            return "";
        }
        String documented = capability.parity().documentedExample();
        return capability.parity().label() + (documented == null ? "" : "; " + documented);
    }

    private static String detail(CapabilityResult capability) {
        if (capability.outcome() == Outcome.VERIFIED) {
            int n = capability.scenarios().size();
            return n + (n == 1 ? " scenario passed" : " scenarios passed")
                    + (capability.reason() == null ? "" : " — " + capability.reason());
        }
        String reason = Objects.requireNonNullElse(capability.reason(), "");
        if (capability.history() != null && capability.history().failingSince() != null) {
            reason += " (failing since " + Timestamps.readable(capability.history().failingSince()) + ")";
        }
        return reason.length() <= 300 ? reason : reason.substring(0, 300) + " [...]";
    }

    private static String symbol(Outcome outcome) {
        return switch (outcome) {
            case VERIFIED -> "✅";
            case FAILED -> "❌";
            case NOT_RUN -> "⏸️";
            case NOT_APPLICABLE -> "➖";
            case SUPERSEDED -> "↪️";
        };
    }

    /** One table cell: no line breaks, no pipes, no HTML. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String code(String text) {
        return cell(text).replace("`", "'");
    }
}
