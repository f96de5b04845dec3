package org.partnersandbox.parity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The table under "## Documented differences" in docs/emulator.md: each row names an operation of the
 * documented examples, one difference as {@link JsonShape} or the status check words it
 * ({@code extra `$.x`}, {@code status `400`}), and why the emulator answers so.
 */
public final class DocumentedDifferences {

    public static final String HEADING = "## Documented differences";

    private DocumentedDifferences() {
    }

    /** {@code operation: difference}, e.g. {@code create_customer: extra $.links}. */
    public static Set<String> read(Path emulatorDoc) throws IOException {
        List<String> lines = Files.readAllLines(emulatorDoc, StandardCharsets.UTF_8);
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException(emulatorDoc + " has no '" + HEADING + "' section");
        }
        Set<String> listed = new LinkedHashSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| operation")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 4 || cells[3].isBlank()) {
                throw new IllegalStateException("a documented difference needs an operation, the difference and a reason: " + line);
            }
            listed.add(plain(cells[1]) + ": " + plain(cells[2]));
        }
        return listed;
    }

    private static String plain(String cell) {
        return cell.replace("`", "").trim();
    }
}
