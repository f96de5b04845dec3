package org.partnersandbox.suite.verdicts;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one {@link Checks#all}: each runs, a failing one is kept, and the next still runs.
 * Not AssertJ's {@code SoftAssertions}: those proxy every assertion class they hand out, a class
 * made with ByteBuddy on first use of each type (0.6 s of CPU inside a suite run, issue 14). A
 * check here is a plain AssertJ assertion, so it stops at its own first failure.
 */
public final class SoftChecks {

    private final List<AssertionError> failures = new ArrayList<>();

    SoftChecks() {
    }

    /** Runs {@code check}, an assertion; if it fails, its error is kept and the checks go on. */
    public void check(Runnable check) {
        try {
            check.run();
        } catch (AssertionError failed) {
            failures.add(failed);
        }
    }

    List<AssertionError> failures() {
        return List.copyOf(failures);
    }
}
