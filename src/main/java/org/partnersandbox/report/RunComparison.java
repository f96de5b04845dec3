package org.partnersandbox.report;

import static org.partnersandbox.report.Html.badge;
import static org.partnersandbox.report.Html.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several runs side by side (tonight's emulator run against last night's, the emulator against
 * the live sandbox): a column per run, a row per capability, rows that differ highlighted.
 */
final class RunComparison {

    private final List<RunSnapshot> runs;

    RunComparison(List<RunSnapshot> runs) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two runs");
        }
        this.runs = List.copyOf(runs);
    }

    /** Capability ids in the order the runs list them, each once. */
    List<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        runs.forEach(run -> ids.addAll(run.capabilities().keySet()));
        return List.copyOf(ids);
    }

    /**
     * Ids whose outcome or parity with live is not the same in every run (absent counts as an outcome
     * of its own): parity drift shows as a difference even where every run verified the capability.
     */
    List<String> differing() {
        List<String> differing = new ArrayList<>();
        for (String id : ids()) {
            Set<String> outcomes = new HashSet<>();
            runs.forEach(run -> outcomes.add(outcomeIn(run, id)));
            if (outcomes.size() > 1) {
                differing.add(id);
            }
        }
        return differing;
    }

    String render() {
        List<String> differing = differing();
        StringBuilder body = new StringBuilder(32 * 1024);
        body.append("<header>\n<h1>Capability report: runs compared</h1>\n");
        body.append("<p class=\"summary\" id=\"summary\">").append(differing.size())
                .append(differing.size() == 1 ? " capability differs" : " capabilities differ")
                .append(" across ").append(runs.size()).append(" runs</p>\n");
        if (!differing.isEmpty()) {
            body.append("<p>Differ: ");
            for (int i = 0; i < differing.size(); i++) {
                body.append(i == 0 ? "" : ", ").append("<a href=\"#").append(Html.anchor("cap-", differing.get(i)))
                        .append("\">").append(escape(differing.get(i))).append("</a>");
            }
            body.append("</p>\n");
        }
        body.append("</header>\n");
        body.append("<p class=\"filter\"><label><input type=\"checkbox\" id=\"only-differences\"> ")
                .append("show only rows that differ</label></p>\n");
        body.append("<style>body:has(#only-differences:checked) tr.same { display: none; }</style>\n");
        body.append("<table class=\"capabilities\">\n<thead><tr><th class=\"id\">ID</th><th class=\"statement\">Capability</th>");
        for (RunSnapshot run : runs) {
            body.append("<th>").append(escape(run.label()));
            if (run.run().baseUrlHost() != null) {
                body.append("<div class=\"meta\">").append(escape(run.run().baseUrlHost())).append("</div>");
            }
            body.append("<div class=\"meta\">").append(escape(run.file().getFileName().toString())).append("</div></th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (String id : ids()) {
            boolean differs = differing.contains(id);
            body.append("<tr id=\"").append(Html.anchor("cap-", id)).append("\" class=\"")
                    .append(differs ? "differs" : "same").append("\"><td class=\"id\">").append(escape(id))
                    .append("</td><td>").append(escape(statement(id))).append("</td>");
            for (RunSnapshot run : runs) {
                CapabilityResult result = run.capabilities().get(id);
                body.append("<td>");
                if (result == null) {
                    body.append(badge(null)).append("<div class=\"reason\">not in this run</div>");
                } else {
                    body.append(badge(result.outcome().label()));
                    if (differs && result.reason() != null) {
                        body.append("<div class=\"reason\">").append(escape(result.reason())).append("</div>");
                    }
                    if (result.parity() != null) {
                        body.append("<div class=\"parity\">").append(escape(result.parity().label())).append("</div>");
                    }
                }
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return Html.page("Capability report: runs compared", body.toString());
    }

    private String statement(String id) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            CapabilityResult result = runs.get(i).capabilities().get(id);
            if (result != null && result.statement() != null) {
                return result.statement();
            }
        }
        return "";
    }

    private static String outcomeIn(RunSnapshot run, String id) {
        CapabilityResult result = run.capabilities().get(id);
        return result == null ? "absent"
                : result.outcome() + " " + (result.parity() == null ? "" : result.parity().status());
    }
}
