package org.partnersandbox.suite.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.partnersandbox.emulator.Emulator;
import org.partnersandbox.emulator.EmulatorSettings;
import org.partnersandbox.suite.actors.ConfiguredPartnerDirectory;
import org.partnersandbox.suite.actors.EmulatorPartnerDirectory;
import org.partnersandbox.suite.actors.PartnerDirectory;
import org.partnersandbox.suite.client.FormPostTokenProvider;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.ScenarioHttp;
import org.partnersandbox.suite.client.Secret;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.client.TokenProvider;

/**
 * What one run of the suite shares: its configuration, the target's base URL, the embedded
 * emulator when the suite started one (once per run), and the token provider. Scenario state
 * never lives here; it lives in {@link ScenarioContext}.
 */
public final class SandboxRun {

    private static SandboxRun current;

    private final SuiteConfig config;
    private final String baseUrl;
    private final Emulator emulator;
    private final TokenProvider tokens;

    private SandboxRun(SuiteConfig config, String baseUrl, Emulator emulator, TokenProvider tokens) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.emulator = emulator;
        this.tokens = tokens;
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
        TokenProvider tokens = config.target() == Target.EMULATOR
                ? new FormPostTokenProvider(config.authority().orElse(baseUrl), config.resource())
                : SandboxRun::liveSignInNotBuiltYet;
        return new SandboxRun(config, baseUrl, emulator, tokens);
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

    /** The scenario's partner directory: fresh emulator accounts, or the configured live ones. */
    public PartnerDirectory partnerDirectory(ScenarioHttp http) {
        return config.target() == Target.EMULATOR ? new EmulatorPartnerDirectory(http) : new ConfiguredPartnerDirectory(config);
    }

    /** The live target's msal4j sign-in is a later issue; until then its scenarios are not-run. */
    private static Secret liveSignInNotBuiltYet(PartnerAccount account, TokenKind kind) {
        throw NotRun.because("signing in to the live sandbox (msal4j) is not built yet");
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
