package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersandbox.suite.live.LiveRun;
import org.partnersandbox.suite.live.QuotaGate;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * The live target around each scenario: a dry run lists instead of running; a scenario tagged
 * {@code @quota:indirect-resellers=N} takes N free slots first (or is not-run for the quota), and
 * gives them back after its cleanup. Nothing happens here on the emulator target.
 */
public final class LiveRunHooks {

    private static final Pattern QUOTA = Pattern.compile("@quota:indirect-resellers=(\\d+)");

    private QuotaGate.Reservation reservation;

    @Before(order = 10)
    public void gate(Scenario scenario) {
        Optional<LiveRun> live = SandboxRun.current().live();
        if (live.isEmpty()) {
            return;
        }
        if (live.get().dryRun()) {
            throw NotRun.because("dry run: listed, not run");
        }
        int needed = scenario.getSourceTagNames().stream().map(QUOTA::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        if (needed > 0) {
            reservation = live.get().quota().reserve(needed);
        }
    }

    /** Lower order than the cleanup hook (30000), so it runs after it: slots come back once freed. */
    @After(order = 10)
    public void giveBackSlots() {
        if (reservation != null) {
            reservation.close();
            reservation = null;
        }
    }
}
