package org.partnersandbox.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.parity.Calls.call;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final List<Exchange> SNAPSHOT = List.of(
            call("POST", "/v1/customers", 201, "{\"id\": \"<customer:1>\", \"tenant\": {\"id\": \"<tenant:1>\"}, \"tags\": [{\"a\": 1, \"id\": \"<tag:1>\"}]}"),
            call("GET", "/v1/customers/<customer:1>", 404, 600026, "{\"code\": 600026, \"description\": \"gone\"}"));

    @Test
    void the_same_keys_types_statuses_codes_and_placeholders_match_whatever_the_other_values() {
        List<Exchange> here = List.of(
                // a list's items in another order: their ids are not compared, their keys and types are
                call("POST", "/v1/customers", 201, "{\"id\": \"<customer:1>\", \"tenant\": {\"id\": \"<tenant:1>\"}, \"tags\": [{\"a\": 2, \"id\": \"<tag:2>\"}, {}]}"),
                call("GET", "/v1/customers/<customer:1>", 404, 600026, "{\"code\": 600026, \"description\": \"other words\"}"));

        assertThat(Comparison.of(SNAPSHOT, here)).isEmpty();
    }

    @Test
    void every_kind_of_difference_is_named_by_call_and_field() {
        List<Exchange> here = List.of(
                call("POST", "/v1/customers", 201, "{\"id\": \"<customer:1>\", \"tenant\": {\"id\": \"<customer:1>\"}, \"tags\": [{\"a\": \"1\", \"id\": \"<tag:1>\"}], \"extra\": true}"),
                call("GET", "/v1/customers/<customer:1>", 400, 600010, "{\"code\": 600010}"),
                call("DELETE", "/v1/customers/<customer:1>", 204, null));

        assertThat(Comparison.of(SNAPSHOT, here)).extracting(Difference::describe).containsExactly(
                "POST /v1/customers $.tenant.id: snapshot <tenant:1>, here <customer:1>",
                "POST /v1/customers $.tags[0].a: snapshot number, here string",
                "POST /v1/customers $.extra: snapshot missing, here boolean",
                "GET /v1/customers/<customer:1> status: snapshot 404, here 400",
                "GET /v1/customers/<customer:1> errorCode: snapshot 600026, here 600010",
                "GET /v1/customers/<customer:1> $.description: snapshot string, here missing",
                "DELETE /v1/customers/<customer:1> calls: snapshot missing, here made");
    }

    @Test
    void another_call_where_the_snapshot_made_one_is_one_call_missing_and_one_made() {
        List<Exchange> here = List.of(call("GET", "/v1/customers", 200, "{}"));

        assertThat(Comparison.of(SNAPSHOT, here)).extracting(Difference::describe).containsExactly(
                "POST /v1/customers calls: snapshot made, here missing",
                "GET /v1/customers/<customer:1> calls: snapshot made, here missing",
                "GET /v1/customers calls: snapshot missing, here made");
    }

    @Test
    void calls_one_side_made_in_between_are_named_and_the_calls_after_them_still_compared() {
        List<Exchange> snapshot = List.of(
                call("POST", "/v1/customers", 201, "{\"id\": \"x\"}"),
                call("POST", "/v1/customers", 201, "{\"id\": \"x\"}"),
                call("GET", "/v1/customers?size=10", 200, "{\"items\": []}"),
                call("POST", "/v1/customers", 400, 800018, "{\"code\": 800018}"));
        List<Exchange> here = List.of(
                call("GET", "/v1/customers?size=10", 200, "{\"items\": [], \"extra\": 1}"),
                call("GET", "/v1/customers?size=10", 200, "{\"items\": []}"),
                call("POST", "/v1/customers", 201, "{\"id\": \"x\"}"));

        assertThat(Comparison.of(snapshot, here)).extracting(Difference::describe).containsExactly(
                "POST /v1/customers calls: snapshot made, here missing",
                "POST /v1/customers calls: snapshot made, here missing",
                "GET /v1/customers?size=10 $.extra: snapshot missing, here number",
                "GET /v1/customers?size=10 calls: snapshot missing, here made",
                "POST /v1/customers status: snapshot 400, here 201",
                "POST /v1/customers errorCode: snapshot 800018, here none",
                "POST /v1/customers $.code: snapshot number, here missing",
                "POST /v1/customers $.id: snapshot missing, here string");
    }

    @Test
    void an_extra_call_on_either_side_leaves_the_calls_with_the_same_status_paired() {
        List<Exchange> refused = List.of(call("POST", "/v1/customers", 400, 800018, "{\"code\": 800018}"));
        List<Exchange> madeThenRefused = List.of(call("POST", "/v1/customers", 201, "{\"id\": \"x\"}"),
                call("POST", "/v1/customers", 400, 800018, "{\"code\": 800018}"));

        assertThat(Comparison.of(refused, madeThenRefused)).extracting(Difference::describe)
                .containsExactly("POST /v1/customers calls: snapshot missing, here made");
        assertThat(Comparison.of(madeThenRefused, refused)).extracting(Difference::describe)
                .containsExactly("POST /v1/customers calls: snapshot made, here missing");
    }
}
