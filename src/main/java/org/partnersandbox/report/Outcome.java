package org.partnersandbox.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a run says about one capability. */
public enum Outcome {
    VERIFIED("verified"),
    FAILED("failed"),
    NOT_RUN("not-run"),
    NOT_APPLICABLE("not-applicable"),
    SUPERSEDED("superseded");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Outcome fromLabel(String label) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome '" + label + "'"));
    }
}
