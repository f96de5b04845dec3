package org.partnersandbox.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented request/response examples (src/test/resources/doc-examples, the documented-examples
 * contract test's input) as a yardstick for a run's own answers: each call whose method, path and
 * status are those of a documented operation is compared with its example as the contract test
 * compares (status, keys and JSON types, {@link JsonShape}), less the differences docs/emulator.md
 * lists under "Documented differences".
 */
public final class DocumentedExamples {

    /** One documented operation a call matched, and what its answer does differently. */
    public record Match(String operation, String page, String date, List<String> differences) {
    }

    private record Operation(String name, String method, Pattern path, Integer status, String page, String date,
                             List<JsonNode> bodies) {
    }

    private final List<Operation> operations;
    private final Map<String, Set<String>> vocabulary;
    private final Set<String> declared;

    private DocumentedExamples(List<Operation> operations, Map<String, Set<String>> vocabulary, Set<String> declared) {
        this.operations = operations;
        this.vocabulary = vocabulary;
        this.declared = declared;
    }

    public static DocumentedExamples none() {
        return new DocumentedExamples(List.of(), Map.of(), Set.of());
    }

    /** {@code folder}: index.json and one file per operation; {@code emulatorDoc}: the declared differences. */
    public static DocumentedExamples load(Path folder, Path emulatorDoc) throws IOException {
        Path index = folder.resolve("index.json");
        if (!Files.isRegularFile(index)) {
            return none();
        }
        List<Operation> operations = new ArrayList<>();
        Map<String, Set<String>> vocabulary = new LinkedHashMap<>();
        for (JsonNode entry : SnapshotStore.JSON.readTree(index.toFile()).path("operations")) {
            JsonNode example = SnapshotStore.JSON.readTree(folder.resolve(entry.path("file").asText()).toFile());
            List<JsonNode> bodies = new ArrayList<>();
            bodies.add(example.get("response_body"));
            for (JsonNode alternate : example.path("alternates")) {
                if (alternate.path("use_for_matching").asBoolean(false)) {
                    bodies.add(alternate.get("response_body"));
                }
            }
            JsonShape.of(example.get("response_body")).addTo(vocabulary);
            example.path("alternates").forEach(alternate -> JsonShape.of(alternate.get("response_body")).addTo(vocabulary));
            JsonNode status = example.path("response_status");
            operations.add(new Operation(entry.path("operation").asText(), example.path("method").asText(),
                    template(example.path("path_template").asText()), status.isInt() ? status.intValue() : null,
                    entry.path("page").asText(null), entry.path("ms.date").asText(null), bodies));
        }
        Set<String> declared = Files.isRegularFile(emulatorDoc) ? DocumentedDifferences.read(emulatorDoc) : Set.of();
        return new DocumentedExamples(operations, vocabulary, declared);
    }

    /** The documented operations these calls (as made, not normalised) match, in call order, each once. */
    public List<Match> check(List<Exchange> calls) {
        Map<String, Match> matches = new LinkedHashMap<>();
        for (Exchange call : calls) {
            String path = call.path().replaceAll("\\?.*$", "").replaceAll("/+", "/");
            Match best = null;
            for (Operation operation : operations) {
                boolean status = operation.status() == null ? call.status() >= 200 && call.status() < 300
                        : operation.status() == call.status();
                if (!status || !operation.method().equalsIgnoreCase(call.method()) || !operation.path().matcher(path).matches()) {
                    continue;
                }
                Match match = new Match(operation.name(), operation.page(), operation.date(), differences(operation, call.body()));
                if (best == null || match.differences().size() < best.differences().size()) {
                    best = match;
                }
            }
            if (best != null) {
                Match earlier = matches.get(best.operation());
                if (earlier == null || earlier.differences().isEmpty()) {
                    matches.put(best.operation(), best);
                }
            }
        }
        return List.copyOf(matches.values());
    }

    private List<String> differences(Operation operation, JsonNode body) {
        List<String> best = null;
        for (JsonNode documented : operation.bodies()) {
            // an empty list answered says nothing about its items: "missing $.items[]" is no difference here
            List<String> these = JsonShape.of(documented).differencesOf(JsonShape.of(body), vocabulary).stream()
                    .filter(d -> !(d.startsWith("missing ") && d.endsWith("[]")))
                    .filter(d -> !declared.contains(operation.name() + ": " + d)).toList();
            if (best == null || these.size() < best.size()) {
                best = these;
            }
        }
        return best == null ? List.of() : best;
    }

    /** "/v1/customers/{customer-tenant-id}" → a case-insensitive pattern, one segment per placeholder. */
    private static Pattern template(String pathTemplate) {
        String path = pathTemplate.replaceAll("\\?.*$", "").replaceAll("/+", "/");
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\{[^}]*}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
