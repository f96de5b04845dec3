package org.partnersandbox.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;

/** How many scenarios run at once, per target (system properties here; the environment works the same way). */
class TargetParallelismTest {

    private static final ConfigurationParameters NONE = new ConfigurationParameters() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> getBoolean(String key) {
            return Optional.empty();
        }

        @Override
        public java.util.Set<String> keySet() {
            return java.util.Set.of();
        }
    };

    private final String savedTarget = System.getProperty(SuiteConfig.TARGET);
    private final String savedParallelism = System.getProperty(TargetParallelism.PARALLELISM);

    @AfterEach
    void restore() {
        ScenarioAdmission.forget();
        restore(SuiteConfig.TARGET, savedTarget);
        restore(TargetParallelism.PARALLELISM, savedParallelism);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void the_emulator_and_the_live_target_run_eight_scenarios_at_once() {
        System.clearProperty(TargetParallelism.PARALLELISM);
        System.setProperty(SuiteConfig.TARGET, "emulator");
        assertThat(new TargetParallelism().createConfiguration(NONE).getParallelism()).isEqualTo(8);
        assertThat(new TargetParallelism().createConfiguration(NONE).getMaxPoolSize()).as("no scenario waits: no spares").isEqualTo(8);
        assertThat(TargetParallelism.scenariosAtOnce()).isEqualTo(8);
        System.setProperty(SuiteConfig.TARGET, "live");
        assertThat(new TargetParallelism().createConfiguration(NONE).getParallelism()).isEqualTo(8);
        assertThat(TargetParallelism.scenariosAtOnce()).isEqualTo(8);
    }

    @Test
    void workers_that_wait_for_their_start_are_replaced_and_the_places_stay_at_the_count() throws Exception {
        System.setProperty(SuiteConfig.TARGET, "live");
        System.setProperty(TargetParallelism.PARALLELISM, "2");
        var configuration = new TargetParallelism().createConfiguration(NONE);
        assertThat(configuration.getMinimumRunnable()).as("a blocked worker is replaced").isEqualTo(2);
        assertThat(configuration.getMaxPoolSize()).as("room for spare workers").isGreaterThan(100);

        ScenarioAdmission.Place first = ScenarioAdmission.enter();
        ScenarioAdmission.Place second = ScenarioAdmission.enter();
        CompletableFuture<ScenarioAdmission.Place> third = CompletableFuture.supplyAsync(ScenarioAdmission::enter);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !third.isDone());
        first.close();
        first.close(); // a second close gives back nothing more
        ScenarioAdmission.Place thirdPlace = third.get(5, TimeUnit.SECONDS);
        assertThat(ScenarioAdmission.free()).as("two places, both taken again").isZero();
        second.close();
        thirdPlace.close();
        assertThat(ScenarioAdmission.free()).as("both given back, once each").isEqualTo(2);
    }

    @Test
    void a_live_run_goes_eight_at_a_time_however_it_is_launched_since_its_locks_are_in_the_suite() {
        System.clearProperty(TargetParallelism.PARALLELISM);
        System.setProperty(SuiteConfig.TARGET, "live");
        assertThat(new TargetParallelism().createConfiguration(NONE).getParallelism()).isEqualTo(8);
        System.setProperty(TargetParallelism.PARALLELISM, "3");
        assertThat(new TargetParallelism().createConfiguration(NONE).getParallelism()).isEqualTo(3);
    }

    @Test
    void sandbox_parallelism_overrides_either_and_a_bad_value_names_the_key() {
        System.setProperty(SuiteConfig.TARGET, "live");
        System.setProperty(TargetParallelism.PARALLELISM, "3");
        assertThat(new TargetParallelism().createConfiguration(NONE).getParallelism()).isEqualTo(3);
        System.setProperty(TargetParallelism.PARALLELISM, "many");
        assertThatThrownBy(() -> new TargetParallelism().createConfiguration(NONE))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("sandbox.parallelism");
    }
}
