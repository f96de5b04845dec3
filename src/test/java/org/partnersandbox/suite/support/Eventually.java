package org.partnersandbox.suite.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * Checks that may only hold a moment after a change (listings lag behind a create or delete):
 * tried at once, then every {@code sandbox.pollIntervalMillis} until it holds or
 * {@code sandbox.visibilityTimeoutSeconds} have passed, both from the run's configuration.
 */
public final class Eventually {

    private Eventually() {
    }

    /** Runs {@code check} until it throws no assertion error; fails with its last one when time is up. */
    public static void holds(Runnable check) {
        SuiteConfig config = SandboxRun.current().config();
        await().pollDelay(Duration.ZERO)
                .pollInterval(config.pollInterval())
                .atMost(config.visibilityTimeout())
                .untilAsserted(check::run);
    }
}
