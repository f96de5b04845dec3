package org.partnersandbox.emulator.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A path as the router sees it: the router ignores repeated slashes, a trailing slash and case
 * ({@code /v1//sandboxIndirectReseller/} is {@code /v1/sandboxindirectreseller}), so whatever keys
 * on a path (idempotent replays, fault globs) must too, or one operation looks like several.
 */
public final class RoutePaths {

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private RoutePaths() {
    }

    /** Repeated slashes collapsed, trailing slash dropped; case kept. */
    public static String normalized(String path) {
        if (!path.contains("//") && (path.length() <= 1 || !path.endsWith("/"))) {
            return path; // the usual case, without a regex: this runs on every replayed or faulted call
        }
        String single = SLASHES.matcher(path).replaceAll("/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    /** {@link #normalized} and lower-cased: one key per route the router would match. */
    public static String canonical(String path) {
        return normalized(path).toLowerCase(Locale.ROOT);
    }
}
