package org.partnersandbox.mutants;

import java.nio.file.Path;
import org.partnersandbox.emulator.domain.Mutant;

/**
 * The mutant command (README, "Mutants"): every mutant in turn, target/mutants/index.md, and the
 * console line "mutants: N caught of M". Exits with 1 unless every mutant was caught.
 */
public final class MutantsMain {

    private MutantsMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of("target", "mutants");
        MutantRun.Results results = new MutantRun(output).run(Mutant.all());
        Path index = MutantIndex.write(output, results);
        System.out.println(results.summary() + " (" + index.toAbsolutePath() + ")");
        System.exit(results.caught() == results.mutants().size() ? 0 : 1);
    }
}
