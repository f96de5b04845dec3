package org.partnersandbox.parity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the parity check says about one scenario of a run.
 *
 * @param status      {@value #MATCHES}, {@value #DIFFERS}, {@value #NO_SNAPSHOT}, {@value #RECORDED} (this run wrote
 *                    the snapshot) or {@value #NOT_RECORDED} (a recording run where the scenario did not pass)
 * @param source      the snapshot's source, "live" or "emulator"; null without a snapshot
 * @param recordedAt  the snapshot's day, YYYY-MM-DD
 * @param differences the undeclared differences, described
 * @param declared    the differences a declaration accepts, described with its reason
 * @param documented  the documented examples its calls match ({@link DocumentedExamples}), with their differences
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScenarioParity(String status, String source, String recordedAt, List<String> differences,
                             List<String> declared, List<DocumentedExamples.Match> documented) {

    public static final String MATCHES = "matches";
    public static final String DIFFERS = "differs";
    public static final String NO_SNAPSHOT = "no-snapshot";
    public static final String RECORDED = "recorded";
    public static final String NOT_RECORDED = "not-recorded";

    public ScenarioParity {
        differences = differences == null ? List.of() : List.copyOf(differences);
        declared = declared == null ? List.of() : List.copyOf(declared);
        documented = documented == null ? List.of() : List.copyOf(documented);
    }

    public ScenarioParity(String status, String source, String recordedAt, List<String> differences,
                          List<String> declared) {
        this(status, source, recordedAt, differences, declared, List.of());
    }

    ScenarioParity withDocumented(List<DocumentedExamples.Match> matches) {
        return new ScenarioParity(status, source, recordedAt, differences, declared, matches);
    }

    public static ScenarioParity noSnapshot() {
        return new ScenarioParity(NO_SNAPSHOT, null, null, List.of(), List.of());
    }
}
