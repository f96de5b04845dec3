package org.partnersandbox.suite.hooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.partnersandbox.emulator.Emulator;
import org.partnersandbox.emulator.EmulatorSettings;
import org.partnersandbox.suite.actors.ConfiguredAccounts;
import org.partnersandbox.suite.actors.EmulatorAccounts;
import org.partnersandbox.suite.actors.AccountSource;
import org.partnersandbox.suite.client.CallWatch;
import org.partnersandbox.suite.client.FormPostTokenProvider;
import org.partnersandbox.suite.client.CallPace;
import org.partnersandbox.suite.client.EmulatorAdmin;
import org.partnersandbox.suite.client.HttpSettings;
import org.partnersandbox.suite.client.TokenProvider;
import org.partnersandbox.suite.client.Transcript;
import org.partnersandbox.suite.config.ConfigurationException;
import org.partnersandbox.suite.config.SuiteConfig;
import org.partnersandbox.suite.config.Target;
import org.partnersandbox.suite.live.LiveRun;

/**
 * What one run of the suite shares: its configuration, the target's base URL, the embedded
 * emulator when the suite started one (once per run), the token provider, and on the live target
 * the {@link LiveRun} (sandbox check, lock, janitor, ledger, quota). Scenario state
 * never lives here; it lives in {@code scenario/ScenarioContext}.
 */
public final class SandboxRun {

    private static SandboxRun current;

    private final SuiteConfig config;
    private final String baseUrl;
    private final Emulator emulator;
    private final TokenProvider tokens;
    private final LiveRun live;
    private final HttpSettings http;
    private final EmulatorAdmin admin;

    private SandboxRun(SuiteConfig config, String baseUrl, Emulator emulator, TokenProvider tokens, LiveRun live) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.emulator = emulator;
        this.tokens = tokens;
        this.live = live;
        this.http = live != null ? live.http() : emulatorHttp(config);
        this.admin = live != null ? null : new EmulatorAdmin(baseUrl, http);
    }

    private static HttpSettings emulatorHttp(SuiteConfig config) {
        return new HttpSettings(config.connectTimeout(), config.readTimeout(), config.maxRetries(), config.maxRetryDelay(),
                java.util.Optional.empty()).withFirstBackoff(config.firstBackoff());
    }

    /** The run, opened on first use: configuration read and checked, emulator started if needed. */
    public static synchronized SandboxRun current() {
        if (current == null) {
            current = open(SuiteConfig.load());
        }
        return current;
    }

    /** Stops the embedded emulator, if this run started one. */
    public static synchronized void finish() {
        if (current != null && current.emulator != null) {
            current.emulator.close();
        }
        if (current != null && current.live != null) {
            current.live.close();
        }
        current = null;
    }

    private static SandboxRun open(SuiteConfig config) {
        Emulator emulator = null;
        String baseUrl;
        if (config.target() == Target.EMULATOR && config.baseUrl().isEmpty()) {
            emulator = Emulator.start(EmulatorSettings.defaults());
            baseUrl = emulator.baseUrl();
        } else {
            baseUrl = config.baseUrl().orElseThrow();
            if (config.target() == Target.EMULATOR) {
                checkAnswers(baseUrl);
            }
        }
        // read by the capability report plugin
        System.setProperty(SuiteConfig.RESOLVED_BASE_URL, baseUrl);
        if (System.getProperty(SuiteConfig.TARGET) == null) {
            System.setProperty(SuiteConfig.TARGET, config.target().key());
        }
        CallPace.use(config.callsPerMinute());
        if (config.target() == Target.LIVE) {
            LiveRun live = LiveRun.open(config, baseUrl, System.out);
            return new SandboxRun(config, baseUrl, null, live.tokens(), live);
        }
        TokenProvider tokens = new FormPostTokenProvider(config.authority().orElse(baseUrl), config.resource(),
                emulatorHttp(config));
        return new SandboxRun(config, baseUrl, emulator, tokens, null);
    }

    public SuiteConfig config() {
        return config;
    }

    public Target target() {
        return config.target();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public TokenProvider tokens() {
        return tokens;
    }

    /**
     * Where the scenario's accounts come from: fresh emulator accounts (their provisioning written to
     * the scenario's {@code transcript}), or the configured live ones.
     */
    public AccountSource accountSource(Transcript transcript) {
        return live == null ? new EmulatorAccounts(admin, transcript) : new ConfiguredAccounts(live);
    }

    /** Timeouts, retries and trust of every call of this run. */
    public HttpSettings httpSettings() {
        return http;
    }

    /** The live run's guard and ledger over every call; nothing on the emulator. */
    public CallWatch callWatch() {
        return live == null ? CallWatch.NONE : live.watch();
    }

    /** The live run (ledger, quota, dry run), empty on the emulator target. */
    public java.util.Optional<LiveRun> live() {
        return java.util.Optional.ofNullable(live);
    }

    /** An emulator named by sandbox.baseUrl must answer, or the run stops at once with one line. */
    private static void checkAnswers(String baseUrl) {
        HttpRequest ping = HttpRequest.newBuilder(URI.create(baseUrl + "/_emulator/accounts"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(ping, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new ConfigurationException("no emulator answers at " + SuiteConfig.BASE_URL + " = " + baseUrl
                    + " (" + e.getClass().getSimpleName() + "); start one or unset " + SuiteConfig.BASE_URL
                    + " (" + SuiteConfig.environmentName(SuiteConfig.BASE_URL) + ") to let the suite start its own");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("interrupted while checking " + SuiteConfig.BASE_URL + " = " + baseUrl);
        }
    }
}
