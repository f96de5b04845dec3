package org.partnersandbox.suite.verdicts;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.awaitility.core.ConditionFactory;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.hooks.SandboxRun;
import org.partnersandbox.suite.scenario.ScenarioContext;

/**
 * Reads that depend on an earlier write, on a sandbox whose listings lag behind its writes: the one
 * mechanism every such step goes through. A presence ("is listed", "has 75") is tried at once, then
 * every {@code sandbox.pollIntervalMillis} until it holds or {@code sandbox.visibilityTimeoutSeconds}
 * have passed. An absence ("no customer has been created", "no longer listed") must in addition
 * keep holding for {@code sandbox.absenceSettleSeconds}, because a resource made a moment ago is not
 * listed yet. On a target without lag both settings are small and nothing waits once a check holds.
 */
public final class Eventually {

    /** Reads of an absence after the one that found it holding: at a third, two thirds and the end of the settle. */
    static final int READS_WHILE_SETTLING = 3;

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

    /**
     * An absence: {@code check} must come to hold and then keep holding, read after read, for the
     * settle time; fails with the read that broke it. It is read every poll interval until it holds,
     * then only every {@link #settleStep} during the settle: each read is a call against the
     * sandbox's calls a minute, and what the settle guards against (a resource made a moment ago
     * that is listed late) stays listed once it shows, so the last read, a settle time after the
     * first, is the one that matters.
     */
    public static void staysTrue(Runnable check) {
        SuiteConfig config = SandboxRun.current().config();
        Duration settle = config.absenceSettle();
        holds(check);
        if (settle.isZero()) {
            return;
        }
        Duration step = settleStep(config.pollInterval(), settle);
        Duration rest = settle.minus(step);
        ConditionFactory again = await().pollDelay(step).pollInterval(step)
                .atMost(config.visibilityTimeout().plus(settle).plus(step));
        (rest.isZero() ? again : again.during(rest)).untilAsserted(check::run);
    }

    /** The time between two reads of a settling absence: a third of the settle, or the poll interval if longer (never the settle's). */
    static Duration settleStep(Duration pollInterval, Duration settle) {
        Duration third = settle.dividedBy(READS_WHILE_SETTLING);
        Duration step = pollInterval.compareTo(third) > 0 ? pollInterval : third;
        return step.compareTo(settle) > 0 ? settle : step;
    }

    /**
     * A check of what a When step read: tried on the scenario's last answer, then, while it fails, on
     * a fresh read by {@code again}, which the scenario keeps as its last answer.
     */
    public static void holdsFor(ScenarioContext context, Supplier<ApiResponse> again, Consumer<ApiResponse> check) {
        holds(readThenReread(context, again, check));
    }

    /** {@link #staysTrue} for an absence in what a When step read: that answer first, then fresh reads. */
    public static void staysTrueFor(ScenarioContext context, Supplier<ApiResponse> again, Consumer<ApiResponse> check) {
        staysTrue(readThenReread(context, again, check));
    }

    private static Runnable readThenReread(ScenarioContext context, Supplier<ApiResponse> again, Consumer<ApiResponse> check) {
        AtomicBoolean first = new AtomicBoolean(true);
        return () -> check.accept(first.getAndSet(false) ? context.lastResponse() : again.get());
    }
}
