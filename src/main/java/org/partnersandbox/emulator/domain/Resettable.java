package org.partnersandbox.emulator.domain;

/** State that {@code POST /_emulator/reset} restores: every store implements it, so none is forgotten. */
public interface Resettable {
    void reset();
}
