package org.partnersandbox.suite.scenario;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of everything any scenario of this run has created. A scenario that checks an attempt
 * created nothing compares a listing with one taken before the attempt; on a shared live tenant,
 * resources that other scenarios made meanwhile show up in it too, and are known here. What is
 * listed but neither was there before nor was made by this run came from the attempt.
 */
public final class RunCreations {

    private static final Set<String> IDS = ConcurrentHashMap.newKeySet();

    private RunCreations() {
    }

    static void created(String id) {
        IDS.add(id);
    }

    /** Whether some scenario of this run created {@code id}. */
    public static boolean madeByThisRun(String id) {
        return IDS.contains(id);
    }
}
