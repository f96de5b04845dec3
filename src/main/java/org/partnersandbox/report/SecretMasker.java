package org.partnersandbox.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that ends up in a report: failure messages, step text, call paths.
 * A report is shared (CI summaries, PR comments, history folders), so anything that looks like a
 * credential is replaced before it is stored, not when it is shown.
 */
public final class SecretMasker {

    static final String MASK = "***";

    /** A JWT wherever it stands: three base64url segments, the first one a JSON header ("eyJ"). */
    private static final Pattern JWT =
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

    /** "Bearer abc..." / "Basic dXNl..." as in an Authorization header. */
    private static final Pattern AUTH_SCHEME =
            Pattern.compile("(?i)\\b(bearer|basic)(\\s+)(?!\\*\\*\\*)[A-Za-z0-9\\-._~+/]+=*");

    /** A field name that says secret: password, client_secret, refresh_token, LIVE_..._REFRESHTOKEN. */
    private static final String SECRET_NAME =
            "[A-Za-z0-9_.\\-]*(?i:password|passwd|secret|token)[A-Za-z0-9_.\\-]*";

    /** One of these occurs, in any case, wherever {@link #SECRET_NAME} matches. */
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token");

    /** JSON: "password": "value". */
    private static final Pattern JSON_FIELD =
            Pattern.compile("(\"" + SECRET_NAME + "\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");

    /** JSON quoted inside a JSON string or a Java literal: \"password\":\"value\". */
    private static final Pattern ESCAPED_JSON_FIELD =
            Pattern.compile("(\\\\\"" + SECRET_NAME + "\\\\\"\\s*:\\s*\\\\\")((?:[^\"\\\\]|\\\\[^\"])*)(\\\\\")");

    /** Forms, query strings, toString() and environment style: name=value, name: value. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![A-Za-z0-9_.\\-\"\\\\])(" + SECRET_NAME + ")(\\s*[=:]\\s*)(?![\\s\"\\\\*])([^\\s&,;\"')}\\]]+)");

    private SecretMasker() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Each pattern runs only where the word it needs occurs: most text (a customer's JSON) has none,
        // and the name patterns backtrack over every word (half of the suite's masking CPU, issue 14).
        String masked = text.contains("eyJ") ? JWT.matcher(text).replaceAll(MASK) : text;
        String lower = masked.toLowerCase(Locale.ROOT);
        if (lower.contains("bearer") || lower.contains("basic")) {
            masked = replace(AUTH_SCHEME, masked, m -> m.group(1) + m.group(2) + MASK);
        }
        if (SECRET_WORDS.stream().anyMatch(lower::contains)) {
            masked = replace(JSON_FIELD, masked, m -> m.group(1) + MASK + m.group(3));
            masked = replace(ESCAPED_JSON_FIELD, masked, m -> m.group(1) + MASK + m.group(3));
            masked = replace(ASSIGNMENT, masked, m -> m.group(1) + m.group(2) + MASK);
        }
        return masked;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
