package org.partnersandbox.report;

import org.partnersandbox.parity.ScenarioParity;

import java.util.List;

/**
 * How one executed scenario ended. {@code status} is Cucumber's status in lower case, or
 * {@code not-run} when the scenario was aborted under the not-run contract (then
 * {@code message} is the reason). {@code observations}: what the target answered where the pages
 * give no code, status and code ("400 900127"). Text is masked before it gets here. {@code parity}:
 * how its calls compare with its snapshot (null when the report was made without the parity check).
 */
public record ScenarioResult(
        String name,
        String uri,
        int line,
        String status,
        long durationMs,
        String failingStep,
        String message,
        List<RecordedCall> calls,
        List<String> observations,
        ScenarioParity parity) {

    public static final String NOT_RUN = "not-run";

    public ScenarioResult {
        calls = calls == null ? List.of() : List.copyOf(calls);
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    public boolean passed() {
        return "passed".equals(status);
    }

    public boolean notRun() {
        return NOT_RUN.equals(status) || "skipped".equals(status);
    }

    /** failed, undefined, pending, ambiguous: the run said something is wrong. */
    public boolean broken() {
        return !passed() && !notRun() && !"unused".equals(status);
    }

    /** "features/x.feature:12", the scenario's address. */
    public String location() {
        return uri + ":" + line;
    }
}
