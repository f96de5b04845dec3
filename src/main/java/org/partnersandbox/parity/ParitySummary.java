package org.partnersandbox.parity;

import java.util.List;
import java.util.Objects;

/** The parity summary line: how many capabilities match their snapshots, differ, or have none. */
public record ParitySummary(int matches, int differs, int noSnapshot, int recorded, boolean emulatorRecorded,
                            String line) {

    public static ParitySummary of(List<CapabilityParity> capabilities) {
        List<CapabilityParity> judged = capabilities.stream().filter(Objects::nonNull).toList();
        int matches = count(judged, ScenarioParity.MATCHES);
        int differs = count(judged, ScenarioParity.DIFFERS);
        int none = count(judged, ScenarioParity.NO_SNAPSHOT);
        int recorded = count(judged, ScenarioParity.RECORDED);
        boolean emulator = judged.stream().anyMatch(p -> ScenarioSnapshot.EMULATOR.equals(p.source()));
        String line;
        if (recorded > 0 && matches + differs + none == 0) {
            line = "Parity: snapshots recorded for " + recorded + (recorded == 1 ? " capability" : " capabilities")
                    + (emulator ? " from the emulator (not live)" : " from live");
        } else {
            line = "Parity: " + matches + (matches == 1 ? " capability matches " : " capabilities match ")
                    + (emulator ? "their snapshots (emulator-recorded, not live)" : "live")
                    + ", " + differs + (differs == 1 ? " differs, " : " differ, ") + none + " without a live snapshot";
        }
        return new ParitySummary(matches, differs, none, recorded, emulator, line);
    }

    private static int count(List<CapabilityParity> judged, String status) {
        return (int) judged.stream().filter(p -> status.equals(p.status())).count();
    }
}
