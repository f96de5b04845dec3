package org.partnersandbox.suite.client;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names of what a run creates: each begins with the run id ({@code <prefix><yyMMddHHmm><3 random>},
 * letters and digits only, as tenant domain prefixes require), so that a leftover can be traced to
 * its run and swept by prefix. The run sets its id once ({@link #use}); names add 6 random characters.
 */
public final class RunNames {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyMMddHHmm");

    /**
     * How old a run id must be before a sweep by prefix may remove what carries it: a run still in
     * progress (on another machine, which the tenant lock cannot see) is never swept.
     */
    public static final Duration SWEEP_GRACE = Duration.ofHours(12);

    private static volatile String runId = newRunId("psa");

    private RunNames() {
    }

    public static String newRunId(String prefix) {
        return prefix + MINUTE.format(ZonedDateTime.now(ZoneOffset.UTC)) + random(3);
    }

    public static void use(String id) {
        runId = id;
    }

    public static String runId() {
        return runId;
    }

    /**
     * A name no other run or scenario uses: the run id and 6 random letters or digits (36^6: two of a
     * run's few hundred names collide about once in ten thousand runs; with 4 it was one in a hundred).
     */
    public static String uniqueName() {
        return runId + random(6);
    }

    /**
     * Whether {@code name} was made by a run of this suite with {@code prefix} (the run-id shape:
     * prefix, {@code yyMMddHHmm}, 3 letters or digits) at least {@link #SWEEP_GRACE} before {@code now}.
     * A tenant that merely starts with the same letters ("PSA Group") is never sweepable.
     */
    public static boolean sweepable(String name, String prefix, Instant now) {
        if (name == null || prefix == null || prefix.isEmpty()) {
            return false;
        }
        Matcher run = Pattern.compile("(?i)^" + Pattern.quote(prefix) + "(\\d{10})[a-z0-9]{3}").matcher(name);
        if (!run.find()) {
            return false;
        }
        try {
            Instant made = LocalDateTime.parse(run.group(1), MINUTE).toInstant(ZoneOffset.UTC);
            return !made.isAfter(now.minus(SWEEP_GRACE));
        } catch (DateTimeParseException notATime) {
            return false;
        }
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
