package org.partnersandbox.emulator.ops;

import io.javalin.http.Context;
import org.partnersandbox.emulator.auth.BearerAuthentication;
import org.partnersandbox.emulator.domain.Resettable;
import org.partnersandbox.emulator.http.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Partner Center's rate limit (reference §5): at most {@code limit} {@code /v1} calls per partner
 * tenant in any sliding {@code window}; the next one is refused with 429 and a {@code Retry-After}
 * that says when a slot frees. A refused call is not counted, so a client that waits as told gets
 * through. Time comes from the clock, so tests move it instead of waiting a minute. It also keeps,
 * per tenant since the start or the last reset, how many calls it admitted and refused: what
 * {@code GET /_emulator/throttle} shows (the live run's benchmark reads its busiest tenant there).
 */
public final class Throttle implements Resettable {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> callsByTenant = new HashMap<>();
    private final Map<String, long[]> totalsByTenant = new HashMap<>(); // {admitted, refused}

    /** @param limit 0 = no limit */
    public Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** A before-handler on {@code /v1/*}, after authentication: the tenant comes from the token. */
    public void admit(Context ctx) {
        if (limit > 0) {
            admit(BearerAuthentication.caller(ctx).tenantId());
        }
    }

    /** Counts a call of {@code tenantId}, or refuses it with {@link RateLimitExceeded} without counting it. */
    public synchronized void admit(String tenantId) {
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        String tenant = tenantId.toLowerCase(Locale.ROOT);
        Deque<Instant> calls = callsByTenant.computeIfAbsent(tenant, t -> new ArrayDeque<>());
        long[] totals = totalsByTenant.computeIfAbsent(tenant, t -> new long[2]);
        Instant windowStart = now.minus(window);
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(windowStart)) {
            calls.pollFirst();
        }
        if (calls.size() >= limit) {
            Duration untilFree = Duration.between(now, calls.peekFirst().plus(window));
            long seconds = Math.max(1, (untilFree.toMillis() + 999) / 1000);
            totals[1]++;
            throw new RateLimitExceeded(seconds);
        }
        calls.addLast(now);
        totals[0]++;
    }

    /** {@code GET /_emulator/throttle}: {@link #json()}. */
    public void report(Context ctx) {
        Json.respond(ctx, 200, json());
    }

    /** The limit a minute, and per tenant the calls admitted and refused since the start or the last reset. */
    public synchronized ObjectNode json() {
        ObjectNode body = Json.object();
        body.put("perMinute", limit * 60_000L / Math.max(1, window.toMillis()));
        ArrayNode tenants = body.putArray("tenants");
        totalsByTenant.forEach((tenant, totals) -> tenants.addObject().put("tenantId", tenant)
                .put("admitted", totals[0]).put("refused", totals[1]));
        return body;
    }

    @Override
    public synchronized void reset() {
        callsByTenant.clear();
        totalsByTenant.clear();
    }
}
