package org.partnersandbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A property of the pom, as Surefire hands it to the tests (the live target's locks), for a main started without Maven. */
final class PomProperty {

    private PomProperty() {
    }

    static String read(Path pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">(.*?)</" + Pattern.quote(name) + ">", Pattern.DOTALL)
                .matcher(Files.readString(pom));
        if (!m.find()) {
            throw new IllegalStateException(pom + " has no property " + name);
        }
        return m.group(1);
    }
}
