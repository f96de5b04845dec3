package org.partnersandbox.emulator;

import org.partnersandbox.parity.JsonShape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure comparison of the contract test: what it calls a difference, and what it does not. */
class JsonShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void names_a_missing_key_an_extra_key_and_another_type_but_only_the_outermost_key() throws Exception {
        JsonShape documented = shape("{\"id\":\"a\",\"quantity\":1,\"links\":{\"self\":{\"uri\":\"/x\"}},\"items\":[{\"n\":1}]}");
        JsonShape answered = shape("{\"id\":\"a\",\"quantity\":\"1\",\"extra\":{\"deep\":true},\"items\":[{\"n\":1,\"m\":2}]}");
        assertThat(documented.differencesOf(answered, Map.of()))
                .containsExactlyInAnyOrder("missing $.links", "type $.quantity", "extra $.extra", "extra $.items[].m");
    }

    @Test
    void keys_compare_in_any_case_and_a_documented_null_or_empty_array_matches_anything() throws Exception {
        JsonShape documented = shape("{\"Id\":\"a\",\"PartnerId\":null,\"Headers\":[]}");
        JsonShape answered = shape("{\"id\":\"a\",\"partnerId\":\"123\",\"headers\":[{\"key\":\"k\"}]}");
        assertThat(documented.differencesOf(answered, Map.of())).isEmpty();
    }

    @Test
    void an_extra_key_another_example_of_the_same_resource_type_shows_is_documented() throws Exception {
        Map<String, Set<String>> vocabulary = new LinkedHashMap<>();
        shape("{\"id\":\"o\",\"alternateId\":\"x\",\"attributes\":{\"objectType\":\"Order\"}}").addTo(vocabulary);
        JsonShape documented = shape("{\"id\":\"o\",\"attributes\":{\"objectType\":\"Order\"}}");
        JsonShape answered = shape("{\"id\":\"o\",\"alternateId\":\"y\",\"invented\":1,\"attributes\":{\"objectType\":\"Order\"}}");
        assertThat(documented.differencesOf(answered, vocabulary)).containsExactly("extra $.invented");
    }

    private static JsonShape shape(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return JsonShape.of(node);
    }
}
