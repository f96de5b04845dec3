package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The parity folder: one JSON file per feature, {@code features/a/b.feature} → {@code parity/a/b.json},
 * meant to be reviewed and committed like code. A scenario is found by its name; when a name occurs
 * more than once (the examples of an outline) by its name and line.
 */
public final class SnapshotStore {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path directory;
    /** Each feature's file is read once per run: scenarios of one feature end one after another. */
    private final Map<Path, SnapshotFile> read = new ConcurrentHashMap<>();

    public SnapshotStore(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Where the snapshots of the feature at {@code featureUri} (as the report names it) are kept. */
    public Path fileFor(String featureUri) {
        String uri = featureUri.replace('\\', '/');
        int features = uri.lastIndexOf("features/");
        String relative = features >= 0 ? uri.substring(features + "features/".length())
                : uri.substring(uri.lastIndexOf('/') + 1);
        relative = relative.replaceAll("\\.feature$", "");
        return directory.resolve(relative + ".json").normalize();
    }

    public Optional<ScenarioSnapshot> find(String featureUri, String scenario, int line) throws IOException {
        Path file = fileFor(featureUri);
        SnapshotFile snapshots = read.get(file);
        if (snapshots == null) {
            snapshots = read(featureUri);
            read.put(file, snapshots);
        }
        List<ScenarioSnapshot> named = snapshots.scenarios().stream()
                .filter(s -> s.scenario().equals(scenario)).toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        return named.stream().filter(s -> s.line() == line).findFirst();
    }

    public SnapshotFile read(String featureUri) throws IOException {
        Path file = fileFor(featureUri);
        if (!Files.isRegularFile(file)) {
            return new SnapshotFile(featureUri, List.of());
        }
        return JSON.readValue(file.toFile(), SnapshotFile.class);
    }

    /**
     * Stores this run's snapshots of one feature: every earlier snapshot of a scenario name recorded
     * now is replaced, the others are kept. Returns the file.
     */
    public Path record(String featureUri, List<ScenarioSnapshot> recorded) throws IOException {
        Set<String> names = recorded.stream().map(ScenarioSnapshot::scenario).collect(Collectors.toSet());
        List<ScenarioSnapshot> kept = new ArrayList<>(read(featureUri).scenarios().stream()
                .filter(s -> !names.contains(s.scenario())).toList());
        kept.addAll(recorded);
        kept.sort(Comparator.comparingInt(ScenarioSnapshot::line).thenComparing(ScenarioSnapshot::scenario));
        Path file = fileFor(featureUri);
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(new SnapshotFile(featureUri, kept)));
        read.remove(file);
        return file;
    }
}
