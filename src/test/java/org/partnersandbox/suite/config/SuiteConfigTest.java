package org.partnersandbox.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** Runs on the project's real config/ files, with system properties and environment given by each test. */
class SuiteConfigTest {

    private static final Path CONFIG_DIR = Path.of("config");

    private static final Map<String, String> LIVE_CREDENTIALS = Map.of(
            "SANDBOX_INDIRECTPROVIDER_TENANTID", "0e195b37-4574-4539-bc42-0e539b9684c0",
            "SANDBOX_INDIRECTPROVIDER_CLIENTID", "5d3b1a6e-0000-4000-8000-000000000001",
            "SANDBOX_INDIRECTPROVIDER_CLIENTSECRET", "not-a-real-secret",
            "SANDBOX_INDIRECTPROVIDER_REFRESHTOKEN", "not-a-real-refresh-token");

    @Test
    void the_emulator_is_the_default_target_and_the_suite_starts_it() {
        SuiteConfig config = load(Map.of(), Map.of());

        assertThat(config.target()).isEqualTo(Target.EMULATOR);
        assertThat(config.baseUrl()).as("no base URL: the suite starts an emulator").isEmpty();
        assertThat(config.resource()).isEqualTo("https://api.partnercenter.microsoft.com");
    }

    @Test
    void an_unknown_target_fails_in_one_line_that_names_the_key() {
        ConfigurationException error = configurationError(Map.of("sandbox.target", "foo"), Map.of());

        assertThat(error).hasMessage(
                "Configuration: set sandbox.target (or SANDBOX_TARGET) to emulator or live; got 'foo'");
        assertThat(error.getStackTrace()).as("no stack trace to scroll through").isEmpty();
    }

    @Test
    void an_unknown_target_from_the_environment_fails_the_same_way() {
        assertThat(configurationError(Map.of(), Map.of("SANDBOX_TARGET", "staging")))
                .hasMessage("Configuration: set sandbox.target (or SANDBOX_TARGET) to emulator or live; got 'staging'");
    }

    @Test
    void the_live_target_loads_without_credentials_which_are_checked_per_role_and_scenario() {
        SuiteConfig config = load(Map.of("sandbox.target", "live"), Map.of());

        assertThat(config.target()).isEqualTo(Target.LIVE);
        assertThat(config.optional("sandbox.indirectProvider.tenantId")).isEmpty();
    }

    @Test
    void a_dry_run_is_true_or_false_and_nothing_else() {
        assertThat(load(Map.of("sandbox.dryRun", "TRUE"), Map.of()).dryRun()).isTrue();
        assertThat(load(Map.of(), Map.of()).dryRun()).isFalse();
        assertThatThrownBy(() -> load(Map.of("sandbox.dryRun", "yes"), Map.of()).dryRun())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Configuration: set sandbox.dryRun (or SANDBOX_DRYRUN) to true or false; got 'yes'");
    }

    @Test
    void http_timeouts_retries_and_poll_interval_have_defaults_and_are_checked() {
        SuiteConfig config = load(Map.of(), Map.of("SANDBOX_HTTP_READTIMEOUTMILLIS", "1500"));

        assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        // config/emulator.properties: a short retry budget, so the @resilience scenarios stay quick
        assertThat(config.maxRetries()).isEqualTo(3);
        assertThat(config.firstBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(configurationError(Map.of("sandbox.http.maxRetries", "-1"), Map.of())).hasMessage(
                "Configuration: set sandbox.http.maxRetries (or SANDBOX_HTTP_MAXRETRIES) to a whole number; got '-1'");
    }

    @Test
    void the_live_target_reads_its_file_and_credentials_from_the_environment() {
        SuiteConfig config = load(Map.of(), with(LIVE_CREDENTIALS, "SANDBOX_TARGET", "live"));

        assertThat(config.target()).isEqualTo(Target.LIVE);
        assertThat(config.baseUrl()).hasValue("https://api.partnercenter.microsoft.com");
        assertThat(config.authority()).hasValue("https://login.microsoftonline.com");
        assertThat(config.visibilityTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.required("sandbox.indirectProvider.refreshToken")).isEqualTo("not-a-real-refresh-token");
    }

    @Test
    void a_system_property_beats_the_environment_which_beats_the_file() {
        Map<String, String> env = Map.of("SANDBOX_BASEURL", "http://127.0.0.1:9090", "SANDBOX_VISIBILITYTIMEOUTSECONDS", "3");

        assertThat(load(Map.of(), env).baseUrl()).hasValue("http://127.0.0.1:9090");
        assertThat(load(Map.of(), env).visibilityTimeout()).as("environment over file").isEqualTo(Duration.ofSeconds(3));
        assertThat(load(Map.of("sandbox.baseUrl", "http://127.0.0.1:8080/"), env).baseUrl())
                .as("system property over environment, trailing slash dropped")
                .hasValue("http://127.0.0.1:8080");
    }

    @Test
    void a_base_url_that_is_not_a_url_fails_in_one_line_that_names_the_key() {
        assertThat(configurationError(Map.of("sandbox.baseUrl", "localhost:8080"), Map.of())).hasMessage(
                "Configuration: set sandbox.baseUrl (or SANDBOX_BASEURL) to an http(s) URL; got 'localhost:8080'");
    }

    @Test
    void a_timeout_that_is_not_a_number_fails_in_one_line_that_names_the_key() {
        assertThat(configurationError(Map.of("sandbox.visibilityTimeoutSeconds", "ten"), Map.of())).hasMessage(
                "Configuration: set sandbox.visibilityTimeoutSeconds (or SANDBOX_VISIBILITYTIMEOUTSECONDS)"
                        + " to a whole number of seconds; got 'ten'");
    }

    @Test
    void environment_names_follow_smallrye_mapping() {
        assertThat(SuiteConfig.environmentName("sandbox.baseUrl")).isEqualTo("SANDBOX_BASEURL");
        assertThat(SuiteConfig.environmentName("sandbox.indirectProvider.clientSecret"))
                .isEqualTo("SANDBOX_INDIRECTPROVIDER_CLIENTSECRET");
    }

    private static SuiteConfig load(Map<String, String> systemProperties, Map<String, String> environment) {
        List<ConfigSource> sources = List.of(
                new PropertiesConfigSource(systemProperties, "test system properties", 400),
                new EnvConfigSource(environment, 300));
        return SuiteConfig.load(sources, CONFIG_DIR);
    }

    private static ConfigurationException configurationError(Map<String, String> systemProperties,
                                                             Map<String, String> environment) {
        ConfigurationException error = catchThrowableOfType(ConfigurationException.class,
                () -> load(systemProperties, environment));
        assertThat(error).as("a ConfigurationException").isNotNull();
        return error;
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
