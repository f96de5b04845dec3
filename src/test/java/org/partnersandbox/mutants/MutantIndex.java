package org.partnersandbox.mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** target/mutants/index.md: one row per mutant, whether its capability noticed, and by which scenario. */
final class MutantIndex {

    private MutantIndex() {
    }

    static Path write(Path output, MutantRun.Results results) throws IOException {
        StringBuilder md = new StringBuilder("# Mutants\n\n").append(results.summary()).append(
                ". Each mutant breaks one sandbox rule of the emulator (docs/mutants.md); it is caught when each"
                        + " capability it breaks, verified without it, fails with it.\n\n");
        md.append("| mutant | capability | caught | by which scenario |\n|---|---|---|---|\n");
        for (MutantResult result : results.mutants()) {
            md.append("| `").append(result.mutant().wireName()).append("`: ").append(cell(result.mutant().effect()))
                    .append(" | ").append(String.join(", ", result.mutant().capabilities()))
                    .append(" | ").append(result.caught() ? "yes" : "**no** (" + outcomes(result, results) + ")")
                    .append(" | ").append(cell(String.join("; ", result.failedBy()))).append(" |\n");
        }
        Files.createDirectories(output);
        Path index = output.resolve("index.md");
        Files.writeString(index, md, StandardCharsets.UTF_8);
        return index;
    }

    /** "RR-03 verified (baseline verified)" for each capability, when a mutant is not caught. */
    private static String outcomes(MutantResult result, MutantRun.Results results) {
        return String.join(", ", result.outcomes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().label()
                + " (baseline " + results.baseline().get(e.getKey()).label() + ")").toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
