package org.partnersandbox.suite.live;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.partnersandbox.suite.RunSandboxSpecTest;

/**
 * The suite ({@link RunSandboxSpecTest}) in a JVM of its own, without Maven: what the live-target
 * tests start as a child process (one JVM per run keeps msal4j's JVM-wide state and the run's
 * locks apart, and lets a test kill a run). Settings come as -D properties and environment
 * variables, as for {@code mvn test}. Prints one line per scenario that did not pass and exits 1
 * when any failed.
 */
public final class LiveSuiteMain {

    private LiveSuiteMain() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(RunSandboxSpecTest.class))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestExecutionListener outcomes = new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                System.out.println("SKIPPED " + test.getDisplayName() + ": " + reason);
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.isTest()) {
                    return;
                }
                String reason = result.getThrowable().map(Throwable::getMessage).orElse("");
                System.out.println(result.getStatus() + " " + test.getDisplayName()
                        + (reason.isEmpty() ? "" : ": " + reason.lines().findFirst().orElse("")));
            }
        };
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary, outcomes);
        TestExecutionSummary result = summary.getSummary();
        result.printTo(new PrintWriter(System.out, true));
        System.out.flush();
        System.exit(result.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
