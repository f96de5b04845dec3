package org.partnersandbox.suite.hooks;

import io.cucumber.java.Before;
import org.partnersandbox.suite.config.Target;
import org.partnersandbox.suite.verdicts.NotRun;

/** {@code @emulator-only}: scenarios that need the emulator's own doors (fault injection) are not-run elsewhere. */
public final class EmulatorOnlyHooks {

    /** Before the Background, so that nothing is created on a live account for a scenario that cannot run there. */
    @Before(value = "@emulator-only", order = 5)
    public void onlyOnTheEmulator() {
        if (SandboxRun.current().target() != Target.EMULATOR) {
            throw NotRun.because("@emulator-only: needs the emulator's fault injection; the live sandbox cannot be made "
                    + "to throttle or fail on demand");
        }
    }
}
