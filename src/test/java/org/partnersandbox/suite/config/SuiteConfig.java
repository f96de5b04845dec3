package org.partnersandbox.suite.config;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The suite's settings. Sources, strongest first: system properties ({@code -Dsandbox.baseUrl=...},
 * ordinal 400), environment variables ({@code SANDBOX_BASEURL}, ordinal 300, SmallRye's mapping:
 * every character that is not a letter or digit becomes {@code _}, then upper case), and the
 * target's file {@code config/<target>.properties} (ordinal {@value #FILE_ORDINAL}).
 */
public final class SuiteConfig {

    public static final String TARGET = "sandbox.target";
    public static final String BASE_URL = "sandbox.baseUrl";
    public static final String AUTHORITY = "sandbox.authority";
    public static final String RESOURCE = "sandbox.resource";
    public static final String VISIBILITY_TIMEOUT = "sandbox.visibilityTimeoutSeconds";
    /** Poll interval of reads that wait for a change to show (Awaitility). */
    public static final String POLL_INTERVAL = "sandbox.pollIntervalMillis";
    public static final String ABSENCE_SETTLE = "sandbox.absenceSettleSeconds";
    /** Every HTTP call: connect and read timeouts. */
    public static final String CONNECT_TIMEOUT = "sandbox.http.connectTimeoutMillis";
    public static final String READ_TIMEOUT = "sandbox.http.readTimeoutMillis";
    /** How often a 429 or 503 answer is retried (Retry-After, else exponential backoff with jitter). */
    public static final String MAX_RETRIES = "sandbox.http.maxRetries";
    /** First wait of the exponential backoff when a 429/503 gives no Retry-After; doubles per retry. */
    public static final String FIRST_BACKOFF = "sandbox.http.firstBackoffMillis";
    /** Calls a minute per partner tenant the client keeps within (client/CallPace); 0 = no pace. */
    public static final String CALLS_PER_MINUTE = "sandbox.http.callsPerMinute";
    /** Longest wait between two attempts, whatever Retry-After says. */
    public static final String MAX_RETRY_DELAY = "sandbox.http.maxRetryDelaySeconds";
    /** List what a live run would do, and make no request. */
    public static final String DRY_RUN = "sandbox.dryRun";
    /** Written, never read: the base URL the run really used (a report plugin reads it). */
    public static final String RESOLVED_BASE_URL = "sandbox.resolvedBaseUrl";

    /** Below the environment (300), so that both -D and environment variables override the file. */
    static final int FILE_ORDINAL = 250;

    /**
     * The live target needs its endpoints; credentials are per role and optional: a scenario whose
     * role has none is not-run (live/LiveCredentials), and live.allowedTenants is checked before
     * the first call (live/SandboxDeclaration).
     */
    static final List<String> LIVE_REQUIRED = List.of(BASE_URL, AUTHORITY);

    private final Target target;
    private final SmallRyeConfig config;

    private SuiteConfig(Target target, SmallRyeConfig config) {
        this.target = target;
        this.config = config;
    }

    /** From this JVM's system properties and environment, and the files under {@code config/}. */
    public static SuiteConfig load() {
        return load(List.of(new SysPropConfigSource(), new EnvConfigSource(System.getenv(), 300)), Path.of("config"));
    }

    /** From the given overriding sources (tests give their own) and the target files in {@code configDir}. */
    public static SuiteConfig load(List<ConfigSource> overrides, Path configDir) {
        Target target = chooseTarget(build(overrides).getOptionalValue(TARGET, String.class).orElse(Target.EMULATOR.key()));
        List<ConfigSource> sources = new ArrayList<>(overrides);
        sources.add(targetFile(configDir, target));
        SuiteConfig suiteConfig = new SuiteConfig(target, build(sources));
        suiteConfig.checkRequired();
        return suiteConfig;
    }

    public Target target() {
        return target;
    }

    /** The Partner Center base URL without a trailing slash; absent for the emulator target means "start one". */
    public Optional<String> baseUrl() {
        return optional(BASE_URL).map(url -> checkedUrl(BASE_URL, url));
    }

    /** Where tokens come from; for the emulator target, absent means "the emulator itself". */
    public Optional<String> authority() {
        return optional(AUTHORITY).map(url -> checkedUrl(AUTHORITY, url));
    }

    /** The {@code resource} that tokens are asked for. */
    public String resource() {
        return required(RESOURCE);
    }

    /** How long a change may take to show in a listing (the live sandbox is eventually consistent). */
    public Duration visibilityTimeout() {
        String value = optional(VISIBILITY_TIMEOUT).orElse("10");
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("set " + described(VISIBILITY_TIMEOUT) + " to a whole number of seconds; got '" + value + "'");
        }
    }

    /**
     * How long an absence must last before the suite trusts it ("no customer has been created",
     * "no longer listed"): on a lagging sandbox a resource made a moment ago is not listed yet, so
     * one read that misses it proves nothing. 0: one read is enough (a target without lag).
     */
    public Duration absenceSettle() {
        return Duration.ofSeconds(number(ABSENCE_SETTLE, 0));
    }

    /** How often a read that waits for a change polls. */
    public Duration pollInterval() {
        return Duration.ofMillis(number(POLL_INTERVAL, 500));
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(number(CONNECT_TIMEOUT, 10_000));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(number(READ_TIMEOUT, 60_000));
    }

    public int maxRetries() {
        return (int) number(MAX_RETRIES, 4);
    }

    public Duration firstBackoff() {
        return Duration.ofMillis(number(FIRST_BACKOFF, 500));
    }

    public int callsPerMinute() {
        return (int) number(CALLS_PER_MINUTE, 0);
    }

    public Duration maxRetryDelay() {
        return Duration.ofSeconds(number(MAX_RETRY_DELAY, 120));
    }

    public boolean dryRun() {
        // strict: a mistyped value ("yes", "ture") must not silently become a real live run
        return optional(DRY_RUN).map(value -> switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException("set " + described(DRY_RUN) + " to true or false; got '" + value + "'");
        }).orElse(false);
    }

    /** A whole, non-negative number, or a one-line {@link ConfigurationException} naming the key. */
    public long number(String key, long fallback) {
        String value = optional(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, in one line
        }
        throw new ConfigurationException("set " + described(key) + " to a whole number; got '" + value + "'");
    }

    public Optional<String> optional(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The value of {@code key}, or a one-line {@link ConfigurationException} naming it. */
    public String required(String key) {
        return optional(key).orElseThrow(() ->
                new ConfigurationException("set " + described(key) + " for the " + target.key() + " target"));
    }

    /** SmallRye's environment variable name for a key: {@code sandbox.baseUrl} -> {@code SANDBOX_BASEURL}. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public static String described(String key) {
        return key + " (or " + environmentName(key) + ")";
    }

    private void checkRequired() {
        required(RESOURCE);
        if (target == Target.LIVE) {
            LIVE_REQUIRED.forEach(this::required);
        }
        baseUrl();
        authority();
        visibilityTimeout();
        absenceSettle();
        pollInterval();
        connectTimeout();
        readTimeout();
        maxRetries();
        firstBackoff();
        callsPerMinute();
        maxRetryDelay();
    }

    private static Target chooseTarget(String value) {
        return Target.byKey(value.trim()).orElseThrow(() ->
                new ConfigurationException("set " + described(TARGET) + " to emulator or live; got '" + value + "'"));
    }

    private static ConfigSource targetFile(Path configDir, Target target) {
        Path file = configDir.resolve(target.key() + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(file + " is missing; run from the project directory");
        }
        try {
            return new PropertiesConfigSource(file.toUri().toURL(), FILE_ORDINAL);
        } catch (IOException e) {
            throw new ConfigurationException(file + " cannot be read: " + e.getMessage());
        }
    }

    private static String checkedUrl(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Urls.withoutTrailingSlashes(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below, in one line
        }
        throw new ConfigurationException("set " + described(key) + " to an http(s) URL; got '" + value + "'");
    }

    private static SmallRyeConfig build(List<ConfigSource> sources) {
        return new SmallRyeConfigBuilder().withSources(sources.toArray(ConfigSource[]::new)).build();
    }
}
