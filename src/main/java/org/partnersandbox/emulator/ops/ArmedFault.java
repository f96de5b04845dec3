package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.partnersandbox.emulator.http.Json;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One fault as armed: its spec, how many injections remain, and the calls it has hit so far, so a
 * test can assert that its client did retry. Not thread-safe: {@link FaultInjection} guards it.
 */
final class ArmedFault {

    /** A call this fault hit. */
    record Hit(String method, String path, String requestId, Instant at) {
    }

    private static final int KEPT_HITS = 100;

    private final String id;
    private final FaultSpec spec;
    private final Pattern path;
    private final Random random;
    private Integer remaining;
    private long injected;
    private final Deque<Hit> hits = new ArrayDeque<>();

    ArmedFault(String id, FaultSpec spec) {
        this.id = id;
        this.spec = spec;
        this.path = spec.pathPattern();
        this.random = spec.seed() == null ? new Random() : new Random(spec.seed());
        this.remaining = spec.times();
    }

    String id() {
        return id;
    }

    FaultSpec.Action action() {
        return spec.action();
    }

    /** Whether it can still hit a call: spent faults stay listed but inject nothing. */
    boolean active() {
        return remaining == null || remaining > 0;
    }

    /**
     * Whether this fault hits a call, spending one of its {@code times} when it does. A call the
     * probability spares does not spend one. The caller's tenant is asked for last, and only by a
     * fault scoped to a tenant: reading it means parsing the bearer token.
     */
    boolean hits(String method, String normalizedPath, Supplier<String> tenantId) {
        if (!active()) {
            return false;
        }
        if (!spec.method().equals("*") && !spec.method().equalsIgnoreCase(method)) {
            return false;
        }
        if (!path.matcher(normalizedPath.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        if (spec.tenantId() != null && !spec.tenantId().equalsIgnoreCase(tenantId.get())) {
            return false;
        }
        if (spec.probability() != null && !(random.nextDouble() < spec.probability())) {
            return false;
        }
        if (remaining != null) {
            remaining--;
        }
        injected++;
        return true;
    }

    void record(Hit hit) {
        hits.addLast(hit);
        if (hits.size() > KEPT_HITS) {
            hits.removeFirst();
        }
    }

    ObjectNode json() {
        ObjectNode json = Json.object().put("id", id);
        spec.describe(json);
        if (remaining == null) {
            json.putNull("remaining");
        } else {
            json.put("remaining", remaining);
        }
        json.put("active", remaining == null || remaining > 0).put("injected", injected);
        ArrayNode calls = json.putArray("calls");
        hits.forEach(h -> calls.addObject().put("method", h.method()).put("path", h.path())
                .put("requestId", h.requestId()).put("at", h.at().toString()));
        return json;
    }
}
