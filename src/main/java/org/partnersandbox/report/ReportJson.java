package org.partnersandbox.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** capabilities.json: one mapper, so that what is written and what is read back agree. */
final class ReportJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportJson() {
    }

    static byte[] write(CapabilityReport report) throws IOException {
        return MAPPER.writeValueAsBytes(report);
    }

    static CapabilityReport read(byte[] json) throws IOException {
        return MAPPER.readValue(json, CapabilityReport.class);
    }
}
