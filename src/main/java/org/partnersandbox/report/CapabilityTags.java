package org.partnersandbox.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code @cap:<ID>} tags that tie a scenario or a Rule to a catalogue entry. */
public final class CapabilityTags {

    public static final String PREFIX = "@cap:";

    private CapabilityTags() {
    }

    /** Capability ids among a pickle's tags (feature, rule, scenario and examples tags together). */
    public static List<String> idsIn(Collection<String> tags) {
        Set<String> ids = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag.startsWith(PREFIX) && tag.length() > PREFIX.length()) {
                ids.add(tag.substring(PREFIX.length()));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Capability ids tagged anywhere in a feature file's text. Only tag lines count (a line whose
     * first non-blank character is '@'); a '#' after whitespace starts a comment, as in Gherkin.
     * Used to tell "filtered out" from "never written" when a capability ran no scenario.
     */
    public static Set<String> idsInFeatureText(String gherkin) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : gherkin.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("@")) {
                continue;
            }
            for (String token : trimmed.split("\\s+")) {
                if (token.startsWith("#")) {
                    break;
                }
                if (token.startsWith(PREFIX) && token.length() > PREFIX.length()) {
                    ids.add(token.substring(PREFIX.length()));
                }
            }
        }
        return ids;
    }
}
