package org.partnersandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** features/capabilities.json: complete, consistent, in the project's own words. */
class CatalogueTest {

    static final Path CATALOGUE = Path.of(Catalogue.DEFAULT_LOCATION);
    /** shared/ sits beside the project, on developers' machines and in CI. */
    static final Path SHARED_CAPABILITIES = Path.of("..", "shared", "CAPABILITIES.md");

    @Test
    void catalogue_holds_every_id_of_the_capability_list() throws IOException {
        Catalogue catalogue = Catalogue.load(CATALOGUE);

        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(1, 15).forEach(n -> expected.add("RR-%02d".formatted(n)));
        IntStream.rangeClosed(1, 7).forEach(n -> expected.add("RR-P" + n));
        IntStream.rangeClosed(1, 10).forEach(n -> expected.add("IP-%02d".formatted(n)));
        Stream.of(IntStream.rangeClosed(1, 6), IntStream.rangeClosed(10, 15), IntStream.rangeClosed(20, 29))
                .flatMap(IntStream::boxed).forEach(n -> expected.add("IR-%02d".formatted(n)));
        IntStream.rangeClosed(1, 5).forEach(n -> expected.add("X-%02d".formatted(n)));
        assertThat(catalogue.ids()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void kinds_follow_the_capability_list() throws IOException {
        Catalogue catalogue = Catalogue.load(CATALOGUE);

        assertThat(catalogue.capability("RR-08")).get().satisfies(rr08 -> {
            assertThat(rr08.kind()).isEqualTo(CapabilityKind.SUPERSEDED);
            assertThat(rr08.supersededBy()).containsExactly("IP-03", "IP-08");
        });
        assertThat(catalogue.capabilities()).filteredOn(c -> c.id().startsWith("RR-P"))
                .hasSize(7).allSatisfy(c -> assertThat(c.kind()).isEqualTo(CapabilityKind.PRODUCTION_ONLY));
        assertThat(catalogue.capabilities())
                .filteredOn(c -> !c.id().startsWith("RR-P") && !c.id().equals("RR-08"))
                .hasSize(51).allSatisfy(c -> assertThat(c.kind()).isEqualTo(CapabilityKind.SANDBOX));
        assertThat(catalogue.capabilities()).filteredOn(c -> c.id().startsWith("X-"))
                .allSatisfy(c -> assertThat(c.source()).isEqualTo("api-conventions"));
        assertThat(catalogue.capabilities()).allSatisfy(c -> assertThat(c.partnerTypes()).isNotEmpty());
    }

    @Test
    void every_source_page_has_its_date_and_every_conflict_two_dated_sides() throws IOException {
        Catalogue catalogue = Catalogue.load(CATALOGUE);

        assertThat(catalogue.source("reseller-relationships")).get().extracting(SourcePage::dates).isEqualTo("2020-11-10");
        assertThat(catalogue.source("create-indirect-reseller")).get().extracting(SourcePage::dates)
                .isEqualTo("2021-05-24 (revised 2022-06-17)");
        assertThat(catalogue.source("delete-indirect-reseller")).get().extracting(SourcePage::dates)
                .isEqualTo("2021-05-24 (revised 2022-06-15)");
        assertThat(catalogue.conflicts()).hasSize(6).allSatisfy(conflict -> {
            assertThat(conflict.sides()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(side -> assertThat(side.date()).matches(".*\\d{4}.*|later revision.*"));
            assertThat(conflict.resolution()).isNotBlank();
        });
        assertThat(catalogue.conflicts()).flatExtracting(DocumentationConflict::capabilities)
                .contains("RR-08", "IP-03", "IP-08", "RR-04", "RR-06", "RR-11", "IP-05", "RR-01", "IR-14", "IR-27",
                        "IR-13", "IR-29");
    }

    @Test
    void catalogue_matches_shared_capabilities_and_restates_every_capability_in_its_own_words() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_CAPABILITIES), "shared/CAPABILITIES.md is not beside the project");
        Map<String, String> listed = capabilityColumn(Files.readString(SHARED_CAPABILITIES));
        Catalogue catalogue = Catalogue.load(CATALOGUE);

        assertThat(catalogue.ids()).containsExactlyInAnyOrderElementsOf(listed.keySet());
        for (Capability capability : catalogue.capabilities()) {
            assertThat(normalised(capability.statement()))
                    .as(capability.id() + " is restated, not copied")
                    .isNotEqualTo(normalised(listed.get(capability.id())));
        }
    }

    @Test
    void an_inconsistent_catalogue_is_refused_naming_each_faulty_entry(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capabilities.json");
        Files.writeString(file, """
                { "sources": [ { "key": "p", "title": "P", "published": "2020-01-01" } ],
                  "capabilities": [
                    { "id": "A-01", "source": "p", "kind": "sandbox", "statement": "one" },
                    { "id": "A-01", "source": "p", "kind": "sandbox", "statement": "twice" },
                    { "id": "A-02", "source": "nowhere", "kind": "sandbox", "statement": "x" },
                    { "id": "A-03", "source": "p", "kind": "superseded", "statement": "x" }
                  ],
                  "conflicts": [ { "id": "C-1", "subject": "s", "capabilities": ["A-09"],
                                   "sides": [ { "source": "p", "date": "2020-01-01", "says": "x" } ] } ] }
                """);

        assertThatThrownBy(() -> Catalogue.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("A-01 appears twice")
                .hasMessageContaining("A-02 names unknown source 'nowhere'")
                .hasMessageContaining("A-03 is superseded but does not say by what")
                .hasMessageContaining("conflict C-1 names unknown capability A-09")
                .hasMessageContaining("conflict C-1 needs at least two sides");
    }

    @Test
    void an_unknown_kind_is_refused_with_the_accepted_ones(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capabilities.json");
        Files.writeString(file, """
                { "sources": [ { "key": "p", "title": "P" } ],
                  "capabilities": [ { "id": "A-01", "source": "p", "kind": "live", "statement": "x" } ] }
                """);

        assertThatThrownBy(() -> Catalogue.load(file))
                .hasMessageContaining("unknown kind 'live' (expected sandbox, production-only or superseded)");
    }

    /** "| RR-01 | capability | ..." rows of the shared list: id to its capability column. */
    private static Map<String, String> capabilityColumn(String markdown) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\|\\s*((?:RR|IP|IR|X)-P?\\d+)\\s*\\|([^|]*)\\|").matcher(markdown);
        while (row.find()) {
            rows.put(row.group(1), row.group(2).strip());
        }
        return rows;
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replaceAll("[^A-Za-z0-9]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
