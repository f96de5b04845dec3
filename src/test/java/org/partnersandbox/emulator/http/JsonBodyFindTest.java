package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A dotted path walked step by step finds what the split into steps it replaced found. */
class JsonBodyFindTest {

    /** The lookup as it was before the loop: the reference the loop is held to. */
    private static Optional<JsonNode> bySplit(ObjectNode root, String path) {
        JsonNode current = root;
        for (String step : path.split("\\.")) {
            if (!(current instanceof ObjectNode object)) {
                return Optional.empty();
            }
            current = ignoringCase(object, step);
            if (current == null || current.isNull()) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    private static JsonNode ignoringCase(ObjectNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static final String BODY = """
            {"companyProfile": {"domain": "contoso.onmicrosoft.com", "a": {"b": {"c": "deep"}, "n": null, "s": "x"}},
             "BillingProfile": {"defaultAddress": {"Country": "US"}, "email": ""}, "a": 1, "b": [{"c": 2}],
             "billingProfile": {"email": "exact@example.com"}}""";

    @Property(tries = 2000)
    void the_loop_finds_what_the_split_found(@ForAll("paths") String path) {
        ObjectNode root = (ObjectNode) JsonBody.parsed(BODY);
        Optional<JsonNode> expected = bySplit(root, path);
        assertThat(JsonBody.wrap(root).find(path)).as(path).isEqualTo(expected);
        Statistics.collect(expected.isPresent());
        Statistics.coverage(coverage -> {
            coverage.check(true).percentage(percent -> percent > 5);
            coverage.check(false).percentage(percent -> percent > 5);
        });
    }

    /**
     * One to four steps from the body's own names in any case, some unknown. None empty: the paths are the
     * code's own names (a split drops trailing empty steps, a quirk no caller relies on).
     */
    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> step = Arbitraries.oneOf(
                Arbitraries.of("companyProfile", "domain", "a", "b", "c", "n", "s", "billingProfile", "defaultAddress",
                        "country", "email", "COUNTRY", "DefaultAddress", "companyprofile"),
                Arbitraries.of("x", "0", "domains"));
        return step.list().ofMinSize(1).ofMaxSize(4).map(steps -> String.join(".", steps));
    }

    @Example
    void steps_match_in_any_case_and_stop_at_a_leaf_or_a_null() {
        JsonBody body = JsonBody.wrap((ObjectNode) JsonBody.parsed(BODY));
        assertThat(body.find("billingprofile.DEFAULTADDRESS.country")).map(JsonNode::textValue).contains("US");
        assertThat(body.find("companyProfile.a.b.c")).map(JsonNode::textValue).contains("deep");
        assertThat(body.find("companyProfile.domain.x")).isEmpty();
        assertThat(body.find("companyProfile.a.n")).isEmpty();
        assertThat(body.find("companyProfile..domain")).isEmpty();
        assertThat(body.find("a")).map(JsonNode::intValue).contains(1);
        assertThat(body.find("billingProfile.email")).as("the exact name first").map(JsonNode::textValue).contains("exact@example.com");
        assertThat(body.find("BILLINGPROFILE.email")).as("else the first in any case").map(JsonNode::textValue).contains("");
        assertThat(body.find("b.c")).isEmpty(); // an array is not walked into
    }
}
