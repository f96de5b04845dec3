package org.partnersandbox.emulator.domain;

import java.util.concurrent.ThreadLocalRandom;

/** Opaque entity tags: a new one for every version of a resource. */
final class Etags {

    private Etags() {
    }

    static String fresh() {
        return Long.toString(ThreadLocalRandom.current().nextLong());
    }
}
