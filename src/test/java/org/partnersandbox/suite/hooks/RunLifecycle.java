package org.partnersandbox.suite.hooks;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import org.partnersandbox.suite.support.SandboxRun;

/** Opens the run once, before any scenario (a configuration error stops it there), and closes it at the end. */
public final class RunLifecycle {

    private RunLifecycle() {
    }

    @BeforeAll
    public static void openTheRun() {
        SandboxRun.current();
    }

    @AfterAll
    public static void closeTheRun() {
        SandboxRun.finish();
    }
}
