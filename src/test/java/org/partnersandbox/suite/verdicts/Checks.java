package org.partnersandbox.suite.verdicts;

import java.util.List;
import java.util.function.Consumer;

/**
 * Several checks of one answer at once: every failing check is reported, each under its own
 * description, after a head that names the capability, the call and its correlation id.
 */
public final class Checks {

    private Checks() {
    }

    public static void all(String about, Consumer<SoftChecks> checks) {
        SoftChecks softly = new SoftChecks();
        checks.accept(softly);
        List<AssertionError> failures = softly.failures();
        if (failures.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(about).append(failures.size()).append(" check(s) failed:");
        for (AssertionError failure : failures) {
            message.append("\n- ").append(failure.getMessage().strip().replace("\n", "\n  "));
        }
        throw new AssertionError(message.toString());
    }
}
