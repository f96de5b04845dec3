package org.partnersandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The features folder covers the catalogue. The first test checks the project's real
 * features/; the others check the checker on small synthetic folders.
 */
class CatalogueCoverageTest {

    /**
     * THE REAL-FOLDER TEST. Fails until features/ has a Rule (or Scenario) tagged @cap:&lt;ID&gt;
     * for every id of features/capabilities.json; its message lists what is missing.
     */
    @Test
    void every_catalogue_id_has_a_rule_in_features() throws IOException {
        Catalogue catalogue = Catalogue.load(Path.of(Catalogue.DEFAULT_LOCATION));

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, Path.of("features"));

        assertThat(problems.none())
                .withFailMessage(() -> "features/ does not cover the capability catalogue:\n" + problems.describe())
                .isTrue();
    }

    @TempDir
    Path features;

    Catalogue catalogue;

    @BeforeEach
    void catalogue() throws IOException {
        Path file = features.resolve("capabilities.json");
        Files.writeString(file, ReportFixture.CATALOGUE);
        catalogue = Catalogue.load(file);
    }

    @Test
    void a_folder_with_every_id_on_a_rule_or_scenario_passes() throws IOException {
        write("relationships/relationships.feature", """
                Feature: Reseller relationships
                  @cap:A-01
                  Rule: A provider can add a customer
                    Scenario: added
                      Given a provider
                  Rule: Invitations
                    @cap:A-02
                    Scenario: refused
                      Given a provider
                  @cap:A-03 @cap:B-02 # two capabilities shown by the same examples
                  Rule: Resellers
                    Scenario Outline: sees <n>
                      Given a reseller
                      @cap:B-01
                      Examples:
                        | n |
                        | 1 |
                  @cap:A-08
                  Rule: Superseded: a provider has no resellers
                    Kept for the review; see the documentation conflicts.
                  @production-only
                  Rule: In production
                    @cap:A-P1
                    Scenario: invites
                      Given a provider
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.none()).withFailMessage(problems::describe).isTrue();
    }

    @Test
    void a_missing_id_is_named() throws IOException {
        write("a.feature", """
                Feature: A
                  @cap:A-01
                  Rule: one
                    Scenario: s
                      Given x
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.missing()).containsExactly("A-02", "A-03", "A-08", "A-P1", "B-01", "B-02");
        assertThat(problems.describe()).startsWith("6 catalogue id(s) without a Rule or Scenario tagged @cap:<ID>:")
                .contains("A-02", "B-02");
    }

    @Test
    void a_tag_naming_an_id_the_catalogue_lacks_is_named_with_its_place() throws IOException {
        write("a.feature", """
                Feature: A
                  @cap:A-01
                  Rule: one
                    @cap:A-99
                    Scenario: s
                      Given x
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.unknown()).containsExactly("@cap:A-99 at a.feature:4");
    }

    @Test
    void text_that_only_looks_like_a_tag_does_not_count() throws IOException {
        write("a.feature", """
                Feature: A
                  # @cap:A-02 is still to be written
                  @cap:A-01
                  Rule: one
                    The description mentions @cap:A-03 but is not a tag.
                    Scenario: s
                      Given a step about @cap:B-01
                      ""\"
                      @cap:B-02
                      ""\"
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.missing()).contains("A-02", "A-03", "B-01", "B-02").doesNotContain("A-01");
    }

    @Test
    void a_capability_tag_on_the_feature_is_misplaced() throws IOException {
        write("a.feature", """
                @cap:A-01
                Feature: A
                  Scenario: s
                    Given x
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.misplaced()).containsExactly("@cap:A-01 at a.feature:1");
        assertThat(problems.missing()).contains("A-01");
    }

    @Test
    void production_only_must_carry_the_production_only_tag_and_sandbox_must_not() throws IOException {
        write("a.feature", """
                Feature: A
                  @cap:A-P1
                  Rule: in production a provider invites customers
                    Scenario: s
                      Given x
                  @cap:A-01 @production-only
                  Rule: a provider can add a customer
                    Scenario: s
                      Given x
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.wrongKind()).containsExactlyInAnyOrder(
                "A-P1 at a.feature:2 is production-only but lacks @production-only (a sandbox run would execute it)",
                "A-01 at a.feature:6 is a sandbox capability but is tagged @production-only (it would never run)");
    }

    @Test
    void a_file_that_does_not_parse_is_reported_not_skipped() throws IOException {
        write("broken.feature", """
                Feature: Broken
                  Scenario: s
                    Given x
                  Feature: a second feature in the same file
                    Scenario: t
                      Given y
                  @a-tag-with-nothing-after-it
                """);

        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features);

        assertThat(problems.unparsable()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("broken.feature: "));
    }

    @Test
    void a_missing_features_folder_means_every_id_is_missing() throws IOException {
        CatalogueCoverage.Problems problems = CatalogueCoverage.check(catalogue, features.resolve("absent"));

        assertThat(problems.missing()).hasSize(catalogue.capabilities().size());
    }

    private void write(String relative, String gherkin) throws IOException {
        Path file = features.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, gherkin);
    }
}
