package org.partnersandbox.report;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a person watching the build sees at the end of a run: headline, failures, where the page is. */
final class ConsoleSummary {

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
            report.capabilities().stream()
                    .filter(c -> c.parity() != null && "differs".equals(c.parity().status()))
                    .forEach(c -> text.append("  PARITY ").append(c.id()).append(": ").append(c.parity().label()).append('\n'));
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
