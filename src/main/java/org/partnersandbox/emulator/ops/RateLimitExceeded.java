package org.partnersandbox.emulator.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.partnersandbox.emulator.http.Json;
import org.partnersandbox.emulator.http.RequestIds;

/**
 * A 429 as Partner Center documents it (reference §5): {@code Retry-After: N} and the body
 * {@code {"statusCode": 429, "message": "Rate limit is exceeded. Try again in N seconds."}},
 * which is not the ordinary error shape.
 */
public final class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(long retryAfterSeconds) {
        super("Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static void render(RateLimitExceeded e, Context ctx) {
        RequestIds.echo(ctx);
        ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
        ObjectNode body = Json.object().put("statusCode", 429).put("message", e.getMessage());
        Json.respond(ctx, 429, body);
    }
}
