package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Refusal;
import org.partnersandbox.emulator.domain.Resettable;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.RequestIds;
import org.partnersandbox.emulator.http.RoutePaths;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Faults armed through {@code /_emulator/faults}, injected before anything else looks at a call:
 * before authentication, throttling and the handler. A faulted call therefore changes no state,
 * which is what lets the suite prove that retrying creates no duplicates. The admin API itself is
 * never faulted. The first armed fault that hits a call decides what happens to it.
 */
public final class FaultInjection implements Resettable {

    private final Clock clock;
    private final List<ArmedFault> faults = new ArrayList<>();
    private int nextId = 1;
    /** Whether any fault can still hit: read without the lock, so a call pays nothing when none can. */
    private volatile boolean armed;

    public FaultInjection(Clock clock) {
        this.clock = clock;
    }

    /** Arms a fault; answers it as {@code GET /_emulator/faults} lists it. */
    public synchronized ObjectNode arm(FaultSpec spec) {
        ArmedFault fault = new ArmedFault("fault-" + nextId++, spec);
        faults.add(fault);
        armed = true;
        return fault.json();
    }

    /** Every fault armed since the last clear, spent ones included, with its remaining count and hits. */
    public synchronized ArrayNode json() {
        ArrayNode list = Json.array();
        faults.forEach(f -> list.add(f.json()));
        return list;
    }

    public synchronized void clear() {
        faults.clear();
        armed = false;
    }

    /** Removes one fault; false when there is none with that id. */
    public synchronized boolean remove(String id) {
        boolean removed = faults.removeIf(f -> f.id().equalsIgnoreCase(id));
        armed = faults.stream().anyMatch(ArmedFault::active);
        return removed;
    }

    @Override
    public synchronized void reset() {
        faults.clear();
        nextId = 1;
        armed = false;
    }

    /** A before-handler for every route. */
    public void inject(Context ctx) {
        if (!armed) {
            return;
        }
        String path = normalized(ctx.path());
        if (path.toLowerCase(Locale.ROOT).startsWith("/_emulator")) {
            return;
        }
        ArmedFault hit = hitBy(ctx.method().name(), path, ctx.header(RequestIds.REQUEST_ID), () -> CallerTenant.of(ctx, path));
        if (hit == null) {
            return;
        }
        ctx.header("X-Emulator-Fault", hit.id());
        FaultSpec.Action action = hit.action();
        if (action instanceof FaultSpec.Status status) {
            throw status.status() == 429 ? new RateLimitExceeded(status.retryAfterSeconds()) : serverError(status.status());
        }
        if (action instanceof FaultSpec.Delay delay) {
            Latency.pause(delay.latency());
            return;
        }
        throw new DroppedConnection();
    }

    /**
     * The first armed fault that hits this call, or null. {@code tenantId} is read at most once, and
     * only when a fault scoped to a tenant matches the call's method and path.
     */
    synchronized ArmedFault hitBy(String method, String path, String requestId, Supplier<String> tenantId) {
        if (!armed) {
            return null;
        }
        Supplier<String> once = new Supplier<>() {
            private String tenant;
            private boolean read;

            @Override
            public String get() {
                if (!read) {
                    tenant = tenantId.get();
                    read = true;
                }
                return tenant;
            }
        };
        for (ArmedFault fault : faults) {
            if (fault.hits(method, path, once)) {
                fault.record(new ArmedFault.Hit(method, path, requestId, clock.instant()));
                armed = faults.stream().anyMatch(ArmedFault::active);
                return fault;
            }
        }
        return null;
    }

    /** The Partner Center error shape, with code 800003 (unexpected service error). */
    private static Refusal serverError(int status) {
        String description = switch (status) {
            case 502 -> "Bad gateway. Try again later.";
            case 503 -> "The service is temporarily unavailable. Try again later.";
            case 504 -> "The gateway timed out. Try again later.";
            default -> "An unexpected error occurred. Try again later.";
        };
        return new Refusal(status, 800003, description);
    }

    /** {@code /v1//customers/} → {@code /v1/customers}, as the router treats it. */
    static String normalized(String path) {
        return RoutePaths.normalized(path);
    }
}
