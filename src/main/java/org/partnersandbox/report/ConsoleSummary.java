package org.partnersandbox.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** What a person watching the build sees at the end of a run: headline, failures, where the page is. */
final class ConsoleSummary {

    private static final int PARITY_LINES = 10;

    private ConsoleSummary() {
    }

    static void print(CapabilityReport report, Path indexHtml, PrintStream out) {
        StringBuilder text = new StringBuilder();
        text.append("\nCapability report: ").append(report.summary().line());
        if (!report.summary().breakdown().isEmpty()) {
            text.append(" (").append(report.summary().breakdown()).append(')');
        }
        text.append('\n');
        if (report.parity() != null) {
            text.append("  ").append(report.parity().line()).append('\n');
            List<CapabilityResult> differing = report.capabilities().stream()
                    .filter(c -> c.parity() != null && "differs".equals(c.parity().status())).toList();
            // the first few; the report has them all
            differing.stream().limit(PARITY_LINES).forEach(c ->
                    text.append("  PARITY ").append(c.id()).append(": ").append(c.parity().label()).append('\n'));
            if (differing.size() > PARITY_LINES) {
                text.append("  PARITY ... and ").append(differing.size() - PARITY_LINES).append(" more in the report\n");
            }
        }
        for (CapabilityResult failed : report.failed()) {
            text.append("  FAILED ").append(failed.id()).append(": ").append(failed.statement()).append('\n')
                    .append("         ").append(failed.reason()).append('\n');
        }
        report.warnings().forEach(warning -> text.append("  warning: ").append(warning).append('\n'));
        text.append("  ").append(indexHtml.toAbsolutePath().toUri()).append('\n');
        out.print(text);
        out.flush();
    }
}
