package org.partnersandbox.mutants;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.partnersandbox.emulator.Emulator;
import org.partnersandbox.emulator.EmulatorSettings;
import org.partnersandbox.emulator.domain.Mutant;
import org.partnersandbox.report.CapabilityReportPlugin;
import org.partnersandbox.report.Outcome;
import org.partnersandbox.suite.config.SuiteConfig;

/**
 * Runs the suite against an emulator with one sandbox rule broken at a time (docs/mutants.md): for
 * each {@link Mutant}, switched on through the emulator's admin API, the scenarios of the
 * capabilities it breaks ({@code @cap:} tags) run in this JVM, and the capability report says
 * whether each went from verified to failed. Each run's report and console output stay in
 * target/mutants/&lt;mutant&gt;/. A baseline run with no mutant comes first: a
 * capability that fails there proves nothing when it fails under a mutant.
 */
public final class MutantRun {

    static final String FILTER_OUT = " and not @production-only and not @superseded";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path output;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param output where the per-run reports and index.md go (target/mutants) */
    public MutantRun(Path output) {
        this.output = output;
    }

    /** What each mutant did to its capability; the baseline's outcomes first. */
    public record Results(Map<String, Outcome> baseline, List<MutantResult> mutants) {

        public long caught() {
            return mutants.stream().filter(MutantResult::caught).count();
        }

        public String summary() {
            return "mutants: " + caught() + " caught of " + mutants.size();
        }
    }

    public Results run(List<Mutant> mutants) throws IOException, InterruptedException {
        Map<String, String> saved = new HashMap<>();
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults())) {
            String baseUrl = emulator.baseUrl();
            set(saved, SuiteConfig.TARGET, "emulator");
            set(saved, SuiteConfig.BASE_URL, baseUrl);
            set(saved, "report.history.dir", "");
            Set<String> capabilities = new LinkedHashSet<>();
            mutants.forEach(m -> capabilities.addAll(m.capabilities()));

            admin(baseUrl, "DELETE", "/_emulator/mutant", null);
            JsonNode baseline = cucumber("baseline", tagsOf(capabilities), saved);
            Map<String, Outcome> baselineOutcomes = new HashMap<>();
            capabilities.forEach(id -> baselineOutcomes.put(id, outcomeOf(capability(baseline, id))));

            List<MutantResult> results = new ArrayList<>();
            for (Mutant mutant : mutants) {
                admin(baseUrl, "PUT", "/_emulator/mutant", "{\"name\": \"" + mutant.wireName() + "\"}");
                JsonNode report;
                try {
                    report = cucumber(mutant.wireName(), tagsOf(new LinkedHashSet<>(mutant.capabilities())), saved);
                } finally {
                    admin(baseUrl, "DELETE", "/_emulator/mutant", null);
                }
                Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
                List<String> failedBy = new ArrayList<>();
                for (String id : mutant.capabilities()) {
                    JsonNode result = capability(report, id);
                    outcomes.put(id, outcomeOf(result));
                    result.path("scenarios").forEach(scenario -> {
                        String where = scenario.path("name").asText() + " (" + scenario.path("uri").asText() + ":"
                                + scenario.path("line").asInt() + ")";
                        if (scenario.path("status").asText().equals("failed") && !failedBy.contains(where)) {
                            failedBy.add(where);
                        }
                    });
                }
                boolean caught = outcomes.entrySet().stream().allMatch(e ->
                        baselineOutcomes.get(e.getKey()) == Outcome.VERIFIED && e.getValue() == Outcome.FAILED);
                results.add(new MutantResult(mutant, caught, outcomes, failedBy));
            }
            return new Results(baselineOutcomes, results);
        } finally {
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    private static String tagsOf(Set<String> capabilities) {
        return "(" + String.join(" or ", capabilities.stream().map(id -> "@cap:" + id).toList()) + ")" + FILTER_OUT;
    }

    /** One Cucumber run of the suite's features in this JVM, with the capability report under output/name. */
    private JsonNode cucumber(String name, String tags, Map<String, String> saved) throws IOException {
        Path reportDir = output.resolve(name);
        set(saved, "cucumber.filter.tags", tags); // the report plugin reads the filter from the JVM
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory("features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("cucumber.glue", "org.partnersandbox.suite")
                .configurationParameter("cucumber.plugin", CapabilityReportPlugin.class.getName() + ":" + reportDir)
                .configurationParameter("cucumber.filter.tags", tags)
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.execution.parallel.enabled", "true")
                .configurationParameter("cucumber.execution.parallel.config.strategy", "custom")
                .configurationParameter("cucumber.execution.parallel.config.custom.class",
                        "org.partnersandbox.suite.config.TargetParallelism")
                .build();
        // the failing scenarios' transcripts and the report's headline go to a file: failures are the point here
        Files.createDirectories(reportDir);
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream console = new PrintStream(Files.newOutputStream(reportDir.resolve("console.log")), true,
                StandardCharsets.UTF_8)) {
            System.setOut(console);
            System.setErr(console);
            LauncherFactory.create().execute(request);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return JSON.readTree(Files.readAllBytes(reportDir.resolve("capabilities.json")));
    }

    /** The capability's entry in capabilities.json. */
    private static JsonNode capability(JsonNode report, String id) {
        for (JsonNode capability : report.path("capabilities")) {
            if (capability.path("id").asText().equals(id)) {
                return capability;
            }
        }
        throw new IllegalStateException("the capability report names no " + id);
    }

    private static Outcome outcomeOf(JsonNode capability) {
        return Outcome.fromLabel(capability.path("outcome").asText());
    }

    private void admin(String baseUrl, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static void set(Map<String, String> saved, String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }
}
