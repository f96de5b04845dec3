package org.partnersandbox.parity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares one scenario's calls with its snapshot and sorts the differences into declared and
 * undeclared. A scenario without a snapshot is "no snapshot", never a match.
 */
public final class ParityCheck {

    private final SnapshotStore store;
    private final DeclaredDifferences declared;

    public ParityCheck(SnapshotStore store, DeclaredDifferences declared) {
        this.store = store;
        this.declared = declared;
    }

    /** Reads the declared differences of {@code settings}; an unreadable or invalid file is an IOException. */
    public static ParityCheck of(ParitySettings settings) throws IOException {
        return new ParityCheck(settings.store(), DeclaredDifferences.load(settings.declaredFile()));
    }

    /** {@code calls}: as this run made them, not yet normalised. */
    public ScenarioParity check(String featureUri, String scenario, int line, List<Exchange> calls) throws IOException {
        Optional<ScenarioSnapshot> snapshot = store.find(featureUri, scenario, line);
        if (snapshot.isEmpty()) {
            return ScenarioParity.noSnapshot();
        }
        List<String> undeclared = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Difference difference : Comparison.of(snapshot.get().calls(), Normaliser.normalise(calls))) {
            Optional<DeclaredDifferences.Declaration> declaration = declared.accepting(scenario, difference);
            if (declaration.isPresent()) {
                accepted.add(difference.describe() + " (declared: " + declaration.get().reason() + ")");
            } else {
                undeclared.add(difference.describe());
            }
        }
        return new ScenarioParity(undeclared.isEmpty() ? ScenarioParity.MATCHES : ScenarioParity.DIFFERS,
                snapshot.get().source(), snapshot.get().recordedAt(), undeclared, accepted);
    }
}
