package org.partnersandbox.suite.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.partnersandbox.suite.scenario.ScenarioContext;

/**
 * Around every scenario: cleanup of what it created, the HTTP transcript when it failed, and the
 * list of its Partner Center calls for the capability report. After hooks with a higher order run
 * first, so the transcript and the evidence include the cleanup calls.
 */
public final class ScenarioHooks {

    /** The contract with the capability report: a JSON array of call records. */
    public static final String CALLS_MEDIA_TYPE = "application/x.partnersandbox.calls+json";
    /** The name of a failed scenario's transcript attachment: the console (suite/console) prints its last exchanges. */
    public static final String TRANSCRIPT_NAME = "HTTP exchanges (secrets masked)";
    /** What the target answered where the pages give no code: a JSON array of "status code" (e.g. "400 900127"). */
    public static final String OBSERVATIONS_MEDIA_TYPE = "application/x.partnersandbox.observations+json";

    private final ScenarioContext context;

    public ScenarioHooks(ScenarioContext context) {
        this.context = context;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        context.begin(scenario);
    }

    @After(order = 30000)
    public void removeWhatTheScenarioCreated() {
        List<String> failures = context.cleanup().removeAll();
        if (!failures.isEmpty()) {
            throw new AssertionError("cleanup left resources behind:\n- " + String.join("\n- ", failures));
        }
    }

    @After(order = 20000)
    public void showTheExchangesOfAFailedScenario(Scenario scenario) {
        // attached, not printed: the console shows its last exchanges once, the reports keep all of it
        if (scenario.isFailed() && !context.transcript().isEmpty()) {
            scenario.attach(context.transcript().toString(), "text/plain", TRANSCRIPT_NAME);
        }
    }

    @After(order = 10000)
    public void attachTheCalls(Scenario scenario) {
        scenario.attach(context.calls().toJson(), CALLS_MEDIA_TYPE, "calls");
        if (!context.observations().isEmpty()) {
            scenario.attach(observationsJson(), OBSERVATIONS_MEDIA_TYPE, "observations");
        }
    }

    private byte[] observationsJson() {
        try {
            return new ObjectMapper().writeValueAsBytes(context.observations());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("observations could not be written as JSON", e);
        }
    }
}
