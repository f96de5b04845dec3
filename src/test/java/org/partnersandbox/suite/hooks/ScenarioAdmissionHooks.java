package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.partnersandbox.suite.config.ScenarioAdmission;
import org.partnersandbox.suite.live.LiveLocks;

/**
 * Before any other hook, a scenario takes its live locks (on the live target: the shared counts its
 * tags name, live/LiveLocks) and then one of the run's places; after every other After hook, cleanup
 * included, it gives both back. So no more than {@code sandbox.parallelism} scenarios call the sandbox
 * at once, and a scenario that waits for a lock holds no place meanwhile.
 */
public final class ScenarioAdmissionHooks {

    private LiveLocks.Held locks;
    private ScenarioAdmission.Place place;

    @Before(order = Integer.MIN_VALUE)
    public void enter(Scenario scenario) {
        locks = SandboxRun.current().live().map(live -> live.locks().take(scenario.getSourceTagNames())).orElse(() -> { });
        place = ScenarioAdmission.enter();
    }

    @After(order = Integer.MIN_VALUE)
    public void leave() {
        if (place != null) {
            place.close();
            place = null;
        }
        if (locks != null) {
            locks.close();
            locks = null;
        }
    }
}
