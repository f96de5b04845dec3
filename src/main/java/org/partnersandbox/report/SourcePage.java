package org.partnersandbox.report;

/** A page the capabilities come from, with its dates (ISO, revised may be null). */
public record SourcePage(String key, String title, String file, String published, String revised, String note) {

    /** "2021-05-24 (revised 2022-06-17)" */
    public String dates() {
        if (published == null) {
            return "undated";
        }
        return revised == null ? published : published + " (revised " + revised + ")";
    }
}
