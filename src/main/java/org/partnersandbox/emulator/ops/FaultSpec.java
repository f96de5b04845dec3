package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.http.JsonBody;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a test asks {@code POST /_emulator/faults} for: which calls (method, path glob), what
 * happens to them (one of a status, added latency, a dropped connection) and how often (the next
 * {@code times} matching calls, each with {@code probability}, optionally from a fixed {@code seed}),
 * optionally only for one partner tenant ({@code tenantId}: the {@code tid} of the call's bearer
 * token, or the tenant in a token-endpoint path), so that scenarios running side by side, each
 * with its own partner account, never hit each other's faults.
 */
public record FaultSpec(String method, String path, Action action, Integer times, Double probability, Long seed, String tenantId) {

    /** What an injected fault does to a call. */
    public sealed interface Action permits Status, Delay, Drop {
    }

    /** Answer with this status instead of running the call (429 with {@code Retry-After}). */
    public record Status(int status, long retryAfterSeconds) implements Action {
    }

    /** Wait this long, then run the call as usual. */
    public record Delay(Duration latency) implements Action {
    }

    /** Close the connection without any answer. */
    public record Drop() implements Action {
    }

    static final Set<Integer> STATUSES = Set.of(429, 500, 502, 503, 504);
    private static final Set<String> METHODS = Set.of("*", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final List<String> PROPERTIES = List.of("method", "path", "status", "retryAfterSeconds",
            "latencyMs", "dropConnection", "times", "probability", "seed", "tenantId");

    /** Reads and checks an admin request body; every refusal names the property. */
    public static FaultSpec parse(JsonBody body) {
        rejectUnknownProperties(body.node());
        String method = body.optionalText("method").orElse("*").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw Refusal.badInput("The property 'method' must be an HTTP method or \"*\"; got '" + method + "'.");
        }
        String path = body.requiredText("path");
        if (!path.startsWith("/")) {
            throw Refusal.badInput("The property 'path' must be a path glob starting with '/', e.g. \"/v1/*\"; got '" + path + "'.");
        }
        Action action = action(body);
        Integer times = integer(body, "times", 1, 1_000_000).map(Long::intValue).orElse(null);
        Double probability = body.find("probability").map(node -> {
            if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
                throw Refusal.badInput("The property 'probability' must be a number from 0 to 1.");
            }
            return node.doubleValue();
        }).orElse(null);
        Long seed = integer(body, "seed", Long.MIN_VALUE, Long.MAX_VALUE).orElse(null);
        if (times == null && probability == null) {
            throw Refusal.badInput("Give 'times' (the next N matching calls), 'probability' (0 to 1), or both.");
        }
        if (seed != null && probability == null) {
            throw Refusal.badInput("The property 'seed' only applies with 'probability'.");
        }
        String tenantId = body.optionalText("tenantId").map(String::trim).orElse(null);
        if (tenantId != null && tenantId.isEmpty()) {
            throw Refusal.badInput("The property 'tenantId' must be a tenant id when given.");
        }
        return new FaultSpec(method, path, action, times, probability, seed, tenantId);
    }

    /** The path glob as a case-insensitive pattern: {@code *} is any run of characters, {@code /} included. */
    Pattern pathPattern() {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part.toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile(regex.toString());
    }

    void describe(ObjectNode json) {
        json.put("method", method).put("path", path);
        if (action instanceof Status s) {
            json.put("status", s.status());
            if (s.status() == 429) {
                json.put("retryAfterSeconds", s.retryAfterSeconds());
            }
        } else if (action instanceof Delay d) {
            json.put("latencyMs", d.latency().toMillis());
        } else {
            json.put("dropConnection", true);
        }
        if (times != null) {
            json.put("times", times);
        }
        if (probability != null) {
            json.put("probability", probability);
        }
        if (seed != null) {
            json.put("seed", seed);
        }
        if (tenantId != null) {
            json.put("tenantId", tenantId);
        }
    }

    private static Action action(JsonBody body) {
        Optional<JsonNode> status = body.find("status");
        Optional<JsonNode> latency = body.find("latencyMs");
        Optional<JsonNode> drop = body.find("dropConnection");
        long given = Stream.of(status, latency, drop).filter(Optional::isPresent).count();
        if (given != 1) {
            throw Refusal.badInput("Give exactly one of 'status' (429, 500, 502, 503, 504), 'latencyMs' or "
                    + "'dropConnection': true; got " + (given == 0 ? "none" : given) + ".");
        }
        Optional<Long> retryAfter = integer(body, "retryAfterSeconds", 0, 3600);
        if (status.isPresent()) {
            long code = integer(body, "status", 100, 599).orElseThrow();
            if (!STATUSES.contains((int) code)) {
                throw Refusal.badInput("The property 'status' must be one of 429, 500, 502, 503, 504; got " + code + ".");
            }
            if (retryAfter.isPresent() && code != 429) {
                throw Refusal.badInput("The property 'retryAfterSeconds' only applies to status 429.");
            }
            return new Status((int) code, retryAfter.orElse(1L));
        }
        if (retryAfter.isPresent()) {
            throw Refusal.badInput("The property 'retryAfterSeconds' only applies to status 429.");
        }
        if (latency.isPresent()) {
            return new Delay(Duration.ofMillis(integer(body, "latencyMs", 1, 60_000).orElseThrow()));
        }
        if (!drop.get().isBoolean() || !drop.get().booleanValue()) {
            throw Refusal.badInput("The property 'dropConnection' must be true when given.");
        }
        return new Drop();
    }

    private static Optional<Long> integer(JsonBody body, String name, long min, long max) {
        return body.find(name).map(node -> {
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
                throw Refusal.badInput("The property '" + name + "' must be a whole number from " + min + " to " + max + ".");
            }
            return node.longValue();
        });
    }

    private static void rejectUnknownProperties(ObjectNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (PROPERTIES.stream().noneMatch(name::equalsIgnoreCase)) {
                throw Refusal.badInput("The property '" + name + "' is not known; a fault takes " + String.join(", ", PROPERTIES) + ".");
            }
        }
    }
}
