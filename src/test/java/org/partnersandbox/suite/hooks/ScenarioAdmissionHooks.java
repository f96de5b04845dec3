package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import org.partnersandbox.suite.config.ScenarioAdmission;

/**
 * A scenario takes one of the run's places before any other hook (after the engine gave it its
 * exclusive resources) and gives it back after every other After hook, cleanup included: so no more
 * than {@code sandbox.parallelism} scenarios call the sandbox at once, however many of the engine's
 * workers wait on a lock.
 */
public final class ScenarioAdmissionHooks {

    private ScenarioAdmission.Place place;

    @Before(order = Integer.MIN_VALUE)
    public void enter() {
        place = ScenarioAdmission.enter();
    }

    @After(order = Integer.MIN_VALUE)
    public void leave() {
        if (place != null) {
            place.close();
            place = null;
        }
    }
}
