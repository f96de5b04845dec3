package org.partnersandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The plugin in a real Cucumber run (JUnit Platform launcher, Cucumber engine, glue in
 * ...report.fixture) on a synthetic features folder: Rule tags reach the scenarios, the
 * attachment carries the evidence, a TestAbortedException "not-run: ..." arrives as not-run,
 * the tag filter keeps @production-only and @slow out. Uses the project's real catalogue.
 */
class RealCucumberRunTest {

    static final String FILTER = "not @production-only and not @slow";

    static final String FEATURE = """
            Feature: Synthetic reseller relationships

              @cap:RR-02
              Rule: Partners can start a relationship with a sandbox customer
                Scenario: the provider adds a customer
                  Given fixture: a call POST /v1/customers answered 201 with correlation id corr-rr02-a
                  And fixture: a call GET /v1/customers answered 200 with correlation id corr-rr02-b
                  Then fixture: 1 plus 1 is 2

              @cap:RR-03
              Rule: Invitations are refused
                Scenario: the invitation is refused
                  Given fixture: a call GET /v1/customers/relationshiprequests answered 201 with correlation id corr-rr03
                  Then fixture: 2 plus 2 is 5

              @cap:RR-09
              Rule: The reseller sees its customers
                Scenario: the reseller lists its customers
                  Given fixture: no credentials for indirectReseller
                  Then fixture: 1 plus 1 is 2

              @cap:RR-10
              Rule: Filtered out tonight
                @slow
                Scenario: a slow one
                  Then fixture: 1 plus 1 is 2

              @production-only @cap:RR-P1
              Rule: Production only
                Scenario: never on a sandbox
                  Then fixture: 1 plus 1 is 2
            """;

    @TempDir
    static Path dir;

    static TestExecutionSummary summary;
    static CapabilityReport report;

    @BeforeAll
    static void run_cucumber() throws IOException {
        Path features = dir.resolve("features");
        Files.createDirectories(features);
        Files.writeString(features.resolve("relationships.feature"), FEATURE);
        Path output = dir.resolve("capability-report");

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(features.toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                // only what is set here: not the project's junit-platform.properties nor -D flags
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("cucumber.glue", "org.partnersandbox.report.fixture")
                .configurationParameter("cucumber.plugin", CapabilityReportPlugin.class.getName() + ":" + output
                        + ", html:" + dir.resolve("cucumber/report.html"))
                .configurationParameter("cucumber.filter.tags", FILTER)
                .configurationParameter("cucumber.publish.quiet", "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        // the plugin reads these from the JVM, as it does under Surefire
        Map<String, String> saved = setProperties(Map.of(
                "cucumber.filter.tags", FILTER, "report.history.dir", "", "sandbox.target", "emulator"));
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            setProperties(saved);
        }
        summary = listener.getSummary();
        report = ReportJson.read(Files.readAllBytes(output.resolve("capabilities.json")));
    }

    @Test
    void cucumber_ran_the_selected_scenarios() {
        assertThat(summary.getTestsStartedCount()).isEqualTo(3);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(summary.getTestsAbortedCount()).isEqualTo(1);
    }

    @Test
    void a_passing_scenario_under_a_tagged_rule_verifies_the_capability_with_its_calls_as_evidence() {
        CapabilityResult rr02 = capability("RR-02");
        assertThat(rr02.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(rr02.statement()).startsWith("A sandbox direct bill partner or indirect provider can start");
        assertThat(rr02.evidence()).containsExactly("corr-rr02-a", "corr-rr02-b");
        assertThat(rr02.scenarios()).singleElement().satisfies(scenario -> {
            assertThat(scenario.name()).isEqualTo("the provider adds a customer");
            assertThat(scenario.uri()).endsWith("features/relationships.feature");
            assertThat(scenario.line()).isEqualTo(5);
            assertThat(scenario.calls()).extracting(RecordedCall::requestId).containsExactly("req-1", "req-2");
        });
    }

    @Test
    void a_failing_scenario_fails_the_capability_with_the_step_and_assertion_message() {
        CapabilityResult rr03 = capability("RR-03");
        assertThat(rr03.outcome()).isEqualTo(Outcome.FAILED);
        ScenarioResult scenario = rr03.scenarios().get(0);
        assertThat(scenario.failingStep()).isEqualTo("Then fixture: 2 plus 2 is 5 (line 14)");
        assertThat(scenario.message()).contains("[2 plus 2]", "expected: 5", "but was: 4");
        assertThat(rr03.evidence()).isEmpty();
    }

    @Test
    void a_scenario_aborted_with_not_run_makes_the_capability_not_run_with_the_reason() {
        CapabilityResult rr09 = capability("RR-09");
        assertThat(rr09.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(rr09.reason())
                .isEqualTo("no credentials for indirectReseller (set LIVE_INDIRECTRESELLER_REFRESHTOKEN)");
    }

    @Test
    void filtered_and_production_only_capabilities_are_reported_without_running() {
        CapabilityResult rr10 = capability("RR-10");
        assertThat(rr10.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(rr10.reason()).isEqualTo("no scenario executed: not selected by the tag filter '" + FILTER + "'");
        assertThat(capability("RR-P1").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(capability("RR-08").outcome()).isEqualTo(Outcome.SUPERSEDED);
        assertThat(report.run().tagFilter()).isEqualTo(FILTER);
        long sandboxCapabilities = report.capabilities().stream().filter(c -> c.kind() == CapabilityKind.SANDBOX).count();
        assertThat(sandboxCapabilities).as("the catalogue's sandbox capabilities").isGreaterThan(40);
        assertThat(report.summary().line()).isEqualTo("1 of " + sandboxCapabilities + " sandbox capabilities verified on emulator");
    }

    private static CapabilityResult capability(String id) {
        return report.capabilities().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " missing from the report"));
    }

    private static Map<String, String> setProperties(Map<String, String> values) {
        Map<String, String> previous = new HashMap<>();
        values.forEach((key, value) -> {
            previous.put(key, System.getProperty(key));
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        return previous;
    }
}
