package org.partnersandbox.suite.console;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.partnersandbox.suite.RunSandboxSpecTest;

/**
 * How many scenarios this run will execute: Cucumber's events announce scenarios only as they start,
 * but the JUnit Platform's test plan lists them all before the first one runs (after the tag filter),
 * so the console can say "37/106". The Cucumber engine skips the scenarios its tag filter excludes
 * only when it reaches them, so the same filter is applied here. Registered through META-INF/services.
 */
public final class ScenarioTotal implements TestExecutionListener {

    private static final AtomicInteger TOTAL = new AtomicInteger();
    private static final String TAG_FILTER = "cucumber.filter.tags";

    /** The scenarios of the run's test plan; 0 until a plan with scenarios has started. */
    public static int total() {
        return TOTAL.get();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Expression filter = plan.getConfigurationParameters().get(TAG_FILTER)
                .map(TagExpressionParser::parse).orElse(tags -> true);
        long scenarios = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .filter(TestIdentifier::isTest)
                .filter(ScenarioTotal::isScenario)
                .filter(test -> filter.evaluate(test.getTags().stream().map(tag -> "@" + tag.getName()).toList()))
                .count();
        if (scenarios > 0) {
            TOTAL.set((int) scenarios);
        }
    }

    /**
     * A scenario of the suite itself ({@link RunSandboxSpecTest}): tests that start Cucumber on
     * features of their own, in the same JVM, must not change the suite's count.
     */
    static boolean isScenario(TestIdentifier test) {
        return test.getUniqueId().contains("[suite:" + RunSandboxSpecTest.class.getName() + "]")
                && test.getUniqueId().contains("[engine:cucumber]");
    }
}
