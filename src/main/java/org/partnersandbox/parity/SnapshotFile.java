package org.partnersandbox.parity;

import java.util.List;

/** One feature's snapshots: parity/&lt;feature folder&gt;/&lt;feature&gt;.json. */
public record SnapshotFile(String feature, List<ScenarioSnapshot> scenarios) {

    public SnapshotFile {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }
}
