package org.partnersandbox.suite.hooks;

import io.cucumber.java.Before;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The live target around each scenario: a dry run lists instead of running. The reseller slots a
 * scenario tagged {@code @quota:indirect-resellers=N} needs are taken with its start
 * (live/LiveAdmission, ScenarioAdmissionHooks). Nothing happens here on the emulator target.
 */
public final class LiveRunHooks {

    @Before(order = 10)
    public void dryRun() {
        if (SandboxRun.current().live().filter(live -> live.dryRun()).isPresent()) {
            throw NotRun.because("dry run: listed, not run");
        }
    }
}
