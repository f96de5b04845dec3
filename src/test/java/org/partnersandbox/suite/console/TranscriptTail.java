package org.partnersandbox.suite.console;

import java.util.regex.Pattern;

/**
 * The last exchanges of a failed scenario's HTTP transcript: what the console shows. The whole
 * transcript stays in the Cucumber report and the messages file, where there is room for it.
 */
final class TranscriptTail {

    /** The separator {@code client/Transcript} writes before each exchange. */
    private static final Pattern EXCHANGE = Pattern.compile("(?m)^---- HTTP exchange \\d+ of \\d+ ----$");

    private TranscriptTail() {
    }

    static String of(String transcript, int exchanges) {
        var matcher = EXCHANGE.matcher(transcript);
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        if (starts.size() <= exchanges) {
            return transcript;
        }
        int from = starts.get(starts.size() - exchanges);
        return "(" + (starts.size() - exchanges) + " earlier exchanges left out here; all of them are in "
                + "target/cucumber/report.html and messages.ndjson)\n" + transcript.substring(from);
    }
}
