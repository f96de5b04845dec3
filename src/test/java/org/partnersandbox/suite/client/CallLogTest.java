package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The calls attachment is a contract with the capability report: its field names must not drift. */
class CallLogTest {

    @Test
    void calls_are_written_as_the_json_array_the_report_reads() throws Exception {
        CallLog log = new CallLog();
        log.add(new CallRecord("POST", "/v1/sandboxIndirectReseller", 201, "r-1", "c-1"));
        log.add(new CallRecord("GET", "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", 200, "r-2", "c-2"));

        JsonNode written = new ObjectMapper().readTree(log.toJson());

        assertThat(written.isArray()).isTrue();
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).isEqualTo(new ObjectMapper().readTree("""
                {"method":"POST","path":"/v1/sandboxIndirectReseller","status":201,
                 "requestId":"r-1","correlationId":"c-1"}"""));
    }

    @Test
    void a_refused_call_carries_its_partner_center_error_code() throws Exception {
        CallLog log = new CallLog();
        log.add(new CallRecord("POST", "/v1/sandboxIndirectReseller", 403, "r-1", "c-1", 6004));

        JsonNode written = new ObjectMapper().readTree(log.toJson());

        assertThat(written.get(0).path("errorCode").intValue()).isEqualTo(6004);
    }

    @Test
    void a_scenario_without_calls_writes_an_empty_array() {
        assertThat(new String(new CallLog().toJson())).isEqualTo("[]");
    }
}
