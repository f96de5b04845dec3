package org.partnersandbox.emulator.ops;

import io.javalin.http.Context;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** The network and service time of a remote sandbox: every {@code /v1} and token call waits {@code delay} first. */
public final class Latency {

    private static final Pattern TOKEN_PATH = Pattern.compile("/+[^/]+/+oauth2/+(v2\\.0/+)?token/*");

    private final Duration delay;

    public Latency(Duration delay) {
        this.delay = delay;
    }

    /** A before-handler for every route; other paths (the admin API) are not delayed. */
    public void delay(Context ctx) {
        if (!delay.isZero() && appliesTo(ctx.path())) {
            pause(delay);
        }
    }

    static boolean appliesTo(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.matches("/+v1(/.*)?") || TOKEN_PATH.matcher(lower).matches();
    }

    /** Holds the request thread: this is the latency being simulated, not a wait for a condition. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
