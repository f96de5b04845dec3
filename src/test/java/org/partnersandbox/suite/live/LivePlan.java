package org.partnersandbox.suite.live;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dry run: which scenarios a live run would run (the features under {@code features/}, through
 * the same tag filter), the roles each acts as and what each would create, read from the Gherkin
 * alone. Makes no request. Roles and creations come from the step wording (the table below) and the
 * {@code @quota:} tags; a step the table does not know adds nothing.
 */
public final class LivePlan {

    public record PlannedScenario(String feature, String name, List<String> tags, Set<String> roles, List<String> creates) {
    }

    /** Step wording → role (Given steps that cast an actor). */
    private static final Map<Pattern, String> ROLES = Map.of(
            Pattern.compile("(?i)\\bnot a sandbox\\b|\\bproduction\\b"), "productionAccount",
            Pattern.compile("(?i)^an? sandbox indirect provider\\b"), "indirectProvider",
            Pattern.compile("(?i)^an? (sandbox )?direct[- ]bill partner\\b"), "directBillPartner",
            Pattern.compile("(?i)^an? (sandbox )?indirect reseller\\b(?!.*created)|signed in as its own admin"), "indirectReseller");

    /** What a step creates, in step wording: "creates 5 sandbox indirect resellers", "has 30 customers" ... */
    private record Creation(Pattern pattern, String what) {
        /** How many the step creates: the number in the step, or one. */
        int count(Matcher matched) {
            String number = matched.groupCount() >= 1 ? matched.group(1) : null;
            return number == null ? 1 : Integer.parseInt(number);
        }
    }

    private static final List<Creation> CREATES = List.of(
            new Creation(Pattern.compile("(?i)\\b(?:creates?|has created) (?:(\\d+)|an?|another) (?:sandbox )?indirect resellers?\\b"),
                    "sandbox indirect reseller"),
            new Creation(Pattern.compile("(?i)\\bindirect resellers? with (\\d+) customers?\\b"), "customer"),
            new Creation(Pattern.compile("(?i)\\b(?:creates?|has created) (?:(\\d+)|an?|another) customers?\\b"), "customer"),
            new Creation(Pattern.compile("(?i)^it has (\\d+) customers\\b"), "customer"),
            new Creation(Pattern.compile("(?i)\\b(?:orders?|has ordered) a subscription\\b|\\bhas an active .*(?:order|subscription)\\b"),
                    "order (and its subscriptions)"));
    private static final Pattern QUOTA = Pattern.compile("@quota:indirect-resellers=(\\d+)");

    private LivePlan() {
    }

    /** The tag filter a run uses: {@code -Dcucumber.filter.tags}, else junit-platform.properties. */
    public static String tagFilter() {
        String fromProperty = System.getProperty("cucumber.filter.tags");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        Properties defaults = new Properties();
        try (InputStream in = LivePlan.class.getResourceAsStream("/junit-platform.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults.getProperty("cucumber.filter.tags", "");
    }

    public static List<PlannedScenario> of(Path featuresDir, String tagFilter) {
        Expression filter = tagFilter == null || tagFilter.isBlank() ? tags -> true : TagExpressionParser.parse(tagFilter);
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        List<PlannedScenario> planned = new ArrayList<>();
        try (Stream<Path> files = Files.walk(featuresDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                try (Stream<Envelope> envelopes = parser.parse(file)) {
                    envelopes.map(Envelope::getPickle).flatMap(java.util.Optional::stream).forEach(pickle -> {
                        List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
                        if (filter.evaluate(tags)) {
                            planned.add(plan(featuresDir.relativize(file).toString(), pickle, tags));
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + featuresDir, e);
        }
        return planned;
    }

    private static PlannedScenario plan(String feature, Pickle pickle, List<String> tags) {
        Set<String> roles = new LinkedHashSet<>();
        List<String> creates = new ArrayList<>();
        for (PickleStep step : pickle.getSteps()) {
            String text = step.getText();
            ROLES.forEach((pattern, role) -> {
                if (pattern.matcher(text).find()) {
                    roles.add(role);
                }
            });
            if (text.toLowerCase(java.util.Locale.ROOT).contains("tries to")) {
                continue; // an attempt that the target refuses creates nothing
            }
            for (Creation creation : CREATES) {
                Matcher matched = creation.pattern().matcher(text);
                if (matched.find()) {
                    int count = creation.count(matched);
                    creates.add(count == 1 ? creation.what() : count + " × " + creation.what());
                }
            }
        }
        for (String tag : tags) {
            Matcher quota = QUOTA.matcher(tag);
            if (quota.matches() && creates.stream().noneMatch(c -> c.contains("indirect reseller"))) {
                creates.add(quota.group(1) + " sandbox indirect reseller slot(s)");
            }
        }
        return new PlannedScenario(feature, pickle.getName(), tags, roles, creates);
    }

    /** The listing printed by a dry run. */
    public static String describe(List<PlannedScenario> scenarios, String tagFilter, String namePrefix) {
        StringBuilder out = new StringBuilder("Dry run: no request is made. Tag filter: " + tagFilter + "\n");
        out.append(scenarios.size()).append(" scenario(s) would run; what they create is named ")
                .append(namePrefix).append("<run id>… and removed at the end of each scenario:\n");
        for (PlannedScenario s : scenarios) {
            out.append("- ").append(s.feature()).append(": ").append(s.name()).append('\n')
                    .append("    roles: ").append(s.roles().isEmpty() ? "(none recognised)" : String.join(", ", s.roles())).append('\n')
                    .append("    creates: ").append(s.creates().isEmpty() ? "nothing" : String.join(", ", s.creates())).append('\n')
                    .append("    tags: ").append(String.join(" ", s.tags())).append('\n');
        }
        return out.toString();
    }
}
