package org.partnersandbox.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The capability catalogue (features/capabilities.json): source pages, capabilities and the
 * documentation conflicts. Loading checks that the file is consistent in itself, so that a typo
 * in an id or a source key is reported once, with the entry that has it.
 */
public record Catalogue(List<SourcePage> sources, List<Capability> capabilities, List<DocumentationConflict> conflicts) {

    public static final String DEFAULT_LOCATION = "features/capabilities.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Catalogue {
        sources = sources == null ? List.of() : List.copyOf(sources);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public static Catalogue empty() {
        return new Catalogue(List.of(), List.of(), List.of());
    }

    public static Catalogue load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        Catalogue catalogue;
        try {
            catalogue = JSON.readValue(Files.readAllBytes(file), Catalogue.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(file + " is not a valid catalogue: " + e.getMessage(), e);
        }
        List<String> problems = catalogue.problems();
        if (!problems.isEmpty()) {
            throw new IOException(file + " is inconsistent: " + String.join("; ", problems));
        }
        return catalogue;
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        capabilities.forEach(capability -> ids.add(capability.id()));
        return ids;
    }

    public Optional<Capability> capability(String id) {
        return capabilities.stream().filter(capability -> capability.id().equals(id)).findFirst();
    }

    public Optional<SourcePage> source(String key) {
        return sources.stream().filter(source -> source.key().equals(key)).findFirst();
    }

    /** Everything that makes the file unusable, each naming the entry. Empty when consistent. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> sourceKeys = new HashSet<>();
        for (SourcePage source : sources) {
            if (source.key() == null || !sourceKeys.add(source.key())) {
                problems.add("source key missing or repeated: " + source.key());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Capability capability : capabilities) {
            String id = capability.id();
            if (id == null || id.isBlank() || id.contains(" ")) {
                problems.add("capability without a usable id: " + capability);
                continue;
            }
            if (!seen.add(id)) {
                problems.add(id + " appears twice");
            }
            if (capability.statement() == null || capability.statement().isBlank()) {
                problems.add(id + " has no statement");
            }
            if (capability.kind() == null) {
                problems.add(id + " has no kind");
            }
            if (!sourceKeys.contains(capability.source())) {
                problems.add(id + " names unknown source '" + capability.source() + "'");
            }
            if (capability.kind() == CapabilityKind.SUPERSEDED && capability.supersededBy().isEmpty()) {
                problems.add(id + " is superseded but does not say by what");
            }
        }
        Set<String> ids = ids();
        for (Capability capability : capabilities) {
            for (String by : capability.supersededBy()) {
                if (!ids.contains(by)) {
                    problems.add(capability.id() + " is superseded by unknown " + by);
                }
            }
        }
        for (DocumentationConflict conflict : conflicts) {
            for (String id : conflict.capabilities()) {
                if (!ids.contains(id)) {
                    problems.add("conflict " + conflict.id() + " names unknown capability " + id);
                }
            }
            if (conflict.sides().size() < 2) {
                problems.add("conflict " + conflict.id() + " needs at least two sides");
            }
            for (DocumentationConflict.Side side : conflict.sides()) {
                if (!sourceKeys.contains(side.source())) {
                    problems.add("conflict " + conflict.id() + " names unknown source '" + side.source() + "'");
                }
                if (side.date() == null || side.date().isBlank()) {
                    problems.add("conflict " + conflict.id() + " has a side without a date");
                }
            }
        }
        return problems;
    }
}
