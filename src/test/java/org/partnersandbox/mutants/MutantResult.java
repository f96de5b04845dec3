package org.partnersandbox.mutants;

import java.util.List;
import java.util.Map;
import org.partnersandbox.emulator.domain.Mutant;
import org.partnersandbox.report.Outcome;

/**
 * What one mutant did: {@code caught} when each capability it breaks, verified without the mutant,
 * failed with it; {@code outcomes} by capability; {@code failedBy} names the scenarios that failed.
 */
public record MutantResult(Mutant mutant, boolean caught, Map<String, Outcome> outcomes, List<String> failedBy) {
}
