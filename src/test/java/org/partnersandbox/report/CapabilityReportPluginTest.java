package org.partnersandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.report.SyntheticRun.tags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin on synthetic Cucumber events: one test per outcome rule, then the files it writes. */
class CapabilityReportPluginTest {

    @TempDir
    Path project;

    ReportFixture fixture;

    @BeforeEach
    void project() throws IOException {
        fixture = new ReportFixture(project);
    }

    @Test
    void capability_whose_scenarios_all_pass_is_verified_with_their_correlation_ids_as_evidence() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("the provider adds a customer", tags("@cap:A-01"), "corr-1", "corr-2")
                .passed("the provider adds a second customer", tags("@cap:A-01"), "corr-3")
                .finished(Duration.ofSeconds(3));

        CapabilityResult a01 = fixture.capability("A-01");
        assertThat(a01.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(a01.reason()).isNull();
        assertThat(a01.scenarios()).extracting(ScenarioResult::name)
                .containsExactly("the provider adds a customer", "the provider adds a second customer");
        assertThat(a01.evidence()).containsExactly("corr-1", "corr-2", "corr-3");
        assertThat(a01.scenarios().get(0).calls()).first()
                .isEqualTo(new RecordedCall("POST", "/v1/customers", 201, "r-0", "corr-1"));
        assertThat(a01.scenarios().get(0).durationMs()).isEqualTo(120);
    }

    @Test
    void a_recorded_run_writes_snapshots_and_the_next_run_shows_its_parity_in_every_format() throws IOException {
        String recorded = "[{\"method\":\"POST\",\"path\":\"/v1/customers\",\"status\":201,\"requestId\":\"r\","
                + "\"correlationId\":\"c\",\"body\":{\"id\":\"6a1b2c3d-0000-4000-8000-000000000001\",\"extra\":1}}]";
        fixture.properties.put("sandbox.parity.record", "true");
        new SyntheticRun(fixture.plugin()).started()
                .attachRaw("the provider adds a customer", tags("@cap:A-01"), RecordedCall.MEDIA_TYPE, recorded)
                .finished(Duration.ofSeconds(1));
        assertThat(fixture.root.resolve("parity/synthetic.json")).exists();
        assertThat(fixture.capability("A-01").parity().label()).isEqualTo("recorded now from the emulator (not live)");

        fixture.properties.remove("sandbox.parity.record");
        new SyntheticRun(fixture.plugin()).started()
                .attachRaw("the provider adds a customer", tags("@cap:A-01"), RecordedCall.MEDIA_TYPE,
                        recorded.replace(",\"extra\":1", ""))
                .passed("created", tags("@cap:B-01"), "corr-9")
                .finished(Duration.ofSeconds(1));

        String differs = "differs from the emulator-recorded snapshot: POST /v1/customers $.extra";
        assertThat(fixture.capability("A-01").parity().label()).isEqualTo(differs);
        assertThat(fixture.capability("A-01").scenarios().get(0).calls().get(0).body())
                .as("the answer's body stays out of the report").isNull();
        assertThat(fixture.capability("B-01").parity().label()).isEqualTo("no live snapshot");
        String summary = "Parity: 0 capabilities match their snapshots (emulator-recorded, not live), 1 differs, 1 without a live snapshot";
        assertThat(fixture.writtenReport().parity().line()).isEqualTo(summary);
        assertThat(fixture.markdown()).contains("| Parity |", differs, summary);
        assertThat(fixture.html()).contains("<th class=\"parity\">Parity</th>", differs, summary);
        assertThat(fixture.console()).contains(summary, "PARITY A-01: " + differs);
    }

    @Test
    void where_the_page_gives_no_code_a_verified_capability_shows_the_answers_observed() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .attachRaw("the invitation is refused", tags("@cap:A-01"), ScenarioRecorder.OBSERVATIONS_MEDIA_TYPE, "[\"400 900127\"]")
                .attachRaw("the reseller's invitation is refused", tags("@cap:A-01"), ScenarioRecorder.OBSERVATIONS_MEDIA_TYPE,
                        "[\"400 900127\", \"403 900150\"]")
                .finished(Duration.ofSeconds(1));

        CapabilityResult a01 = fixture.capability("A-01");
        assertThat(a01.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(a01.reason()).isEqualTo("the page gives no code; observed 400 900127, 403 900150");
        assertThat(a01.scenarios().get(1).observations()).containsExactly("400 900127", "403 900150");
        assertThat(fixture.markdown()).contains("2 scenarios passed — the page gives no code; observed 400 900127, 403 900150");
    }

    @Test
    void a_documented_error_never_observed_keeps_its_capability_from_being_verified() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("the sixth reseller is refused", tags("@cap:B-02"), "corr-1")
                .finished(Duration.ofSeconds(1));

        CapabilityResult b02 = fixture.capability("B-02");
        assertThat(b02.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(b02.reason()).isEqualTo("documented error(s) 403/6004 not observed in a passed scenario of this run");
    }

    @Test
    void a_documented_error_observed_anywhere_in_the_run_verifies_and_is_evidence() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("the error table is what the service returns", tags("@cap:B-02"), "corr-1")
                .passedWithRefusal("the sixth reseller is refused", tags("@cap:A-01"), 403, 6004, "corr-6004")
                .finished(Duration.ofSeconds(1));

        CapabilityResult b02 = fixture.capability("B-02");
        assertThat(b02.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(b02.evidence()).containsExactly("corr-1", "corr-6004");
    }

    @Test
    void one_failing_scenario_fails_the_capability_and_names_the_step_and_the_message() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("the provider adds a customer", tags("@cap:A-01"), "corr-1")
                .failed("the provider adds a sixth reseller", tags("@cap:A-01"),
                        "Then the request is refused with error 6004",
                        new AssertionError("expected status 403 but was 201"))
                .finished(Duration.ofSeconds(3));

        CapabilityResult a01 = fixture.capability("A-01");
        assertThat(a01.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(a01.reason()).contains("1 of 2 scenario(s) failed", "the provider adds a sixth reseller",
                "expected status 403 but was 201");
        ScenarioResult failed = a01.scenarios().stream().filter(s -> s.status().equals("failed")).findFirst().orElseThrow();
        assertThat(failed.failingStep()).startsWith("Then the request is refused with error 6004 (line");
        assertThat(failed.message()).isEqualTo("expected status 403 but was 201");
        assertThat(a01.evidence()).as("only passed scenarios verify").containsExactly("corr-1");
    }

    @Test
    void a_scenario_aborted_as_not_run_makes_its_capability_not_run_with_the_reason() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .notRun("the reseller lists its customers", tags("@cap:A-03"),
                        "no credentials for indirectReseller (set LIVE_INDIRECTRESELLER_REFRESHTOKEN)")
                .finished(Duration.ofSeconds(1));

        CapabilityResult a03 = fixture.capability("A-03");
        assertThat(a03.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(a03.reason())
                .isEqualTo("no credentials for indirectReseller (set LIVE_INDIRECTRESELLER_REFRESHTOKEN)");
        assertThat(a03.scenarios()).singleElement().satisfies(scenario -> {
            assertThat(scenario.status()).isEqualTo("not-run");
            assertThat(scenario.message()).startsWith("no credentials");
        });
        assertThat(a03.evidence()).isEmpty();
    }

    @Test
    void a_capability_with_one_scenario_passed_and_one_not_run_is_not_verified() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("five resellers are accepted", tags("@cap:B-01"), "corr-1")
                .notRun("the sixth is refused", tags("@cap:B-01"), "quota: 5 of 5 indirect resellers in use")
                .finished(Duration.ofSeconds(1));

        CapabilityResult b01 = fixture.capability("B-01");
        assertThat(b01.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(b01.reason()).isEqualTo("1 of 2 scenario(s) not run: quota: 5 of 5 indirect resellers in use");
    }

    @Test
    void a_capability_without_an_executed_scenario_is_not_run_and_says_whether_it_was_filtered_or_never_written()
            throws IOException {
        fixture.properties.put("cucumber.filter.tags", "not @live-only");
        new SyntheticRun(fixture.plugin()).started()
                .passed("the provider adds a customer", tags("@cap:A-01"), "corr-1")
                .finished(Duration.ofSeconds(1));

        CapabilityResult a02 = fixture.capability("A-02");
        assertThat(a02.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(a02.reason()).isEqualTo("no scenario executed: not selected by the tag filter 'not @live-only'");
        CapabilityResult b02 = fixture.capability("B-02");
        assertThat(b02.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(b02.reason()).isEqualTo("no Rule or Scenario is tagged @cap:B-02 in the features");
    }

    @Test
    void production_only_capabilities_are_not_applicable_and_superseded_ones_superseded() throws IOException {
        new SyntheticRun(fixture.plugin()).started().finished(Duration.ofSeconds(1));

        CapabilityResult production = fixture.capability("A-P1");
        assertThat(production.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(production.reason()).contains("not applicable to a sandbox target (emulator)");
        CapabilityResult superseded = fixture.capability("A-08");
        assertThat(superseded.outcome()).isEqualTo(Outcome.SUPERSEDED);
        assertThat(superseded.reason()).startsWith("replaced by B-01");
    }

    @Test
    void a_scenario_with_an_undefined_step_fails_its_capability() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .undefined("the invitation is refused", tags("@cap:A-02"))
                .finished(Duration.ofSeconds(1));

        CapabilityResult a02 = fixture.capability("A-02");
        assertThat(a02.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(a02.scenarios()).singleElement().satisfies(scenario -> {
            assertThat(scenario.status()).isEqualTo("undefined");
            assertThat(scenario.failingStep()).startsWith("Given a step nobody wrote");
        });
    }

    @Test
    void a_scenario_counts_for_every_capability_it_is_tagged_with_and_an_unknown_id_is_reported() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("shared scenario", tags("@smoke", "@cap:A-01", "@cap:B-01", "@cap:ZZ-99"), "corr-1")
                .finished(Duration.ofSeconds(1));

        CapabilityReport report = fixture.writtenReport();
        assertThat(fixture.capability("A-01").outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(fixture.capability("B-01").outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(fixture.capability("ZZ-99").statement()).isEqualTo("(not in the catalogue)");
        assertThat(report.warnings()).anySatisfy(warning ->
                assertThat(warning).startsWith("@cap:ZZ-99 names no catalogue entry"));
    }

    @Test
    void summary_counts_sandbox_capabilities_only_and_names_the_target() throws IOException {
        fixture.properties.put("sandbox.target", "live");
        new SyntheticRun(fixture.plugin()).started()
                .passed("a", tags("@cap:A-01"), "c1")
                .passed("b", tags("@cap:A-02"), "c2")
                .failed("c", tags("@cap:B-01"), "When it creates a reseller", new IllegalStateException("boom"))
                .finished(Duration.ofSeconds(1));

        Summary summary = fixture.writtenReport().summary();
        assertThat(summary.line()).isEqualTo("2 of 5 sandbox capabilities verified on live");
        assertThat(summary.breakdown())
                .isEqualTo("1 failed, 2 not run, 1 not applicable (production only), 1 superseded");
        assertThat(fixture.capability("B-01").scenarios().get(0).message()).isEqualTo("IllegalStateException: boom");
    }

    @Test
    void run_metadata_comes_from_system_properties_and_keeps_only_the_host_of_the_base_url() throws IOException {
        fixture.properties.put("sandbox.target", "live");
        fixture.properties.put("sandbox.baseUrl", "https://ignored.example");
        fixture.properties.put("sandbox.resolvedBaseUrl", "https://user:pw@api.partnercenter.example:8443/v1?x=1");
        fixture.properties.put("cucumber.filter.tags", "not @production-only");
        Instant start = Instant.parse("2025-11-21T02:00:00Z");
        new SyntheticRun(fixture.plugin()).at(start).started().finished(Duration.ofSeconds(95));

        RunInfo run = fixture.writtenReport().run();
        assertThat(run.target()).isEqualTo("live");
        assertThat(run.baseUrlHost()).isEqualTo("api.partnercenter.example:8443");
        assertThat(run.startedAt()).isEqualTo("2025-11-21T02:00:00Z");
        assertThat(run.finishedAt()).isEqualTo("2025-11-21T02:01:35Z");
        assertThat(run.durationMs()).isEqualTo(95_000);
        assertThat(run.projectVersion()).isEqualTo("9.9.9-test");
        assertThat(run.gitCommit()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(run.tagFilter()).isEqualTo("not @production-only");
    }

    @Test
    void project_version_is_read_from_the_pom_when_no_property_gives_it() throws IOException {
        fixture.properties.remove("report.projectVersion");
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <parent><version>1.0</version></parent>
                  <artifactId>x</artifactId>
                  <version>2.3.4-SNAPSHOT</version>
                  <properties><version>wrong</version></properties>
                </project>
                """);
        new SyntheticRun(fixture.plugin()).started().finished(Duration.ofSeconds(1));

        assertThat(fixture.writtenReport().run().projectVersion()).isEqualTo("2.3.4-SNAPSHOT");
    }

    @Test
    void secrets_in_failure_messages_steps_and_paths_never_reach_the_report_files() throws IOException {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJhYmMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        new SyntheticRun(fixture.plugin()).started()
                .failed("the reseller is created", tags("@cap:B-01"),
                        "When it creates a reseller with client_secret=s3cr3t-value",
                        new AssertionError("""
                                expected 201 but was 400; request Authorization: Bearer %s
                                body {"tenant":{"password":"Pa55word!"},"refresh_token":"rt-very-secret"}"""
                                .formatted(jwt)))
                .attachRaw("calls with a token in the query", tags("@cap:A-01"), RecordedCall.MEDIA_TYPE, """
                        [{"method":"GET","path":"/v1/customers?access_token=leaked-token","status":200,
                          "requestId":"r","correlationId":"c"}]""")
                .finished(Duration.ofSeconds(1));

        for (String written : new String[] {
                Files.readString(fixture.output().resolve("capabilities.json")), fixture.html(), fixture.markdown()}) {
            assertThat(written).doesNotContain(jwt, "Pa55word!", "rt-very-secret", "s3cr3t-value", "leaked-token");
        }
        ScenarioResult failed = fixture.capability("B-01").scenarios().get(0);
        assertThat(failed.message()).contains("Bearer ***", "\"password\":\"***\"", "expected 201 but was 400");
        assertThat(failed.failingStep()).contains("client_secret=***");
        assertThat(fixture.capability("A-01").scenarios().get(0).calls().get(0).path())
                .isEqualTo("/v1/customers?access_token=***");
    }

    @Test
    void attached_calls_that_are_not_json_leave_a_warning_not_a_broken_run() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .attachRaw("the provider adds a customer", tags("@cap:A-01"), RecordedCall.MEDIA_TYPE, "not json")
                .attachRaw("an unrelated attachment", tags("@cap:A-02"), "text/plain", "hello")
                .finished(Duration.ofSeconds(1));

        assertThat(fixture.capability("A-01").outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(fixture.capability("A-01").evidence()).isEmpty();
        assertThat(fixture.writtenReport().warnings()).anySatisfy(warning ->
                assertThat(warning).contains("'the provider adds a customer'", "not a JSON array of calls"));
    }

    @Test
    void html_page_has_the_summary_every_capability_the_failure_opened_and_the_conflicts_all_escaped()
            throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("adds <b>bold</b> & \"quoted\" customer", tags("@cap:A-01"), "corr-1")
                .failed("sixth reseller", tags("@cap:B-01"), "Then it is refused <script>alert(1)</script>",
                        new AssertionError("expected <403> but was <201>"))
                .finished(Duration.ofSeconds(1));

        String html = fixture.html();
        assertThat(html).contains("<p class=\"summary\" id=\"summary\">1 of 5 sandbox capabilities verified on emulator</p>");
        for (String id : new String[] {"A-01", "A-02", "A-03", "A-08", "A-P1", "B-01", "B-02"}) {
            assertThat(html).as("row of " + id).contains("<tr id=\"cap-" + id + "\"");
        }
        assertThat(html).contains("adds &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; customer")
                .doesNotContain("<script>", "<b>bold</b>")
                .contains("<details open><summary>at: Then it is refused &lt;script&gt;")
                .contains("expected &lt;403&gt; but was &lt;201&gt;")
                .contains("<h2>Documentation conflicts</h2>", "Resellers or not?", "2020-11-10", "2021-05-24")
                .contains("href=\"../cucumber/report.html?query=%40cap%3AB-01\"")
                .contains("Reseller relationships <span class=\"dates\">2020-11-10</span>")
                .contains("Create indirect reseller <span class=\"dates\">2021-05-24 (revised 2022-06-17)</span>")
                .doesNotContain("http://", "https://", "<script", "<link");
    }

    @Test
    void markdown_has_the_summary_a_table_per_page_and_the_conflicts() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .passed("a", tags("@cap:A-01"), "c1")
                .failed("b | with a pipe", tags("@cap:B-01"), "When it | breaks", new AssertionError("line one\nline two"))
                .finished(Duration.ofSeconds(1));

        String md = fixture.markdown();
        assertThat(md).contains("**1 of 5 sandbox capabilities verified on emulator** (1 failed,")
                .contains("### Reseller relationships (2020-11-10)")
                .contains("| A-01 | A provider can add a customer. | ✅ verified | 1 scenario passed |")
                .contains("| B-01 | A provider creates a sandbox reseller. | ❌ failed | 1 of 1 scenario(s) failed; first: b \\| with a pipe (failed): line one line two |")
                .contains("### Failed", "### Documentation conflicts", "*Reseller relationships, 2020-11-10*: No resellers");
    }

    @Test
    void console_shows_the_summary_the_failed_capabilities_and_where_the_page_is() throws IOException {
        new SyntheticRun(fixture.plugin()).started()
                .failed("sixth reseller", tags("@cap:B-01"), "Then it is refused", new AssertionError("was 201"))
                .finished(Duration.ofSeconds(1));

        assertThat(fixture.console())
                .contains("Capability report: 0 of 5 sandbox capabilities verified on emulator (1 failed,")
                .contains("FAILED B-01: A provider creates a sandbox reseller.")
                .contains(fixture.output().resolve("index.html").toUri().toString());
    }

    @Test
    void without_a_catalogue_the_report_still_lists_what_the_tags_name_and_says_why() throws IOException {
        Files.delete(project.resolve("features/capabilities.json"));
        new SyntheticRun(fixture.plugin()).started()
                .passed("a", tags("@cap:A-01"), "c1")
                .finished(Duration.ofSeconds(1));

        CapabilityReport report = fixture.writtenReport();
        assertThat(report.capabilities()).extracting(CapabilityResult::id).containsExactly("A-01");
        assertThat(report.warnings()).anySatisfy(warning -> assertThat(warning).startsWith("no catalogue at "));
    }

    @Test
    void the_output_folder_can_be_given_as_the_plugin_argument() {
        CapabilityReportPlugin plugin = new CapabilityReportPlugin("target/elsewhere");
        assertThat(plugin.outputDirectory()).isEqualTo(Path.of("").toAbsolutePath().resolve("target/elsewhere"));
    }
}
