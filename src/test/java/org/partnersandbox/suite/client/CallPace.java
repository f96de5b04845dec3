package org.partnersandbox.suite.client;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the run's calls per partner tenant within Partner Center's documented limit (500 requests a
 * minute per tenant, reference §5; {@code sandbox.http.callsPerMinute}): a call waits in the client
 * until fewer than that many of its tenant's calls were sent in the last minute. Scenarios running at
 * once share the tenant's budget, so without it they collect 429s and can spend every retry on one
 * call (measured: eight at once against a remote emulator of 20 ms a call). One for the whole run;
 * 0 = no pace (the emulator's, whose throttle is off unless a test arms it). 429s are still retried
 * ({@link ThrottleRetry}): the sandbox counts calls when they arrive, the client when it sends them.
 */
public final class CallPace {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration CHECK_EVERY = Duration.ofMillis(20);
    private static volatile CallPace shared = new CallPace(0, Clock.systemUTC());

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();

    CallPace(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** The run's pace, set once when the run opens (support/SandboxRun). */
    public static void use(int perMinute) {
        shared = new CallPace(perMinute, Clock.systemUTC());
    }

    static CallPace shared() {
        return shared;
    }

    /** Returns when a call of {@code tenantId} may be sent, and counts it. */
    void awaitTurn(String tenantId) {
        if (perMinute > 0 && !claim(tenantId)) {
            await("a turn within " + perMinute + " calls a minute for tenant " + tenantId).pollDelay(CHECK_EVERY)
                    .pollInterval(CHECK_EVERY).atMost(WINDOW.multipliedBy(5)).until(() -> claim(tenantId));
        }
    }

    /** Counts a call of {@code tenantId} and says true when fewer than the limit went in the last minute; false otherwise. */
    synchronized boolean claim(String tenantId) {
        if (perMinute == 0) {
            return true;
        }
        Instant now = clock.instant();
        Deque<Instant> calls = sent.computeIfAbsent(tenantId.toLowerCase(Locale.ROOT), t -> new ArrayDeque<>());
        Instant windowStart = now.minus(WINDOW);
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(windowStart)) {
            calls.pollFirst();
        }
        if (calls.size() >= perMinute) {
            return false;
        }
        calls.addLast(now);
        return true;
    }
}
