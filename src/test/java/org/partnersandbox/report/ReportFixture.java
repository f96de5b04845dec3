package org.partnersandbox.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A small project on disk for report tests: a catalogue of two pages and a features folder,
 * with the plugin's settings pointing at it. Properties and environment are plain maps.
 */
final class ReportFixture {

    static final String CATALOGUE = """
            {
              "sources": [
                { "key": "relationships", "title": "Reseller relationships", "file": "seeds/000.txt",
                  "published": "2020-11-10", "revised": null },
                { "key": "create-ir", "title": "Create indirect reseller", "file": "seeds/003.txt",
                  "published": "2021-05-24", "revised": "2022-06-17" }
              ],
              "capabilities": [
                { "id": "A-01", "source": "relationships", "kind": "sandbox", "partnerTypes": ["indirect-provider"],
                  "statement": "A provider can add a customer." },
                { "id": "A-02", "source": "relationships", "kind": "sandbox", "partnerTypes": ["indirect-provider"],
                  "statement": "A provider cannot invite a customer." },
                { "id": "A-03", "source": "relationships", "kind": "sandbox", "partnerTypes": ["indirect-reseller"],
                  "statement": "A reseller sees its customers." },
                { "id": "A-08", "source": "relationships", "kind": "superseded", "supersededBy": ["B-01"],
                  "statement": "A provider has no resellers." },
                { "id": "A-P1", "source": "relationships", "kind": "production-only",
                  "statement": "In production a provider invites customers." },
                { "id": "B-01", "source": "create-ir", "kind": "sandbox", "partnerTypes": ["indirect-provider"],
                  "statement": "A provider creates a sandbox reseller." },
                { "id": "B-02", "source": "create-ir", "kind": "sandbox",
                  "statement": "At most five resellers per provider." }
              ],
              "conflicts": [
                { "id": "C-1", "subject": "Resellers or not?", "capabilities": ["A-08", "B-01"], "errata": ["E-4"],
                  "sides": [
                    { "source": "relationships", "date": "2020-11-10", "says": "No resellers in the sandbox." },
                    { "source": "create-ir", "date": "2021-05-24", "says": "Providers create resellers." } ],
                  "resolution": "The later page wins." }
              ]
            }
            """;

    static final String FEATURE = """
            Feature: Reseller relationships

              @cap:A-01
              Rule: A provider can add a customer
                Scenario: the provider adds a customer
                  Given a provider

              @cap:A-02
              Rule: A provider cannot invite a customer
                Scenario: the invitation is refused
                  Given a provider

              @cap:A-03 # only on a live target
              Rule: A reseller sees its customers
                Scenario: the reseller lists its customers
                  Given a reseller

              @cap:B-01
              Rule: A provider creates a sandbox reseller
                Scenario: created
                  Given a provider
            """;

    final Path root;
    final Map<String, String> properties = new HashMap<>();
    final Map<String, String> environment = new HashMap<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    ReportFixture(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("features"));
        Files.writeString(root.resolve("features/capabilities.json"), CATALOGUE);
        Files.writeString(root.resolve("features/relationships.feature"), FEATURE);
        properties.put("report.gitCommit", "0123456789abcdef0123456789abcdef01234567");
        properties.put("report.projectVersion", "9.9.9-test");
    }

    ReportSettings settings() {
        return new ReportSettings(properties::get, environment::get, root);
    }

    CapabilityReportPlugin plugin() {
        return new CapabilityReportPlugin(settings(), null,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    Path output() {
        return root.resolve("target/capability-report");
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    CapabilityReport writtenReport() throws IOException {
        return ReportJson.read(Files.readAllBytes(output().resolve("capabilities.json")));
    }

    CapabilityResult capability(String id) throws IOException {
        return writtenReport().capabilities().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in the written report"));
    }

    String html() throws IOException {
        return Files.readString(output().resolve("index.html"));
    }

    String markdown() throws IOException {
        return Files.readString(output().resolve("capabilities.md"));
    }
}
