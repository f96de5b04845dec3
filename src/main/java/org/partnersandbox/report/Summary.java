package org.partnersandbox.report;

import java.util.List;

/** The counts behind the headline, and the headline itself. */
public record Summary(
        int sandboxCapabilities,
        int verified,
        int failed,
        int notRun,
        int notApplicable,
        int superseded,
        String line) {

    static Summary of(List<CapabilityResult> capabilities, String target) {
        int sandbox = 0, verified = 0, failed = 0, notRun = 0, notApplicable = 0, superseded = 0;
        for (CapabilityResult capability : capabilities) {
            if (capability.kind() == CapabilityKind.SANDBOX) {
                sandbox++;
            }
            switch (capability.outcome()) {
                case VERIFIED -> verified++;
                case FAILED -> failed++;
                case NOT_RUN -> notRun++;
                case NOT_APPLICABLE -> notApplicable++;
                case SUPERSEDED -> superseded++;
            }
        }
        String line = verified + " of " + sandbox + " sandbox capabilities verified on " + target;
        return new Summary(sandbox, verified, failed, notRun, notApplicable, superseded, line);
    }

    /** "2 failed, 5 not run, 7 not applicable, 1 superseded" (zeros left out). */
    public String breakdown() {
        StringBuilder text = new StringBuilder();
        append(text, failed, "failed");
        append(text, notRun, "not run");
        append(text, notApplicable, "not applicable (production only)");
        append(text, superseded, "superseded");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String label) {
        if (count > 0) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(count).append(' ').append(label);
        }
    }
}
