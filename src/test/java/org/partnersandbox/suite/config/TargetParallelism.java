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
 * accounts, so they run side by side: {@value #EMULATOR_DEFAULT} at a time, suited to two cores
 * (scenarios mostly wait on HTTP). On the live target they share one provider's quota and tenant:
 * {@value #LIVE_DEFAULT} at a time, with the exclusive-resource locks of the {@code live} Maven
 * profile keeping the scenarios that count the quota apart. A live run mostly waits on the
 * sandbox's listing lag and absence settles, not on calls: against a remote sandbox of 300 ms a call
 * and 500 calls a minute, 8 at once took 487–587 s where 4 took 661 s and 16 no less than 8, with some
 * 100 calls a minute and no 429 (README, "The live run's time"). Read from -D and the environment
 * only: the engine decides this before the suite reads its configuration files.
 */
public final class TargetParallelism implements ParallelExecutionConfigurationStrategy {

    static final int EMULATOR_DEFAULT = 4;
    public static final int LIVE_DEFAULT = 8;
    public static final String PARALLELISM = "sandbox.parallelism";

    /**
     * Set with the live locks (pom: live.executionLocks) as {@code cucumber.execution.parallel.config.live-locks};
     * the engine hands this strategy only the keys under {@code cucumber.execution.parallel.config.}, without it.
     */
    static final String LIVE_LOCKS_ON = "live-locks";

    /**
     * The live default is safe only with the live locks: without them (a launch that bypasses the
     * pom's live profile, e.g. from an IDE) the scenarios that count a provider's customers would run
     * beside ones that create customers, so such a run goes one scenario at a time unless
     * {@code sandbox.parallelism} says otherwise.
     */
    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters parameters) {
        boolean unlockedLiveDefault = live() && setting(PARALLELISM).isEmpty() && parameters.get(LIVE_LOCKS_ON).isEmpty();
        return new Fixed(unlockedLiveDefault ? 1 : scenariosAtOnce());
    }

    /** How many scenarios this run executes at once (also read by the console, suite/console/ScenarioProgress). */
    public static int scenariosAtOnce() {
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

    /** At most {@code parallelism} scenarios at once: the pool never grows past it (max pool size = parallelism). */
    private record Fixed(int parallelism) implements ParallelExecutionConfiguration {
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
            return parallelism;
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
            return pool -> true; // never add threads beyond the fixed count: a blocked scenario waits
        }
    }
}
