package org.partnersandbox.suite.verdicts;

import org.opentest4j.TestAbortedException;

/**
 * Aborts a scenario that cannot run here (missing credentials, a capability the target cannot
 * show). Cucumber reports it as skipped; the capability report reads the {@code not-run: } prefix.
 */
public final class NotRun {

    public static final String PREFIX = "not-run: ";

    private NotRun() {
    }

    /** Use as {@code throw NotRun.because("...")}, so the compiler knows the step ends here. */
    public static TestAbortedException because(String reason) {
        throw new TestAbortedException(PREFIX + reason);
    }
}
