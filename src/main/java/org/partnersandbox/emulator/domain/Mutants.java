package org.partnersandbox.emulator.domain;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which {@link Mutant}, if any, is on. Only the admin API switches one on; a sandbox reset leaves it
 * as it is, so a run that resets between scenarios keeps the rule broken until it is switched off.
 */
public final class Mutants {

    private final AtomicReference<Mutant> active = new AtomicReference<>();

    public boolean on(Mutant mutant) {
        return active.get() == mutant;
    }

    public Optional<Mutant> active() {
        return Optional.ofNullable(active.get());
    }

    public void switchOn(Mutant mutant) {
        active.set(mutant);
    }

    public void switchOff() {
        active.set(null);
    }
}
