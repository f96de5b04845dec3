package org.partnersandbox.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Partner Center calls of one scenario, in order: the evidence the capability report reads.
 * It also remembers the kind of token each call carried as the token's own claims say, which
 * the report's JSON leaves out.
 */
public final class CallLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(CallRecord call, TokenKind kind) {
    }

    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

    public void add(CallRecord call) {
        add(call, null);
    }

    /** {@code kind}: what the sent token's claims say; null when they cannot be read. */
    public void add(CallRecord call, TokenKind kind) {
        entries.add(new Entry(call, kind));
    }

    public List<CallRecord> calls() {
        synchronized (entries) {
            return entries.stream().map(Entry::call).toList();
        }
    }

    /** The calls whose token's claims say {@code kind}, in order. */
    public List<CallRecord> callsWith(TokenKind kind) {
        synchronized (entries) {
            return entries.stream().filter(e -> e.kind() == kind).map(Entry::call).toList();
        }
    }

    /**
     * A JSON array of {@code {"method","path","status","requestId","correlationId"}}, with {@code "errorCode"}
     * of a refusal and {@code "body"} (the answer, secrets masked) when there are: the report's parity check reads it.
     */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsString(calls()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("call records could not be written as JSON", e);
        }
    }
}
