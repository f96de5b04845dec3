package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.partnersandbox.parity.Exchange;
import org.partnersandbox.parity.ParityCheck;
import org.partnersandbox.parity.ParitySettings;
import org.partnersandbox.parity.ScenarioParity;
import org.partnersandbox.report.SecretMasker;
import org.partnersandbox.suite.scenario.ScenarioContext;

/**
 * The parity drift alarm: with {@code sandbox.parity.strict=true} a scenario whose calls differ from
 * its snapshot in a way no declaration accepts fails, naming the differences. Without the switch
 * the differences only show in the capability report's parity column (CapabilityReportPlugin).
 */
public final class ParityHooks {

    private final ScenarioContext context;

    public ParityHooks(ScenarioContext context) {
        this.context = context;
    }

    /** After the calls are attached (order 10000) and the cleanup done, so the cleanup calls are compared too. */
    @After(order = 9000)
    public void failOnUndeclaredDrift(Scenario scenario) throws IOException {
        ParitySettings settings = ParitySettings.fromSystem(Path.of(""));
        if (!settings.strict() || settings.record() || scenario.isFailed()) {
            return;
        }
        List<Exchange> calls = context.calls().calls().stream()
                .map(c -> new Exchange(c.method(), SecretMasker.mask(c.path()), c.status(), c.errorCode(), c.body()))
                .toList();
        ScenarioParity parity = ParityCheck.of(settings).check(scenario.getUri().toString(), scenario.getName(),
                scenario.getLine(), calls);
        if (ScenarioParity.DIFFERS.equals(parity.status())) {
            String snapshot = "live".equals(parity.source()) ? "live snapshot" : "emulator-recorded snapshot";
            throw new AssertionError("[parity] the answers differ from the " + snapshot + " of "
                    + parity.recordedAt() + " (sandbox.parity.strict):\n- " + String.join("\n- ", parity.differences()));
        }
    }
}
