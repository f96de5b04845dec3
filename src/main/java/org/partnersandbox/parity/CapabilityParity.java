package org.partnersandbox.parity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parity column of one capability, from its scenarios': it matches only when every scenario
 * that ran has a snapshot and matches it; one difference makes it differ; one scenario without a
 * snapshot makes it "no live snapshot". A snapshot recorded anywhere but Microsoft's sandbox is named
 * an emulator-recorded snapshot, never live.
 *
 * @param status      {@value ScenarioParity#MATCHES}, {@value ScenarioParity#DIFFERS}, {@value ScenarioParity#NO_SNAPSHOT}
 *                    or {@value ScenarioParity#RECORDED}
 * @param source      "live", or "emulator" when any of its snapshots is not live
 * @param recordedAt  the oldest of its snapshots' days
 * @param differences the undeclared differences' paths ("GET /v1/customers/&lt;customer:1&gt; $.links")
 * @param label       the column's text
 * @param documentedExample what the documented-examples comparison says of its calls: "matches the documented
 *                    example (page, date)" or "differs from the documented example (page, date): missing $.x",
 *                    per documented operation; null when none of its calls is a documented one
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CapabilityParity(String status, String source, String recordedAt, List<String> differences,
                               String label, String documentedExample) {

    public CapabilityParity {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** Null when none of the scenarios was compared or recorded. */
    public static CapabilityParity of(List<ScenarioParity> scenarios) {
        CapabilityParity parity = withSnapshots(scenarios);
        return parity == null ? null : new CapabilityParity(parity.status(), parity.source(), parity.recordedAt(),
                parity.differences(), parity.label(), documented(scenarios));
    }

    /** Per documented operation, in order: matches, or the differences of any scenario. */
    private static String documented(List<ScenarioParity> scenarios) {
        Map<String, DocumentedExamples.Match> byOperation = new LinkedHashMap<>();
        Map<String, Set<String>> differences = new LinkedHashMap<>();
        scenarios.stream().filter(Objects::nonNull).flatMap(p -> p.documented().stream()).forEach(match -> {
            byOperation.putIfAbsent(match.operation(), match);
            differences.computeIfAbsent(match.operation(), o -> new LinkedHashSet<>()).addAll(match.differences());
        });
        if (byOperation.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byOperation.forEach((operation, match) -> {
            String example = "the documented example (" + match.page() + ", " + match.date() + ")";
            Set<String> found = differences.get(operation);
            parts.add(found.isEmpty() ? "matches " + example : "differs from " + example + ": " + String.join(", ", found));
        });
        return String.join("; ", parts);
    }

    private static CapabilityParity withSnapshots(List<ScenarioParity> scenarios) {
        List<ScenarioParity> judged = scenarios.stream().filter(Objects::nonNull)
                .filter(p -> !ScenarioParity.NOT_RECORDED.equals(p.status())).toList();
        if (judged.isEmpty()) {
            return null;
        }
        String source = judged.stream().map(ScenarioParity::source).filter(Objects::nonNull)
                .anyMatch(s -> !ScenarioSnapshot.LIVE.equals(s)) ? ScenarioSnapshot.EMULATOR : ScenarioSnapshot.LIVE;
        String oldest = judged.stream().map(ScenarioParity::recordedAt).filter(Objects::nonNull).sorted()
                .findFirst().orElse(null);
        String snapshot = ScenarioSnapshot.LIVE.equals(source) ? "live" : "the emulator-recorded snapshot";
        if (judged.stream().allMatch(p -> ScenarioParity.RECORDED.equals(p.status()))) {
            String from = ScenarioSnapshot.LIVE.equals(source) ? "from live" : "from the emulator (not live)";
            return new CapabilityParity(ScenarioParity.RECORDED, source, oldest, List.of(), "recorded now " + from, null);
        }
        Set<String> paths = new LinkedHashSet<>();
        // "GET /v1/x $.y: snapshot string, here missing" → "GET /v1/x $.y"
        judged.stream().filter(p -> ScenarioParity.DIFFERS.equals(p.status())).flatMap(p -> p.differences().stream())
                .forEach(d -> paths.add(d.contains(": snapshot ") ? d.substring(0, d.indexOf(": snapshot ")) : d));
        if (!paths.isEmpty()) {
            return new CapabilityParity(ScenarioParity.DIFFERS, source, oldest, new ArrayList<>(paths),
                    "differs from " + snapshot + ": " + String.join("; ", paths), null);
        }
        if (judged.stream().anyMatch(p -> ScenarioParity.NO_SNAPSHOT.equals(p.status()))) {
            return new CapabilityParity(ScenarioParity.NO_SNAPSHOT, null, null, List.of(), "no live snapshot", null);
        }
        return new CapabilityParity(ScenarioParity.MATCHES, source, oldest, List.of(),
                "matches " + snapshot + " (recorded " + oldest + ")", null);
    }
}
