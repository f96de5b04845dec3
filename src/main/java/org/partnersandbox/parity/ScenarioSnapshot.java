package org.partnersandbox.parity;

import java.util.List;

/**
 * What one scenario's calls were answered on the target a snapshot was recorded from.
 *
 * @param source     "live" when recorded from Microsoft's sandbox, "emulator" otherwise (a proof, never shown as live)
 * @param host       the host the answers came from, without port
 * @param target     the suite's target name during the recording (sandbox.target)
 * @param recordedAt the day of the recording, YYYY-MM-DD (UTC)
 * @param commit     the commit of the suite that recorded it, when known
 * @param calls      the calls, normalised ({@link Normaliser})
 */
public record ScenarioSnapshot(String scenario, int line, String source, String host, String target,
                               String recordedAt, String commit, List<Exchange> calls) {

    public static final String LIVE = "live";
    public static final String EMULATOR = "emulator";

    public ScenarioSnapshot {
        calls = calls == null ? List.of() : List.copyOf(calls);
    }

    /** Only Microsoft's hosts make a live snapshot; anything else (the emulator, a proxy) is labelled emulator. */
    public static String sourceOf(String host) {
        String h = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        return h.endsWith(".microsoft.com") || h.endsWith(".microsoftonline.com") ? LIVE : EMULATOR;
    }
}
