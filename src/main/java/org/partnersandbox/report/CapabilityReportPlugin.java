package org.partnersandbox.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.partnersandbox.parity.DocumentedExamples;
import org.partnersandbox.parity.ParitySummary;
import org.partnersandbox.parity.RunParity;

/**
 * The capability report as a Cucumber plugin: at the end of every run it writes
 * capabilities.json, index.html and capabilities.md (default target/capability-report/) and
 * prints the headline. Register it with
 * {@code cucumber.plugin=org.partnersandbox.report.CapabilityReportPlugin}, or with
 * {@code org.partnersandbox.report.CapabilityReportPlugin:some/dir} for another folder.
 * Settings: {@link ReportSettings}.
 */
public final class CapabilityReportPlugin implements ConcurrentEventListener {

    private final ReportSettings settings;
    private final Path outputDirectory;
    private final PrintStream console;
    private final ScenarioRecorder recorder;
    private final RunParity parity;
    private final Set<String> idsInFeatureSources = ConcurrentHashMap.newKeySet();
    private volatile boolean featureSourcesSeen;
    private volatile Instant startedAt;

    public CapabilityReportPlugin() {
        this(ReportSettings.fromSystem(), null, System.out);
    }

    /** @param outputDirectory where to write the report, relative to the working directory */
    public CapabilityReportPlugin(String outputDirectory) {
        this(ReportSettings.fromSystem(), Path.of(outputDirectory), System.out);
    }

    CapabilityReportPlugin(ReportSettings settings, Path outputDirectory, PrintStream console) {
        this.settings = settings;
        this.outputDirectory = outputDirectory == null
                ? settings.outputDirectory()
                : settings.workingDirectory().resolve(outputDirectory).normalize();
        this.console = console;
        this.parity = new RunParity(settings.parity(),
                () -> settings.baseUrlHost().orElse(null), settings.target(), () -> settings.gitCommit().orElse(null),
                documentedExamples(settings));
        this.recorder = new ScenarioRecorder(settings.workingDirectory(), parity);
    }

    /** None, with a warning on the console, when the examples cannot be read: the run's own result stands. */
    private DocumentedExamples documentedExamples(ReportSettings settings) {
        try {
            return DocumentedExamples.load(settings.docExamples(), settings.emulatorDoc());
        } catch (IOException | RuntimeException e) {
            System.err.println("Capability report: the documented examples could not be read: " + e.getMessage());
            return DocumentedExamples.none();
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> startedAt = event.getInstant());
        publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
        publisher.registerHandlerFor(TestStepFinished.class,
                event -> recorder.stepFinished(event.getTestCase(), event.getTestStep(), event.getResult()));
        publisher.registerHandlerFor(EmbedEvent.class,
                event -> recorder.attached(event.getTestCase(), event.getMediaType(), event.getData()));
        publisher.registerHandlerFor(TestCaseFinished.class,
                event -> recorder.finished(event.getTestCase(), event.getResult()));
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    Path outputDirectory() {
        return outputDirectory;
    }

    private void sourceRead(TestSourceRead event) {
        featureSourcesSeen = true;
        idsInFeatureSources.addAll(CapabilityTags.idsInFeatureText(event.getSource()));
    }

    private void runFinished(TestRunFinished event) {
        try {
            if (parity.recording()) {
                parity.writeSnapshots().forEach(file -> console.println("Parity snapshot written: " + file));
            }
            Optional<RunHistory> history = settings.historyDirectory().map(RunHistory::new);
            CapabilityReport report = assemble(event.getInstant(), history);
            Path index = write(report);
            if (history.isPresent()) {
                history.get().store(report, ReportJson.write(report), Instant.parse(report.run().startedAt()));
            }
            ConsoleSummary.print(report, index, console);
        } catch (IOException | RuntimeException e) {
            // The run's own result stands; say loudly that its report is missing.
            System.err.println("Capability report could not be written to " + outputDirectory + ": " + e);
        }
    }

    /** This run's report; with the earlier runs' outcomes when a history folder is kept. */
    CapabilityReport assemble(Instant finishedAt, Optional<RunHistory> history) throws IOException {
        List<String> warnings = new ArrayList<>(recorder.warnings());
        Catalogue catalogue = loadCatalogue(warnings);
        Instant started = startedAt == null ? finishedAt : startedAt;
        String target = settings.target();
        String tagFilter = settings.tagFilter().orElse(null);

        Verdicts verdicts = new Verdicts(target, tagFilter, taggedInFeatures());
        List<CapabilityResult> capabilities = verdicts.judge(catalogue, recorder.scenarios()).stream()
                .map(CapabilityResult::withParity).toList();
        warnings.addAll(verdicts.warnings());
        warnings.addAll(parity.warnings());

        List<RunSnapshot> earlier = history.isPresent() ? history.get().earlierRuns(target, warnings) : List.of();

        RunInfo run = new RunInfo(target, settings.baseUrlHost().orElse(null), Timestamps.iso(started),
                Timestamps.iso(finishedAt), Duration.between(started, finishedAt).toMillis(),
                settings.projectVersion().orElse(null), settings.gitCommit().orElse(null), tagFilter);
        CapabilityReport report = new CapabilityReport(CapabilityReport.FORMAT_VERSION, run,
                Summary.of(capabilities, target), catalogue.sources(), capabilities, catalogue.conflicts(), warnings,
                ParitySummary.of(capabilities.stream().map(CapabilityResult::parity).toList()));

        return history.isPresent() ? RunHistory.withHistory(report, earlier) : report;
    }

    /** Writes the three files; returns index.html. */
    Path write(CapabilityReport report) throws IOException {
        Files.createDirectories(outputDirectory);
        Files.write(outputDirectory.resolve("capabilities.json"), ReportJson.write(report));
        Path index = outputDirectory.resolve("index.html");
        Files.writeString(index, new HtmlReport(report, settings.cucumberReportLink()).render(), StandardCharsets.UTF_8);
        Files.writeString(outputDirectory.resolve("capabilities.md"), new MarkdownReport(report).render(),
                StandardCharsets.UTF_8);
        return index;
    }

    private Catalogue loadCatalogue(List<String> warnings) {
        Path file = settings.catalogue();
        try {
            return Catalogue.load(file);
        } catch (NoSuchFileException e) {
            warnings.add("no catalogue at " + file + ": capabilities are taken from the @cap tags alone");
        } catch (IOException e) {
            warnings.add(e.getMessage() + ": capabilities are taken from the @cap tags alone");
        }
        return Catalogue.empty();
    }

    /** Ids tagged in the feature files, from the sources Cucumber read and the features folder. */
    private Optional<Set<String>> taggedInFeatures() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ids.addAll(idsInFeatureSources);
        boolean known = featureSourcesSeen;
        Path features = settings.featuresDirectory();
        if (Files.isDirectory(features)) {
            known = true;
            try (Stream<Path> files = Files.walk(features)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                    ids.addAll(CapabilityTags.idsInFeatureText(Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return known ? Optional.of(ids) : Optional.empty();
    }
}
