package org.partnersandbox.report;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a features folder against the catalogue with Cucumber's own Gherkin parser: every
 * catalogue id is the {@code @cap:} tag of a Rule or Scenario, every such tag names a catalogue
 * id, a production-only capability is tagged {@code @production-only} (so that a sandbox run
 * never executes it) and a sandbox one is not.
 */
final class CatalogueCoverage {

    static final String PRODUCTION_ONLY_TAG = "@production-only";

    /** Each list names what is wrong; all empty means the features cover the catalogue. */
    record Problems(List<String> missing, List<String> unknown, List<String> misplaced,
                    List<String> wrongKind, List<String> unparsable) {

        boolean none() {
            return missing.isEmpty() && unknown.isEmpty() && misplaced.isEmpty() && wrongKind.isEmpty()
                    && unparsable.isEmpty();
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            if (!missing.isEmpty()) {
                text.append(missing.size()).append(" catalogue id(s) without a Rule or Scenario tagged @cap:<ID>:\n  ")
                        .append(String.join(", ", missing)).append('\n');
            }
            section(text, "@cap tags naming no catalogue id", unknown);
            section(text, "@cap tags on a Feature (put them on the Rule)", misplaced);
            section(text, "capabilities whose @production-only tag does not match their kind", wrongKind);
            section(text, "feature files that do not parse", unparsable);
            return text.toString();
        }

        private static void section(StringBuilder text, String title, List<String> items) {
            if (!items.isEmpty()) {
                text.append(title).append(":\n  ").append(String.join("\n  ", items)).append('\n');
            }
        }
    }

    /** A @cap tag where it stands, with the tags it inherits. */
    private record Tagged(String id, String where, Set<String> effectiveTags) {
    }

    private CatalogueCoverage() {
    }

    static Problems check(Catalogue catalogue, Path featuresRoot) throws IOException {
        List<Tagged> tagged = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        List<String> unparsable = new ArrayList<>();
        List<Path> files;
        if (Files.isDirectory(featuresRoot)) {
            try (Stream<Path> walk = Files.walk(featuresRoot)) {
                files = walk.filter(file -> file.toString().endsWith(".feature")).sorted().toList();
            }
        } else {
            files = List.of();
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        for (Path file : files) {
            String name = featuresRoot.relativize(file).toString().replace('\\', '/');
            List<Envelope> envelopes;
            try (Stream<Envelope> parsed = parser.parse(file)) {
                envelopes = parsed.toList();
            }
            for (Envelope envelope : envelopes) {
                envelope.getParseError().ifPresent(error -> unparsable.add(name + ": " + error.getMessage()));
                envelope.getGherkinDocument().flatMap(document -> document.getFeature())
                        .ifPresent(feature -> collect(name, feature, tagged, misplaced));
            }
        }

        Set<String> catalogued = catalogue.ids();
        Map<String, List<Tagged>> byId = new LinkedHashMap<>();
        tagged.forEach(tag -> byId.computeIfAbsent(tag.id(), id -> new ArrayList<>()).add(tag));

        List<String> missing = catalogued.stream().filter(id -> !byId.containsKey(id)).toList();
        List<String> unknown = new ArrayList<>();
        byId.forEach((id, places) -> {
            if (!catalogued.contains(id)) {
                places.forEach(place -> unknown.add("@cap:" + id + " at " + place.where()));
            }
        });
        List<String> wrongKind = new ArrayList<>();
        for (Capability capability : catalogue.capabilities()) {
            for (Tagged place : byId.getOrDefault(capability.id(), List.of())) {
                boolean productionTagged = place.effectiveTags().contains(PRODUCTION_ONLY_TAG);
                if (capability.kind() == CapabilityKind.PRODUCTION_ONLY && !productionTagged) {
                    wrongKind.add(capability.id() + " at " + place.where() + " is production-only but lacks "
                            + PRODUCTION_ONLY_TAG + " (a sandbox run would execute it)");
                } else if (capability.kind() == CapabilityKind.SANDBOX && productionTagged) {
                    wrongKind.add(capability.id() + " at " + place.where() + " is a sandbox capability but is tagged "
                            + PRODUCTION_ONLY_TAG + " (it would never run)");
                }
            }
        }
        return new Problems(missing, unknown, misplaced, wrongKind, unparsable);
    }

    private static void collect(String file, Feature feature, List<Tagged> tagged, List<String> misplaced) {
        Set<String> featureTags = names(feature.getTags());
        for (Tag tag : feature.getTags()) {
            if (tag.getName().startsWith(CapabilityTags.PREFIX)) {
                misplaced.add(tag.getName() + " at " + file + ":" + tag.getLocation().getLine());
            }
        }
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(scenario -> scenario(file, scenario, featureTags, tagged));
            child.getRule().ifPresent(rule -> rule(file, rule, featureTags, tagged));
        }
    }

    private static void rule(String file, Rule rule, Set<String> inherited, List<Tagged> tagged) {
        Set<String> ruleTags = union(inherited, names(rule.getTags()));
        add(file, rule.getTags(), ruleTags, tagged);
        for (RuleChild child : rule.getChildren()) {
            child.getScenario().ifPresent(scenario -> scenario(file, scenario, ruleTags, tagged));
        }
    }

    private static void scenario(String file, Scenario scenario, Set<String> inherited, List<Tagged> tagged) {
        Set<String> scenarioTags = union(inherited, names(scenario.getTags()));
        add(file, scenario.getTags(), scenarioTags, tagged);
        for (Examples examples : scenario.getExamples()) {
            add(file, examples.getTags(), union(scenarioTags, names(examples.getTags())), tagged);
        }
    }

    private static void add(String file, List<Tag> tags, Set<String> effective, List<Tagged> tagged) {
        for (Tag tag : tags) {
            if (tag.getName().startsWith(CapabilityTags.PREFIX)) {
                tagged.add(new Tagged(tag.getName().substring(CapabilityTags.PREFIX.length()),
                        file + ":" + tag.getLocation().getLine(), effective));
            }
        }
    }

    private static Set<String> names(List<Tag> tags) {
        Set<String> names = new LinkedHashSet<>();
        tags.forEach(tag -> names.add(tag.getName()));
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }
}
