package org.partnersandbox.suite.hooks;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import java.nio.file.Path;
import org.partnersandbox.suite.config.ScenarioAdmission;

/**
 * Opens the run once, before any scenario (a configuration error stops it there), warms the HTTP client
 * and assertion libraries up while it does ({@link SuiteWarmUp}), and closes the run at the end.
 */
public final class RunLifecycle {

    private RunLifecycle() {
    }

    @BeforeAll
    public static void openTheRun() {
        SuiteWarmUp warmUp = SuiteWarmUp.start();
        warmUp.finish(SandboxRun.current());
    }

    @AfterAll
    public static void closeTheRun() {
        SandboxRun.finish();
        ScenarioAdmission.forget(); // a later run in this JVM chooses its own count
        // the paths of junit-platform.properties; an overridden plugin list names its own
        if (System.getProperty("cucumber.plugin") == null) {
            System.out.println("Cucumber reports: " + Path.of("target", "cucumber").toAbsolutePath()
                    + " (report.html, messages.ndjson, junit.xml)");
        }
    }
}
