package org.partnersandbox.suite.config;

/** URL text as the suite joins it: a base and a path, never a doubled slash between them. */
public final class Urls {

    private Urls() {
    }

    /** {@code https://host/} and {@code https://host//} → {@code https://host}. */
    public static String withoutTrailingSlashes(String url) {
        return url.replaceAll("/+$", "");
    }
}
