package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.partnersandbox.suite.config.ScenarioAdmission;

/**
 * Before any other hook a scenario waits for its start: one of the run's places, and on the live
 * target also the shared counts and reseller slots its tags name (live/LiveAdmission). After every
 * other After hook, cleanup included, it gives them back. So no more than {@code sandbox.parallelism}
 * scenarios call the sandbox at once, and a scenario that waits holds nothing meanwhile.
 */
public final class ScenarioAdmissionHooks {

    private static final String EMULATOR_ONLY = "@emulator-only";

    private ScenarioAdmission.Place place;

    @Before(order = Integer.MIN_VALUE)
    public void enter(Scenario scenario) {
        if (SandboxRun.current().live().isPresent() && scenario.getSourceTagNames().contains(EMULATOR_ONLY)) {
            return; // not-run at once by EmulatorOnlyHooks: no place to wait for
        }
        place = SandboxRun.current().live()
                .map(live -> live.admission().admit(scenario.getSourceTagNames()))
                .orElseGet(ScenarioAdmission::enter);
    }

    @After(order = Integer.MIN_VALUE)
    public void leave() {
        if (place != null) {
            place.close();
            place = null;
        }
    }
}
