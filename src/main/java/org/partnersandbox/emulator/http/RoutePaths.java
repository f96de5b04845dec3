package org.partnersandbox.emulator.http;

import java.util.Locale;

/**
 * A path as the router sees it: the router ignores repeated slashes, a trailing slash and case
 * ({@code /v1//sandboxIndirectReseller/} is {@code /v1/sandboxindirectreseller}), so whatever keys
 * on a path (idempotent replays, fault globs) must too, or one operation looks like several.
 */
public final class RoutePaths {

    private RoutePaths() {
    }

    /** Repeated slashes collapsed, trailing slash dropped; case kept. */
    public static String normalized(String path) {
        String single = path.replaceAll("/{2,}", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    /** {@link #normalized} and lower-cased: one key per route the router would match. */
    public static String canonical(String path) {
        return normalized(path).toLowerCase(Locale.ROOT);
    }
}
