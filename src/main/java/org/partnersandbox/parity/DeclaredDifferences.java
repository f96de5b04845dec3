package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The differences from live that are known and accepted, each with its reason and the day it was
 * last checked: {@code parity/declared-differences.json}, like LocalStack's skip-verify paths.
 *
 * <pre>
 * {"differences": [
 *   {"path": "GET /v1/customers/* $.links.self", "scenario": "optional exact name",
 *    "reason": "why the emulator may answer otherwise", "validated": "2026-12-05"}]}
 * </pre>
 * {@code path} is matched against a difference's path ("METHOD /path field"); {@code *} stands for any text.
 */
public final class DeclaredDifferences {

    /** One declaration. */
    public record Declaration(String path, String scenario, String reason, String validated) {
    }

    private final List<Declaration> declarations;
    private final List<Pattern> patterns;

    private DeclaredDifferences(List<Declaration> declarations) {
        this.declarations = List.copyOf(declarations);
        this.patterns = declarations.stream().map(d -> glob(d.path())).toList();
    }

    public static DeclaredDifferences none() {
        return new DeclaredDifferences(List.of());
    }

    /** The file's declarations; none when there is no file. A declaration without path or reason is refused. */
    public static DeclaredDifferences load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        JsonNode root = SnapshotStore.JSON.readTree(file.toFile());
        List<Declaration> read = new ArrayList<>();
        for (JsonNode entry : root.path("differences")) {
            String path = entry.path("path").asText("").strip();
            String reason = entry.path("reason").asText("").strip();
            if (path.isEmpty() || reason.isEmpty()) {
                throw new IOException(file + ": every declared difference needs a path and a reason; got " + entry);
            }
            read.add(new Declaration(path, entry.hasNonNull("scenario") ? entry.get("scenario").asText() : null,
                    reason, entry.path("validated").asText(null)));
        }
        return new DeclaredDifferences(read);
    }

    /** The declaration that accepts {@code difference} in {@code scenario}, if any. */
    public Optional<Declaration> accepting(String scenario, Difference difference) {
        for (int i = 0; i < declarations.size(); i++) {
            Declaration d = declarations.get(i);
            if ((d.scenario() == null || d.scenario().equals(scenario)) && patterns.get(i).matcher(difference.path()).matches()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Pattern glob(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
