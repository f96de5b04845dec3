package org.partnersandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.report.SyntheticRun.tags;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CompareRuns: two or more capabilities.json in one page, a column per run, differences highlighted. */
class CompareRunsTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void two_runs_side_by_side_with_the_rows_that_differ_highlighted() throws IOException {
        Path emulator = run("emulator", "2025-11-20T01:00:00Z", true);
        Path live = run("live", "2025-11-20T03:00:00Z", false);
        Path page = dir.resolve("out/comparison.html");

        int status = compare(emulator.toString(), live.toString(), "-o", page.toString());

        assertThat(status).isZero();
        String html = Files.readString(page);
        assertThat(html).contains("<p class=\"summary\" id=\"summary\">2 capabilities differ across 2 runs</p>")
                .contains("<th>emulator, 2025-11-20 01:00 UTC, 0123456", "<th>live, 2025-11-20 03:00 UTC, 0123456")
                .contains("<tr id=\"cap-A-01\" class=\"differs\">", "<tr id=\"cap-A-03\" class=\"differs\">")
                .contains("<tr id=\"cap-A-02\" class=\"same\">", "<tr id=\"cap-B-01\" class=\"same\">")
                .contains("<p>Differ: <a href=\"#cap-A-01\">A-01</a>, <a href=\"#cap-A-03\">A-03</a></p>")
                .contains("no credentials for indirectReseller")
                .doesNotContain("http://", "https://", "<script");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2 of 7 capabilities differ across 2 runs: A-01, A-03")
                .contains(page.toUri().toString());
    }

    @Test
    void three_runs_get_three_columns_and_a_capability_missing_from_one_run_differs() throws IOException {
        Path first = run("emulator", "2025-11-18T01:00:00Z", true);
        Path second = run("emulator", "2025-11-19T01:00:00Z", true);
        Path third = dir.resolve("third.json");
        String json = Files.readString(run("emulator", "2025-11-20T01:00:00Z", true));
        Files.writeString(third, json.replace("\"id\" : \"B-02\"", "\"id\" : \"B-03\""));
        Path page = dir.resolve("comparison.html");

        assertThat(compare(first.toString(), second.toString(), third.toString(), "-o", page.toString())).isZero();

        String html = Files.readString(page);
        assertThat(html.split("<th>emulator, ", -1)).hasSize(4);
        assertThat(html).contains("<tr id=\"cap-B-02\" class=\"differs\">", "<tr id=\"cap-B-03\" class=\"differs\">")
                .contains("not in this run");
    }

    @Test
    void parity_drift_makes_a_row_differ_where_the_outcome_stayed_the_same() throws IOException {
        Path lastNight = withParity(run("emulator", "2025-11-19T01:00:00Z", true), "A-02", "matches",
                "matches live (recorded 2025-11-01)");
        Path tonight = withParity(run("emulator", "2025-11-20T01:00:00Z", true), "A-02", "differs",
                "differs from live: GET /v1/customers $.extra");
        Path page = dir.resolve("comparison.html");

        assertThat(compare(lastNight.toString(), tonight.toString(), "-o", page.toString())).isZero();

        assertThat(Files.readString(page)).contains("<tr id=\"cap-A-02\" class=\"differs\">",
                "<div class=\"parity\">matches live (recorded 2025-11-01)</div>",
                "<div class=\"parity\">differs from live: GET /v1/customers $.extra</div>");
    }

    /** The run file with a parity column for one capability, as a run with snapshots writes it. */
    private Path withParity(Path file, String id, String status, String label) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode report = json.readTree(file.toFile());
        report.path("capabilities").forEach(capability -> {
            if (id.equals(capability.path("id").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) capability).putObject("parity")
                        .put("status", status).put("label", label);
            }
        });
        Path out = dir.resolve(file.getFileName().toString().replace(".json", "-parity-" + status + ".json"));
        json.writeValue(out.toFile(), report);
        return out;
    }

    @Test
    void fewer_than_two_files_or_an_unreadable_one_is_a_one_line_error() throws IOException {
        Path one = run("emulator", "2025-11-20T01:00:00Z", true);

        assertThat(compare(one.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("give at least two capabilities.json files.");

        err.reset();
        assertThat(compare(one.toString(), dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.json: no such file").doesNotContain("\tat ");

        err.reset();
        Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
        assertThat(compare(one.toString(), dir.resolve("other.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("other.json is not a capabilities.json");

        err.reset();
        assertThat(compare(one.toString(), one.toString(), "--colour")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown option --colour.");
    }

    /** A capabilities.json from a synthetic run: pass or fail with {@code good}. */
    private Path run(String target, String start, boolean good) throws IOException {
        Path project = Files.createTempDirectory(dir, target);
        ReportFixture fixture = new ReportFixture(project);
        fixture.properties.put("sandbox.target", target);
        SyntheticRun run = new SyntheticRun(fixture.plugin()).at(Instant.parse(start)).started()
                .passed("the invitation is refused", tags("@cap:A-02"), "c-2");
        if (good) {
            run.passed("the provider adds a customer", tags("@cap:A-01"), "c-1")
                    .passed("the reseller lists its customers", tags("@cap:A-03"), "c-3");
        } else {
            run.failed("the provider adds a customer", tags("@cap:A-01"), "Then it is listed", new AssertionError("no"))
                    .notRun("the reseller lists its customers", tags("@cap:A-03"), "no credentials for indirectReseller");
        }
        run.finished(Duration.ofMinutes(2));
        return fixture.output().resolve("capabilities.json");
    }

    private int compare(String... args) {
        return CompareRuns.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
