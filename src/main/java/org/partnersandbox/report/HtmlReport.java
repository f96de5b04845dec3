package org.partnersandbox.report;

import static org.partnersandbox.report.Html.anchor;
import static org.partnersandbox.report.Html.badge;
import static org.partnersandbox.report.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * index.html: the headline, what needs attention, every capability grouped by source page with
 * its scenarios (failures opened), its recent history when kept, and the documentation
 * conflicts. One file, no scripts, no requests: it opens from disk or as a CI artifact.
 */
final class HtmlReport {

    private final CapabilityReport report;
    private final String cucumberReport;
    private final boolean withHistory;

    HtmlReport(CapabilityReport report, String cucumberReportLink) {
        this.report = report;
        this.cucumberReport = cucumberReportLink;
        this.withHistory = report.capabilities().stream().anyMatch(capability -> capability.history() != null);
    }

    String render() {
        StringBuilder body = new StringBuilder(64 * 1024);
        header(body);
        attention(body);
        body.append("<p class=\"filter\"><label><input type=\"checkbox\" id=\"only-problems\"> ")
                .append("show only failed and not-run capabilities</label></p>\n");
        for (Map.Entry<String, List<CapabilityResult>> group : bySource().entrySet()) {
            sourceTable(body, group.getKey(), group.getValue());
        }
        conflicts(body);
        warnings(body);
        body.append("<footer>Written by the capability report (org.partnersandbox.report). ")
                .append("Machine-readable: <a href=\"capabilities.json\">capabilities.json</a>; ")
                .append("Markdown: <a href=\"capabilities.md\">capabilities.md</a>.</footer>\n");
        return Html.page("Capability report: " + report.summary().line(), body.toString());
    }

    private void header(StringBuilder body) {
        RunInfo run = report.run();
        body.append("<header>\n<h1>Capability report</h1>\n");
        body.append("<p class=\"summary\" id=\"summary\">").append(escape(report.summary().line())).append("</p>\n");
        if (report.parity() != null) {
            body.append("<p class=\"parity-summary\" id=\"parity-summary\">").append(escape(report.parity().line()))
                    .append("</p>\n");
        }
        String breakdown = report.summary().breakdown();
        if (!breakdown.isEmpty()) {
            body.append("<p class=\"breakdown\">").append(escape(breakdown)).append("</p>\n");
        }
        body.append("<dl class=\"run\">\n");
        fact(body, "target", run.target());
        fact(body, "base URL host", run.baseUrlHost());
        fact(body, "started", run.startedAt() == null ? null : Timestamps.readable(run.startedAt()));
        fact(body, "duration", Timestamps.duration(run.durationMs()));
        fact(body, "project version", run.projectVersion());
        fact(body, "git commit", run.gitCommit());
        fact(body, "tag filter", run.tagFilter() == null ? "(none)" : run.tagFilter());
        body.append("</dl>\n<p>Scenarios in detail: <a href=\"").append(escape(cucumberReport))
                .append("\">Cucumber report</a></p>\n</header>\n");
    }

    private static void fact(StringBuilder body, String name, String value) {
        if (value != null) {
            body.append("<dt>").append(escape(name)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
        }
    }

    private void attention(StringBuilder body) {
        List<CapabilityResult> failed = withOutcome(Outcome.FAILED);
        List<CapabilityResult> notRun = withOutcome(Outcome.NOT_RUN);
        if (failed.isEmpty() && notRun.isEmpty()) {
            return;
        }
        body.append("<section class=\"attention\" id=\"attention\">\n");
        attentionList(body, "Failed", failed);
        attentionList(body, "Not run", notRun);
        body.append("</section>\n");
    }

    private void attentionList(StringBuilder body, String title, List<CapabilityResult> capabilities) {
        if (capabilities.isEmpty()) {
            return;
        }
        body.append("<h2>").append(escape(title)).append(" (").append(capabilities.size()).append(")</h2>\n<ul>\n");
        for (CapabilityResult capability : capabilities) {
            body.append("<li>").append(badge(capability.outcome().label())).append(" <a href=\"#")
                    .append(anchor("cap-", capability.id())).append("\"><b>")
                    .append(escape(capability.id())).append("</b></a> ").append(escape(capability.statement()));
            if (capability.reason() != null) {
                body.append(" <span class=\"meta\">— ").append(escape(capability.reason())).append("</span>");
            }
            if (capability.history() != null && capability.history().failingSince() != null) {
                body.append(" <span class=\"meta\">(").append(escape(failingSince(capability.history()))).append(")</span>");
            }
            body.append("</li>\n");
        }
        body.append("</ul>\n");
    }

    private Map<String, List<CapabilityResult>> bySource() {
        Map<String, List<CapabilityResult>> groups = new LinkedHashMap<>();
        report.sources().forEach(source -> groups.put(source.key(), new ArrayList<>()));
        for (CapabilityResult capability : report.capabilities()) {
            groups.computeIfAbsent(Objects.requireNonNullElse(capability.source(), ""), key -> new ArrayList<>())
                    .add(capability);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private void sourceTable(StringBuilder body, String sourceKey, List<CapabilityResult> capabilities) {
        SourcePage source = report.sources().stream().filter(page -> page.key().equals(sourceKey)).findFirst()
                .orElse(null);
        body.append("<section class=\"source\" id=\"").append(anchor("source-", sourceKey.isEmpty() ? "none" : sourceKey))
                .append("\">\n<h2>");
        if (source == null) {
            body.append("Not in the catalogue");
        } else {
            body.append(escape(source.title())).append(" <span class=\"dates\">").append(escape(source.dates()))
                    .append("</span>");
        }
        body.append("</h2>\n");
        if (source != null && source.note() != null) {
            body.append("<p class=\"meta\">").append(escape(source.note())).append("</p>\n");
        }
        body.append("<table class=\"capabilities\">\n<thead><tr><th class=\"id\">ID</th>")
                .append("<th class=\"statement\">Capability</th><th class=\"outcome\">Outcome</th><th>Scenarios</th>")
                .append("<th class=\"parity\">Parity</th>");
        if (withHistory) {
            body.append("<th class=\"history\">Last ").append(RunHistory.RUNS_SHOWN).append(" runs</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        capabilities.forEach(capability -> row(body, capability));
        body.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(StringBuilder body, CapabilityResult capability) {
        body.append("<tr id=\"").append(anchor("cap-", capability.id())).append("\" class=\"capability outcome-")
                .append(escape(capability.outcome().label())).append("\" data-outcome=\"")
                .append(escape(capability.outcome().label())).append("\">");
        body.append("<td class=\"id\"><a href=\"#").append(anchor("cap-", capability.id())).append("\">")
                .append(escape(capability.id())).append("</a></td>");
        body.append("<td>").append(escape(capability.statement()));
        if (!capability.partnerTypes().isEmpty()) {
            body.append("<div class=\"meta\">").append(escape(String.join(", ", capability.partnerTypes())
                    .replace('-', ' '))).append("</div>");
        }
        body.append("</td>");
        body.append("<td>").append(badge(capability.outcome().label()));
        if (capability.reason() != null) {
            body.append("<div class=\"reason\">").append(escape(capability.reason())).append("</div>");
        }
        body.append("</td>");
        body.append("<td>");
        scenarios(body, capability);
        body.append("</td>");
        body.append("<td class=\"parity\">");
        if (capability.parity() != null) {
            body.append("<span class=\"parity-").append(escape(capability.parity().status())).append("\">")
                    .append(escape(capability.parity().label())).append("</span>");
            if (capability.parity().documentedExample() != null) {
                body.append("<div class=\"meta documented\">").append(escape(capability.parity().documentedExample()))
                        .append("</div>");
            }
        }
        body.append("</td>");
        if (withHistory) {
            body.append("<td class=\"history\">");
            history(body, capability.history());
            body.append("</td>");
        }
        body.append("</tr>\n");
    }

    private void scenarios(StringBuilder body, CapabilityResult capability) {
        if (capability.scenarios().isEmpty()) {
            body.append("<span class=\"meta\">none executed</span>");
            return;
        }
        // The Cucumber report's search box takes tag expressions (?query=): the capability's tag
        // shows exactly its scenarios, where a name search would match on every common word.
        String inCucumberReport = cucumberReport + "?query=" + Html.urlParameter(CapabilityTags.PREFIX + capability.id());
        body.append("<ul class=\"scenarios\">");
        for (ScenarioResult scenario : capability.scenarios()) {
            body.append("<li><span class=\"status ").append(escape(scenario.status())).append("\">")
                    .append(escape(scenario.status().replace('-', ' '))).append("</span>")
                    .append("<a href=\"").append(escape(inCucumberReport)).append("\" title=\"")
                    .append(escape(scenario.location())).append("\">").append(escape(scenario.name())).append("</a> ")
                    .append("<span class=\"duration\">").append(escape(Timestamps.duration(scenario.durationMs())))
                    .append("</span>");
            if (scenario.broken()) {
                body.append("<details open><summary>");
                body.append(escape(scenario.failingStep() == null ? "failed" : "at: " + scenario.failingStep()));
                body.append("</summary><pre>").append(escape(Objects.requireNonNullElse(scenario.message(), "(no message)")))
                        .append("</pre></details>");
            } else if (scenario.notRun() && scenario.message() != null
                    && !scenario.message().equals(capability.reason())) {
                body.append("<div class=\"reason\">").append(escape(scenario.message())).append("</div>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        if (!capability.evidence().isEmpty()) {
            body.append("<details><summary>evidence: ").append(capability.evidence().size())
                    .append(" correlation id(s)</summary><pre>")
                    .append(escape(String.join("\n", capability.evidence()))).append("</pre></details>");
        }
    }

    private static void history(StringBuilder body, CapabilityHistory history) {
        if (history == null) {
            return;
        }
        for (CapabilityHistory.PastOutcome past : history.recent()) {
            String outcome = past.outcome();
            body.append("<span class=\"cell ").append(escape(outcome == null ? "none" : outcome)).append("\" title=\"")
                    .append(escape((past.startedAt() == null ? "?" : Timestamps.readable(past.startedAt())) + ": "
                            + (outcome == null ? "not in that run" : outcome)))
                    .append("\"></span>");
        }
        if (history.failingSince() != null) {
            body.append("<div class=\"reason\">").append(escape(failingSince(history))).append("</div>");
        }
    }

    private static String failingSince(CapabilityHistory history) {
        return "failing " + (history.failingBeyondHistory() ? "since at least " : "since ")
                + Timestamps.readable(history.failingSince()) + ", " + history.failingRuns()
                + (history.failingRuns() == 1 ? " run" : " runs");
    }

    private void conflicts(StringBuilder body) {
        if (report.conflicts().isEmpty()) {
            return;
        }
        body.append("<section id=\"conflicts\">\n<h2>Documentation conflicts</h2>\n");
        body.append("<p class=\"meta\">Where the pages disagree. The later page is taken to describe the service; ")
                .append("the earlier statement stays in the catalogue so that a review sees both.</p>\n");
        for (DocumentationConflict conflict : report.conflicts()) {
            body.append("<article class=\"conflict\" id=\"").append(anchor("conflict-", conflict.id())).append("\">\n");
            body.append("<h3>").append(escape(conflict.id())).append(" ").append(escape(conflict.subject())).append("</h3>\n");
            body.append("<p class=\"meta\">Capabilities: ");
            for (int i = 0; i < conflict.capabilities().size(); i++) {
                String id = conflict.capabilities().get(i);
                body.append(i == 0 ? "" : ", ").append("<a href=\"#").append(anchor("cap-", id)).append("\">")
                        .append(escape(id)).append("</a>");
            }
            if (!conflict.errata().isEmpty()) {
                body.append(" · errata ").append(escape(String.join(", ", conflict.errata())));
            }
            body.append("</p>\n<table>\n<thead><tr><th>Page and date</th><th>Says</th></tr></thead>\n<tbody>\n");
            for (DocumentationConflict.Side side : conflict.sides()) {
                String title = report.sources().stream().filter(page -> page.key().equals(side.source()))
                        .map(SourcePage::title).findFirst().orElse(side.source());
                body.append("<tr><td>").append(escape(title)).append("<div class=\"meta\">").append(escape(side.date()))
                        .append("</div></td><td>").append(escape(side.says())).append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
            if (conflict.resolution() != null) {
                body.append("<p><b>How the suite reads it:</b> ").append(escape(conflict.resolution())).append("</p>\n");
            }
            body.append("</article>\n");
        }
        body.append("</section>\n");
    }

    private void warnings(StringBuilder body) {
        if (report.warnings().isEmpty()) {
            return;
        }
        body.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul>\n");
        report.warnings().forEach(warning -> body.append("<li>").append(escape(warning)).append("</li>\n"));
        body.append("</ul>\n</section>\n");
    }

    private List<CapabilityResult> withOutcome(Outcome outcome) {
        return report.capabilities().stream().filter(capability -> capability.outcome() == outcome).toList();
    }
}
