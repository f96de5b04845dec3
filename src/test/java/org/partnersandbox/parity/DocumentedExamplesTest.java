package org.partnersandbox.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run's answers against the documented examples the contract test uses, and docs/emulator.md's declared differences. */
class DocumentedExamplesTest {

    private static DocumentedExamples examples;
    private static JsonNode customer;

    @BeforeAll
    static void load() throws IOException {
        examples = DocumentedExamples.load(Path.of("src/test/resources/doc-examples"), Path.of("docs/emulator.md"));
        customer = SnapshotStore.JSON.readTree(Path.of("src/test/resources/doc-examples/get_customer_by_id.json").toFile())
                .get("response_body");
    }

    private static Exchange get(JsonNode body) {
        return new Exchange("GET", "/v1/Customers/6a1b2c3d-0000-4000-8000-000000000001?x=1", 200, null, body);
    }

    @Test
    void an_answer_shaped_like_the_documented_one_matches_it_with_its_page_and_date() {
        assertThat(examples.check(List.of(get(customer)))).singleElement().satisfies(match -> {
            assertThat(match.operation()).isEqualTo("get_customer_by_id");
            assertThat(match.page()).isEqualTo("developer/get-a-customer-by-id.md");
            assertThat(match.date()).isNotBlank();
            assertThat(match.differences()).isEmpty();
        });
    }

    @Test
    void a_missing_key_differs_unless_docs_emulator_md_declares_it() {
        ObjectNode withoutCompanyName = customer.deepCopy();
        ((ObjectNode) withoutCompanyName.get("companyProfile")).remove("companyName");
        ObjectNode withoutFirstName = customer.deepCopy();
        ((ObjectNode) withoutFirstName.get("billingProfile")).remove("firstName");

        assertThat(examples.check(List.of(get(withoutCompanyName)))).singleElement()
                .satisfies(match -> assertThat(match.differences()).containsExactly("missing $.companyProfile.companyName"));
        assertThat(examples.check(List.of(get(withoutFirstName)))).singleElement()
                .satisfies(match -> assertThat(match.differences()).as("declared in docs/emulator.md").isEmpty());
    }

    @Test
    void a_call_with_another_status_or_an_undocumented_path_matches_no_example() {
        assertThat(examples.check(List.of(new Exchange("GET", "/v1/customers/x", 404, 600026, customer),
                new Exchange("GET", "/v1/nothing/here", 200, null, customer)))).isEmpty();
    }

    @Test
    void the_capability_column_names_each_documented_operation_once() {
        ScenarioParity scenario = new ScenarioParity(ScenarioParity.MATCHES, "live", "2026-12-01", List.of(), List.of(),
                examples.check(List.of(get(customer))));

        assertThat(CapabilityParity.of(List.of(scenario, scenario)).documentedExample())
                .startsWith("matches the documented example (developer/get-a-customer-by-id.md, ")
                .doesNotContain(";");
    }
}
