package org.partnersandbox.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.domain.Mutant;

/**
 * The suite checks itself: with each sandbox rule broken in turn, the capability that rule serves
 * turns from verified to failed (docs/mutants.md). Writes target/mutants/index.md.
 */
class MutantsTest {

    @Test
    void every_broken_rule_fails_its_capability() throws Exception {
        Path output = Path.of("target", "mutants");
        MutantRun.Results results = new MutantRun(output).run(Mutant.all());
        MutantIndex.write(output, results);
        System.out.println(results.summary());

        assertThat(results.baseline()).as("without a mutant, every capability a mutant breaks is verified")
                .allSatisfy((id, outcome) -> assertThat(outcome.label()).as(id).isEqualTo("verified"));
        assertThat(results.mutants()).as("mutants not caught (see target/mutants/index.md)")
                .filteredOn(result -> !result.caught()).isEmpty();
    }
}
