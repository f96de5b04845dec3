package org.partnersandbox.suite.client;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names of what a run creates: each begins with the run id ({@code <prefix><yyMMddHHmm><3 random>},
 * letters and digits only, as tenant domain prefixes require), so that a leftover can be traced to
 * its run and swept by prefix. The run sets its id once ({@link #use}); names add 4 random characters.
 */
public final class RunNames {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyMMddHHmm");

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

    /** A name no other run or scenario uses: the run id and 4 random letters or digits. */
    public static String uniqueName() {
        return runId + random(4);
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
