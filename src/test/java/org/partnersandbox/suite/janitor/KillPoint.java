package org.partnersandbox.suite.janitor;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the kill test ({@code KilledRunsAgainstRemoteEmulatorTest}) ends a live run: the system
 * property {@value #PROPERTY}, unset in every other run (then nothing here does anything). The run
 * ends the way {@code kill -9} ends it, through {@link Runtime#halt}: no shutdown hook, no
 * {@code finally}, no After hook, nothing more written; only what is on disk already counts.
 * <ul>
 * <li>{@code before:<event>:<kind>}, {@code after:<event>:<kind>}: around the first ledger line of that
 * event and kind, e.g. {@code before:intent:customer}, {@code after:removed:sandboxIndirectReseller};</li>
 * <li>{@code sent:<kind>:<ms>}: {@code ms} milliseconds after the first create of that kind went out
 * (its intent is on disk; its answer may or may not have come).</li>
 * </ul>
 */
public final class KillPoint {

    public static final String PROPERTY = "live.test.killPoint";
    /** The exit code of a run ended here: what a shell shows for {@code kill -9} (128 + 9). */
    public static final int KILLED = 137;

    private static final KillPoint NONE = new KillPoint(null, null, null, -1);
    private static volatile KillPoint armed;

    private final String when;
    private final String event;
    private final String kind;
    private final long afterMillis;
    private final AtomicBoolean fired = new AtomicBoolean();

    private KillPoint(String when, String event, String kind, long afterMillis) {
        this.when = when;
        this.event = event;
        this.kind = kind;
        this.afterMillis = afterMillis;
    }

    /** The kill point this JVM was started with, or one that never fires. */
    public static KillPoint armed() {
        KillPoint point = armed;
        if (point == null) {
            point = parse(System.getProperty(PROPERTY));
            armed = point;
        }
        return point;
    }

    static KillPoint parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        String[] parts = spec.trim().split(":");
        if (parts.length == 3 && (parts[0].equals("before") || parts[0].equals("after"))) {
            return new KillPoint(parts[0], parts[1], parts[2], -1);
        }
        if (parts.length == 3 && parts[0].equals("sent")) {
            return new KillPoint("sent", null, parts[1], Long.parseLong(parts[2]));
        }
        throw new IllegalArgumentException(PROPERTY + " must be before:<event>:<kind>, after:<event>:<kind> or"
                + " sent:<kind>:<ms>; got '" + spec + "'");
    }

    boolean matchesLine(String position, LedgerEntry entry) {
        return position.equals(when) && entry.event().equals(event) && entry.kind().equals(kind);
    }

    void beforeLine(LedgerEntry entry) {
        if (matchesLine("before", entry)) {
            fire("before the ledger line " + entry.event() + " " + entry.kind());
        }
    }

    void afterLine(LedgerEntry entry) {
        if (matchesLine("after", entry)) {
            fire("after the ledger line " + entry.event() + " " + entry.kind());
        }
    }

    /** A create of {@code createdKind} goes out now. */
    public void sent(ResourceKind createdKind) {
        if ("sent".equals(when) && createdKind.key().equals(kind) && fired.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> halt(afterMillis + " ms after a create of " + kind + " was sent"),
                    CompletableFuture.delayedExecutor(afterMillis, TimeUnit.MILLISECONDS));
        }
    }

    private void fire(String where) {
        if (fired.compareAndSet(false, true)) {
            halt(where);
        }
    }

    private static void halt(String where) {
        System.out.println("KILLED " + where.toLowerCase(Locale.ROOT));
        System.out.flush();
        Runtime.getRuntime().halt(KILLED);
    }
}
