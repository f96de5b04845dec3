package org.partnersandbox.emulator.http;

import io.javalin.http.Context;
import org.partnersandbox.emulator.domain.Guids;
import org.partnersandbox.emulator.domain.Refusal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code MS-RequestId} and {@code MS-CorrelationId}: echoed on every response (generated when the
 * request has none, as Swagger describes), plus the {@code MS-CV} and {@code MS-ServerId} the
 * documented responses carry.
 */
public final class RequestIds {

    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CORRELATION_ID = "MS-CorrelationId";

    private RequestIds() {
    }

    /** A before-handler for every route. */
    public static void echo(Context ctx) {
        if (ctx.res().containsHeader(REQUEST_ID)) {
            return;
        }
        ctx.header(REQUEST_ID, orFresh(ctx.header(REQUEST_ID)));
        ctx.header(CORRELATION_ID, orFresh(ctx.header(CORRELATION_ID)));
        ctx.header("MS-CV", Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36) + ".0");
        ctx.header("MS-ServerId", "emulator");
    }

    /** IR-12, IR-22: the sandbox-IR calls require both ids. */
    public static String requireBoth(Context ctx) {
        for (String name : new String[]{REQUEST_ID, CORRELATION_ID}) {
            String value = ctx.header(name);
            if (value == null || value.isBlank()) {
                throw Refusal.badInput("The " + name + " header is required.");
            }
        }
        return ctx.header(REQUEST_ID);
    }

    private static String orFresh(String value) {
        return value == null || value.isBlank() || value.length() > 200 ? Guids.fresh() : value;
    }
}
