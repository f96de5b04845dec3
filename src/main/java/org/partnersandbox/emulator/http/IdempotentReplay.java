package org.partnersandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Resettable;

import java.util.Locale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Idempotency by {@code MS-RequestId} (IR-11): the same caller sending the same request id to the same
 * operation again gets the first successful answer back, and nothing happens a second time.
 * Refusals are not remembered, so a corrected retry with the same id can still succeed.
 */
public final class IdempotentReplay implements Resettable {

    /** A remembered answer. */
    public record Answer(int status, JsonNode body) {
    }

    /** How many answers are remembered: the oldest go first, so a long-running emulator stays bounded. */
    static final int REMEMBERED = 10_000;

    private final Map<String, Answer> answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > REMEMBERED;
        }
    });

    /**
     * Answers from memory when this caller already sent this request id here; otherwise runs
     * {@code operation} and remembers its answer. Callers run this under the sandbox lock, so two
     * concurrent replays cannot both create.
     */
    public Answer once(String tenantId, Context ctx, String requestId, Supplier<Answer> operation) {
        // the route's canonical path: a replay through /v1//customers/ is the same operation as /v1/customers
        String key = (tenantId + "|" + ctx.method() + "|" + RoutePaths.canonical(ctx.path()) + "|" + requestId).toLowerCase(Locale.ROOT);
        Answer remembered = answers.get(key);
        if (remembered != null) {
            return remembered;
        }
        Answer answer = operation.get();
        answers.put(key, answer);
        return answer;
    }


    @Override
    public void reset() {
        answers.clear();
    }
}
