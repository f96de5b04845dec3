package org.partnersandbox.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MS-RequestId memory's body digest: key order does not matter, anything else does. */
class IdempotentReplayDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String digest(String json) throws Exception {
        JsonNode tree = JSON.readTree(json);
        return IdempotentReplay.digestOf(tree);
    }

    @Test
    void the_digest_is_sha256_of_each_kind_marker_and_each_text_with_its_length() throws Exception {
        byte[] walked = {'t', '{', 'k', 0, 0, 0, 1, 'a', '[', 's', 0, 0, 0, 2, 'b', 'c', 'v', 0, 0, 0, 1, '1', ']', '}'};

        assertThat(digest("{\"a\":[\"bc\",1]}"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(walked)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"1","b":{"c":[1,2],"d":null}}     | { "b" : {"d":null, "c":[1, 2]}, "a" : "1" }
            {"a":1.0}                              | {"a":1.00}
            {"a":"\\u00fc"}                        | {"a":"ü"}
            """)
    void the_same_members_in_another_order_or_spelling_are_the_same_body(String one, String other) throws Exception {
        assertThat(digest(one)).isEqualTo(digest(other));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"1"}            | {"a":1}
            {"a":"true"}         | {"a":true}
            {"a":"null"}         | {"a":null}
            {"ab":"c"}           | {"a":"bc"}
            {"a":"b","c":"d"}    | {"a":"b\\",\\"c\\":\\"d"}
            {"a":["b","c"]}      | {"a":["bc"]}
            {"a":["b"],"c":[]}   | {"a":[],"c":["b"]}
            {"a":{"b":"c"}}      | {"a":{},"b":"c"}
            {"a":[["b"]]}        | {"a":["b"]}
            {"a":""}             | {"a":[]}
            {"a":{}}             | {"a":[]}
            {"a":1}              | {"a":2}
            """)
    void anything_else_is_another_body(String one, String other) throws Exception {
        assertThat(digest(one)).isNotEqualTo(digest(other));
    }
}
