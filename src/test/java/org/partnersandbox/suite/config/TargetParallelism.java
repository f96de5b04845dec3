package org.partnersandbox.suite.config;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfigurationStrategy;

/**
 * How many scenarios run at once, by target (junit-platform.properties names this class as
 * Cucumber's parallel strategy). On the emulator every scenario has its own fresh partner
 * accounts, so they run side by side: {@value #EMULATOR_DEFAULT} at a time. Measured on two cores
 * (issue 14): 8 took ~1 s less than 4 in every alternating round (11.4 to 13.1 s against 13.1 to
 * 15.0 s); with 4, each worker runs its own feature's scenarios last-first, so the four
 * fault-injection scenarios (7 s of Retry-After and backoff between them) ran one after another on
 * one worker and ended the run alone; spare workers take some of them from the start. On the live target they share one provider's quota and tenant:
 * {@value #LIVE_DEFAULT} at a time, with live/LiveAdmission keeping the scenarios that count apart
 * from the ones that change the count. A live run mostly waits on the sandbox's listing lag and
 * absence settles, not on calls (README, "The live run's time"). Read from -D and the environment
 * only: the engine decides this before the suite reads its configuration files.
 */
public final class TargetParallelism implements ParallelExecutionConfigurationStrategy {

    static final int EMULATOR_DEFAULT = 8;
    /** Every scenario of a live run could wait for its start at once; more than that never do. */
    static final int SPARE_WORKERS = 256;
    public static final int LIVE_DEFAULT = 8;
    public static final String PARALLELISM = "sandbox.parallelism";

    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters parameters) {
        int atOnce = configured();
        ScenarioAdmission.allow(atOnce);
        return new Fixed(atOnce, live() ? SPARE_WORKERS : 0);
    }

    /** How many scenarios this run executes at once (also read by the console, suite/console/ScenarioProgress). */
    public static int scenariosAtOnce() {
        return ScenarioAdmission.allowed().orElseGet(TargetParallelism::configured);
    }

    private static int configured() {
        return setting(PARALLELISM).map(TargetParallelism::positive).orElse(live() ? LIVE_DEFAULT : EMULATOR_DEFAULT);
    }

    private static boolean live() {
        return setting(SuiteConfig.TARGET).map(t -> t.trim().toLowerCase(Locale.ROOT)).filter("live"::equals).isPresent();
    }

    private static Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(SuiteConfig.environmentName(key));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, in one line
        }
        throw new ConfigurationException("set " + PARALLELISM + " (or " + SuiteConfig.environmentName(PARALLELISM)
                + ") to a whole number from 1 to 64; got '" + value + "'");
    }

    /**
     * {@code parallelism} workers, and spare ones for workers whose scenario waits for its start on
     * the live target (live/LiveAdmission waits as a managed blocker): with no spares, one scenario
     * waiting to count the provider's customers left the other seven workers waiting behind it (a live
     * run's parallelism fell to one for minutes). A spare worker runs another scenario meanwhile; the
     * first Before hook (ScenarioAdmission, LiveAdmission) keeps the scenarios running their steps at
     * {@code parallelism}. On the emulator no scenario waits for its start, so there are no spares
     * (nor the threads that joins of the engine's containers would otherwise add).
     */
    private record Fixed(int parallelism, int spares) implements ParallelExecutionConfiguration {

        @Override
        public int getParallelism() {
            return parallelism;
        }

        @Override
        public int getMinimumRunnable() {
            return parallelism;
        }

        @Override
        public int getMaxPoolSize() {
            return parallelism + spares;
        }

        @Override
        public int getCorePoolSize() {
            return parallelism;
        }

        @Override
        public int getKeepAliveSeconds() {
            return 30;
        }

        @Override
        public Predicate<? super ForkJoinPool> getSaturatePredicate() {
            return pool -> true; // past the spares a waiting worker waits without a replacement
        }
    }
}
