package org.partnersandbox.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnersandbox.report.ScenarioRecorder.ExecutedScenario;

/**
 * The rules that turn executed scenarios into an outcome per capability. A capability is only
 * ever verified by scenarios that ran and passed: no scenario, no verification.
 */
final class Verdicts {

    private final String target;
    private final String tagFilter;
    private final Optional<Set<String>> taggedInFeatures;
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param taggedInFeatures ids tagged somewhere in the feature files, when known: tells a
     *                         capability that was filtered out from one that was never written
     */
    Verdicts(String target, String tagFilter, Optional<Set<String>> taggedInFeatures) {
        this.target = target;
        this.tagFilter = tagFilter;
        this.taggedInFeatures = taggedInFeatures;
    }

    List<CapabilityResult> judge(Catalogue catalogue, List<ExecutedScenario> executed) {
        Map<String, List<ScenarioResult>> byCapability = new LinkedHashMap<>();
        for (ExecutedScenario scenario : executed) {
            for (String id : scenario.capabilityIds()) {
                byCapability.computeIfAbsent(id, key -> new ArrayList<>()).add(scenario.result());
            }
        }
        // every refused call of a passed scenario, by the documented error it shows (IR-28's cross-check)
        Map<Capability.DocumentedError, List<String>> observed = new LinkedHashMap<>();
        executed.stream().map(ExecutedScenario::result).filter(ScenarioResult::passed)
                .flatMap(scenario -> scenario.calls().stream())
                .filter(call -> call.status() != null && call.errorCode() != null)
                .forEach(call -> observed.computeIfAbsent(new Capability.DocumentedError(call.status(), call.errorCode()),
                        key -> new ArrayList<>()).add(call.correlationId()));
        List<CapabilityResult> results = new ArrayList<>();
        for (Capability capability : catalogue.capabilities()) {
            results.add(crossChecked(judge(capability, byCapability.getOrDefault(capability.id(), List.of())),
                    capability, observed));
        }
        Set<String> known = catalogue.ids();
        byCapability.forEach((id, scenarios) -> {
            if (!known.contains(id)) {
                warnings.add("@cap:" + id + " names no catalogue entry (" + scenarios.stream()
                        .map(ScenarioResult::location).distinct().collect(Collectors.joining(", ")) + ")");
                results.add(judge(Capability.uncatalogued(id), scenarios));
            }
        });
        return results;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    CapabilityResult judge(Capability capability, List<ScenarioResult> scenarios) {
        List<ScenarioResult> sorted = scenarios.stream()
                .sorted((a, b) -> a.uri().equals(b.uri()) ? Integer.compare(a.line(), b.line()) : a.uri().compareTo(b.uri()))
                .toList();
        Outcome outcome;
        String reason;
        switch (capability.kind()) {
            case SUPERSEDED -> {
                outcome = Outcome.SUPERSEDED;
                reason = "replaced by " + String.join(", ", capability.supersededBy())
                        + " (see Documentation conflicts)";
            }
            case PRODUCTION_ONLY -> {
                outcome = Outcome.NOT_APPLICABLE;
                reason = "describes production; not applicable to a sandbox target (" + target + ")";
                if (!sorted.isEmpty()) {
                    reason += "; " + sorted.size() + " scenario(s) ran anyway: exclude @production-only in the tag filter";
                }
            }
            default -> {
                List<ScenarioResult> broken = sorted.stream().filter(ScenarioResult::broken).toList();
                List<ScenarioResult> notRun = sorted.stream().filter(ScenarioResult::notRun).toList();
                long passed = sorted.stream().filter(ScenarioResult::passed).count();
                if (!broken.isEmpty()) {
                    outcome = Outcome.FAILED;
                    ScenarioResult first = broken.get(0);
                    reason = broken.size() + " of " + sorted.size() + " scenario(s) failed; first: "
                            + first.name() + " (" + first.status() + ")"
                            + (first.message() == null ? "" : ": " + oneLine(first.message()));
                } else if (sorted.isEmpty() || passed == 0 && notRun.isEmpty()) {
                    outcome = Outcome.NOT_RUN;
                    reason = noScenarioReason(capability.id());
                } else if (notRun.isEmpty()) {
                    outcome = Outcome.VERIFIED;
                    // where the pages give no code, the report says what the target answered
                    List<String> observed = sorted.stream().flatMap(scenario -> scenario.observations().stream())
                            .distinct().toList();
                    reason = observed.isEmpty() ? null : "the page gives no code; observed " + String.join(", ", observed);
                } else {
                    outcome = Outcome.NOT_RUN;
                    reason = notRun.stream().map(ScenarioResult::message).filter(Objects::nonNull)
                            .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                            .collect(Collectors.joining("; "));
                    if (passed > 0) {
                        reason = notRun.size() + " of " + sorted.size() + " scenario(s) not run: " + reason;
                    }
                }
            }
        }
        List<String> evidence = sorted.stream()
                .filter(ScenarioResult::passed)
                .flatMap(scenario -> scenario.calls().stream())
                .map(RecordedCall::correlationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new CapabilityResult(capability.id(), capability.statement(), capability.source(), capability.kind(),
                capability.partnerTypes(), capability.supersededBy(), outcome, reason, sorted, evidence, null);
    }

    /**
     * A capability that must have observed documented errors stays verified only when the run saw
     * each of them in some passed scenario; its evidence then includes those calls.
     */
    private static CapabilityResult crossChecked(CapabilityResult result, Capability capability,
                                                 Map<Capability.DocumentedError, List<String>> observed) {
        if (capability.mustObserve().isEmpty() || result.outcome() != Outcome.VERIFIED) {
            return result;
        }
        List<Capability.DocumentedError> missing = capability.mustObserve().stream()
                .filter(error -> !observed.containsKey(error)).toList();
        if (!missing.isEmpty()) {
            return new CapabilityResult(result.id(), result.statement(), result.source(), result.kind(),
                    result.partnerTypes(), result.supersededBy(), Outcome.NOT_RUN,
                    "documented error(s) " + missing.stream().map(Object::toString).collect(Collectors.joining(", "))
                            + " not observed in a passed scenario of this run", result.scenarios(), result.evidence(),
                    result.history());
        }
        List<String> evidence = new ArrayList<>(result.evidence());
        capability.mustObserve().forEach(error -> observed.get(error).stream()
                .filter(Objects::nonNull).filter(id -> !evidence.contains(id)).forEach(evidence::add));
        return new CapabilityResult(result.id(), result.statement(), result.source(), result.kind(),
                result.partnerTypes(), result.supersededBy(), result.outcome(), result.reason(), result.scenarios(),
                evidence, result.history());
    }

    private String noScenarioReason(String id) {
        if (taggedInFeatures.isPresent() && !taggedInFeatures.get().contains(id)) {
            return "no Rule or Scenario is tagged @cap:" + id + " in the features";
        }
        if (tagFilter != null && !tagFilter.isBlank()) {
            return "no scenario executed: not selected by the tag filter '" + tagFilter + "'";
        }
        return "no scenario executed in this run";
    }

    /** A multi-line assertion message ("[what] expected: 5 but was: 4") as one short line. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + " [...]";
    }
}
