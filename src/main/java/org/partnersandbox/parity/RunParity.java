package org.partnersandbox.parity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The parity side of one run. Recording ({@code sandbox.parity.record=true}): each passed scenario's
 * calls, normalised, become its snapshot, written when the run ends. Otherwise each scenario is
 * compared with its snapshot. Problems (an unreadable snapshot, an invalid declarations file) are
 * warnings: the run's own result stands.
 */
public final class RunParity {

    private final ParitySettings settings;
    private final Supplier<String> host;
    private final String target;
    private final Supplier<String> commit;
    private final String today;
    private final ParityCheck check;
    private final DocumentedExamples documented;
    private final Map<String, List<ScenarioSnapshot>> recorded = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    /**
     * {@code host}: where the run's calls went (host[:port]), asked when a scenario ends (the suite
     * resolves its base URL when the run starts); decides whether a recording is live.
     */
    public RunParity(ParitySettings settings, Supplier<String> host, String target, Supplier<String> commit) {
        this(settings, host, target, commit, DocumentedExamples.none());
    }

    /** {@code documented}: the documented examples each scenario's calls are also compared with. */
    /** {@code commit}: asked only when a snapshot is recorded. */
    public RunParity(ParitySettings settings, Supplier<String> host, String target, Supplier<String> commit,
                     DocumentedExamples documented) {
        this.documented = documented;
        this.settings = settings;
        this.host = host;
        this.target = target;
        this.commit = once(commit);
        this.today = LocalDate.now(ZoneOffset.UTC).toString();
        ParityCheck loaded = null;
        if (!settings.record()) {
            try {
                loaded = ParityCheck.of(settings);
            } catch (IOException | RuntimeException e) {
                warnings.add("parity: the declared differences could not be read, none are declared: " + e.getMessage());
                loaded = new ParityCheck(settings.store(), DeclaredDifferences.none());
            }
        }
        this.check = loaded;
    }

    public boolean recording() {
        return settings.record();
    }

    public ScenarioParity judge(String featureUri, String scenario, int line, boolean passed, List<Exchange> calls) {
        List<DocumentedExamples.Match> matches;
        try {
            matches = documented.check(calls);
        } catch (RuntimeException e) {
            warnings.add("parity: the calls of '" + scenario + "' could not be compared with the documented examples: " + e);
            matches = List.of();
        }
        return withSnapshot(featureUri, scenario, line, passed, calls).withDocumented(matches);
    }

    private ScenarioParity withSnapshot(String featureUri, String scenario, int line, boolean passed, List<Exchange> calls) {
        if (settings.record()) {
            if (!passed) {
                return new ScenarioParity(ScenarioParity.NOT_RECORDED, null, null, List.of(), List.of());
            }
            String where = host.get() == null ? "" : host.get().replaceAll(":\\d+$", "");
            String source = ScenarioSnapshot.sourceOf(where);
            ScenarioSnapshot snapshot = new ScenarioSnapshot(scenario, line, source, where, target, today, commit.get(),
                    Normaliser.normalise(calls));
            recorded.computeIfAbsent(featureUri, f -> Collections.synchronizedList(new ArrayList<>())).add(snapshot);
            return new ScenarioParity(ScenarioParity.RECORDED, source, today, List.of(), List.of());
        }
        try {
            return check.check(featureUri, scenario, line, calls);
        } catch (IOException | RuntimeException e) {
            warnings.add("parity: the snapshot of '" + scenario + "' could not be read: " + e.getMessage());
            return ScenarioParity.noSnapshot();
        }
    }

    /** Writes what this run recorded; the files written. */
    public List<Path> writeSnapshots() {
        List<Path> written = new ArrayList<>();
        synchronized (recorded) {
            for (Map.Entry<String, List<ScenarioSnapshot>> feature : recorded.entrySet()) {
                try {
                    written.add(settings.store().record(feature.getKey(), List.copyOf(feature.getValue())));
                } catch (IOException | RuntimeException e) {
                    warnings.add("parity: the snapshots of " + feature.getKey() + " could not be written: " + e);
                }
            }
        }
        return written;
    }

    /** Asked at most once (git rev-parse is a process). */
    private static Supplier<String> once(Supplier<String> supplier) {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>> value = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> value.updateAndGet(v -> v != null ? v : java.util.Optional.ofNullable(supplier.get())).orElse(null);
    }

    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }
}
