package org.partnersandbox.suite.config;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * How many scenarios run their steps at once: the count {@link TargetParallelism} chose for this run.
 * The engine's pool may have more workers than that (spares for scenarios that wait for their start
 * on the live target, where live/LiveAdmission decides with the same count), so a scenario takes a
 * place in the first Before hook and gives it back after its last After hook (hooks/ScenarioAdmissionHooks).
 * None is held back when the run is not parallel (the strategy never chose a count).
 */
public final class ScenarioAdmission {

    private static volatile Semaphore places;
    private static volatile int allowed;

    private ScenarioAdmission() {
    }

    /** Set by the engine's strategy when a parallel run starts. */
    static synchronized void allow(int atOnce) {
        allowed = atOnce;
        places = new Semaphore(atOnce, true);
    }

    /** At the end of a run: a later run in the same JVM (tests, mutant runs) starts without a count until its strategy chooses one. */
    public static synchronized void forget() {
        places = null;
        allowed = 0;
    }

    /** The count chosen for this run, if the run is parallel. */
    static Optional<Integer> allowed() {
        return places == null ? Optional.empty() : Optional.of(allowed);
    }

    /** Places free now (tests). */
    static int free() {
        return places == null ? 0 : places.availablePermits();
    }

    /** Waits for a place; the returned place is given back once (closing it twice is harmless). */
    public static Place enter() {
        Semaphore current = places;
        if (current == null) {
            return () -> { };
        }
        current.acquireUninterruptibly();
        return new Place() {
            private boolean left;

            @Override
            public synchronized void close() {
                if (!left) {
                    left = true;
                    current.release();
                }
            }
        };
    }

    /** One scenario's place among those running at once. */
    public interface Place extends AutoCloseable {
        @Override
        void close();
    }
}
