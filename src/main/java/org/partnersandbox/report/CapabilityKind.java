package org.partnersandbox.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a catalogue entry is: something to check on a sandbox, a production fact, or a replaced statement. */
public enum CapabilityKind {
    SANDBOX("sandbox"),
    PRODUCTION_ONLY("production-only"),
    SUPERSEDED("superseded");

    private final String label;

    CapabilityKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static CapabilityKind fromLabel(String label) {
        return Arrays.stream(values())
                .filter(kind -> kind.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown kind '" + label + "' (expected sandbox, production-only or superseded)"));
    }
}
