package org.partnersandbox.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The Partner Center calls of one scenario, in order: the evidence the capability report reads. */
public final class CallLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<CallRecord> calls = Collections.synchronizedList(new ArrayList<>());

    public void add(CallRecord call) {
        calls.add(call);
    }

    public List<CallRecord> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** A JSON array of {@code {"method","path","status","requestId","correlationId"}}. */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsString(calls()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("call records could not be written as JSON", e);
        }
    }
}
