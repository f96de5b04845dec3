package org.partnersandbox.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and the shared look of the report pages. Pages are self-contained: CSS inline, no requests. */
final class Html {

    static final String STYLE = """
            :root { --verified:#1a7f37; --failed:#cf222e; --not-run:#9a6700; --not-applicable:#6e7781;
                    --superseded:#8250df; --line:#d0d7de; --muted:#57606a; --bg-soft:#f6f8fa; }
            * { box-sizing: border-box; }
            body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color:#1f2328;
                   margin: 0 auto; max-width: 1360px; padding: 24px; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
            h2 .dates, h3 .dates { font-weight: normal; color: var(--muted); font-size: 14px; }
            h3 { font-size: 15px; margin: 18px 0 6px; }
            a { color: #0969da; }
            .summary { font-size: 20px; font-weight: 600; margin: 8px 0 2px; }
            .breakdown { color: var(--muted); margin: 0 0 12px; }
            dl.run { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; margin: 0 0 12px;
                     color: var(--muted); }
            dl.run dt { font-weight: 600; } dl.run dd { margin: 0; }
            code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px;
                  white-space: pre-wrap; word-break: break-word; margin: 4px 0; max-height: 320px; overflow: auto; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: var(--bg-soft); font-weight: 600; }
            table.capabilities { table-layout: fixed; }
            table.capabilities th.id { width: 72px; } table.capabilities th.statement { width: 28%; }
            table.capabilities th.outcome { width: 22%; } table.capabilities th.history { width: 190px; }
            td { overflow-wrap: anywhere; }
            td.id { white-space: nowrap; font-weight: 600; }
            td.id a { color: inherit; text-decoration: none; }
            .meta { color: var(--muted); font-size: 12px; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px;
                     font-weight: 600; white-space: nowrap; }
            .badge.verified, .cell.verified { background: var(--verified); }
            .badge.failed, .cell.failed { background: var(--failed); }
            .badge.not-run, .cell.not-run { background: var(--not-run); }
            .badge.not-applicable, .cell.not-applicable { background: var(--not-applicable); }
            .badge.superseded, .cell.superseded { background: var(--superseded); }
            .badge.none, .cell.none { background: #fff; color: var(--muted); border: 1px dashed var(--line); }
            tr.outcome-failed td { background: #fff5f5; }
            .reason { margin-top: 4px; font-size: 12px; }
            ul.scenarios { list-style: none; margin: 0; padding: 0; }
            ul.scenarios li { margin: 0 0 4px; }
            .status { font-size: 11px; font-weight: 600; text-transform: uppercase; margin-right: 4px; }
            .status.passed { color: var(--verified); } .status.failed, .status.undefined, .status.pending,
            .status.ambiguous { color: var(--failed); } .status.not-run, .status.skipped { color: var(--not-run); }
            .duration { color: var(--muted); font-size: 12px; }
            details > summary { cursor: pointer; color: var(--muted); font-size: 12px; }
            .history { white-space: nowrap; }
            .cell { display: inline-block; width: 11px; height: 16px; margin-right: 2px; border-radius: 2px; }
            .attention li { margin-bottom: 4px; }
            .conflict { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px 8px; margin: 0 0 12px; }
            .conflict table td:first-child { width: 30%; }
            .filter { margin: 12px 0; color: var(--muted); }
            body:has(#only-problems:checked) tr.outcome-verified,
            body:has(#only-problems:checked) tr.outcome-not-applicable,
            body:has(#only-problems:checked) tr.outcome-superseded { display: none; }
            tr.differs td { background: #fff8c5; }
            footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
            """;

    private Html() {
    }

    /** Text for element content and attribute values alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String urlParameter(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Ids become element ids ("cap-RR-01"): keep them to a safe alphabet. */
    static String anchor(String prefix, String id) {
        return prefix + (id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    static String badge(String outcome) {
        String css = outcome == null ? "none" : outcome;
        return "<span class=\"badge " + escape(css) + "\">" + escape(outcome == null ? "unknown" : outcome.replace('-', ' '))
                + "</span>";
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }
}
