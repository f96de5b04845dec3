package org.partnersandbox.suite.console;

import java.time.Duration;

/**
 * A line for the person watching a run, from below the steps: a long wait they would otherwise see
 * as silence ("Partner Center throttled: retrying in 50 s"). Short waits stay in the transcript only.
 */
public final class ConsoleNotice {

    /** Waits shorter than this are not worth a line. */
    public static final Duration WORTH_A_LINE = Duration.ofSeconds(5);

    private ConsoleNotice() {
    }

    public static void waiting(String what, Duration wait) {
        if (wait.compareTo(WORTH_A_LINE) >= 0) {
            synchronized (System.out) {
                System.out.println("  ... " + what + ": waiting " + wait.toSeconds() + " s");
            }
        }
    }
}
