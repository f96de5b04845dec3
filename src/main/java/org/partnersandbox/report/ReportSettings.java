package org.partnersandbox.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.xml.XMLConstants;
import org.partnersandbox.parity.ParitySettings;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where the report reads its inputs and facts about the run, from system properties first and
 * the environment second. Every lookup is best-effort: a missing fact leaves a blank in the
 * report, never a failed run.
 *
 * <pre>
 * sandbox.target                 target name (default emulator)
 * sandbox.resolvedBaseUrl        base URL actually used; else sandbox.baseUrl (only the host is kept)
 * cucumber.filter.tags           tag filter; else the one in junit-platform.properties
 * report.catalogue               catalogue file (default features/capabilities.json)
 * report.features                features folder scanned for @cap tags (default features)
 * report.dir                     output folder (default target/capability-report)
 * report.history.dir             keep each run's JSON here (env REPORT_HISTORY_DIR); empty = off
 * report.cucumberHtml            link to Cucumber's HTML report, relative to the output folder
 * report.projectVersion          else read from pom.xml
 * report.gitCommit               else env GITHUB_SHA / GIT_COMMIT, else git rev-parse HEAD
 * sandbox.parity.*               record, dir, strict: the parity snapshots ({@link ParitySettings})
 * report.docExamples             the documented examples (default src/test/resources/doc-examples)
 * report.emulatorDoc             their declared differences (default docs/emulator.md)
 * </pre>
 */
public final class ReportSettings {

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final Path workingDirectory;

    public ReportSettings(Function<String, String> properties, Function<String, String> environment,
                          Path workingDirectory) {
        this.properties = properties;
        this.environment = environment;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public static ReportSettings fromSystem() {
        return new ReportSettings(System::getProperty, System::getenv, Path.of(""));
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public String target() {
        return property("sandbox.target").orElse("emulator");
    }

    public Optional<String> baseUrlHost() {
        return property("sandbox.resolvedBaseUrl").or(() -> property("sandbox.baseUrl")).flatMap(ReportSettings::hostOf);
    }

    public Optional<String> tagFilter() {
        return property("cucumber.filter.tags").or(ReportSettings::tagFilterOnClasspath);
    }

    public Path catalogue() {
        return resolve(property("report.catalogue").orElse(Catalogue.DEFAULT_LOCATION));
    }

    public Path featuresDirectory() {
        return resolve(property("report.features").orElse("features"));
    }

    public Path outputDirectory() {
        return resolve(property("report.dir").orElse("target/capability-report"));
    }

    public Optional<Path> historyDirectory() {
        String configured = properties.apply("report.history.dir");
        if (configured == null) {
            configured = environment.apply("REPORT_HISTORY_DIR");
        }
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(resolve(configured.strip()));
    }

    public String cucumberReportLink() {
        return property("report.cucumberHtml").orElse("../cucumber/report.html");
    }

    /** The parity switches (sandbox.parity.*, SANDBOX_PARITY_*), the snapshot folder relative to the working directory. */
    public ParitySettings parity() {
        return ParitySettings.of(properties, environment, workingDirectory);
    }

    public Path docExamples() {
        return resolve(property("report.docExamples").orElse("src/test/resources/doc-examples"));
    }

    public Path emulatorDoc() {
        return resolve(property("report.emulatorDoc").orElse("docs/emulator.md"));
    }

    public Optional<String> projectVersion() {
        return property("report.projectVersion").or(() -> versionInPom(workingDirectory.resolve("pom.xml")));
    }

    public Optional<String> gitCommit() {
        return property("report.gitCommit")
                .or(() -> Optional.ofNullable(environment.apply("GITHUB_SHA")))
                .or(() -> Optional.ofNullable(environment.apply("GIT_COMMIT")))
                .or(this::gitHead);
    }

    private Optional<String> property(String key) {
        String value = properties.apply(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** host[:port] only: a base URL may carry credentials or a query that the report must not show. */
    static Optional<String> hostOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> tagFilterOnClasspath() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("junit-platform.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties file = new Properties();
            file.load(in);
            String tags = file.getProperty("cucumber.filter.tags");
            return tags == null || tags.isBlank() ? Optional.empty() : Optional.of(tags.strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> versionInPom(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            Element project = document.getDocumentElement();
            return childText(project, "version")
                    .or(() -> child(project, "parent").flatMap(parent -> childText(parent, "version")));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> childText(Element parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().strip()).filter(text -> !text.isEmpty());
    }

    private Optional<String> gitHead() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .directory(workingDirectory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroy();
                return Optional.empty();
            }
            return git.exitValue() == 0 && out.matches("[0-9a-f]{7,64}") ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
