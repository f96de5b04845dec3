package org.partnersandbox.emulator;

import io.javalin.Javalin;
import org.partnersandbox.emulator.auth.TokenIssuer;
import org.partnersandbox.emulator.domain.Sandbox;

import java.time.Clock;

/** A running emulator of the Partner Center integration sandbox. Close it to stop it. */
public final class Emulator implements AutoCloseable {

    private final Javalin app;
    private final String baseUrl;

    private Emulator(Javalin app, String baseUrl) {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /** Reads the seed files, builds the sandbox and starts serving. */
    public static Emulator start(EmulatorSettings settings) {
        Clock clock = Clock.systemUTC();
        Sandbox sandbox = new Sandbox(SeedFiles.accounts(settings.accountsFile()), SeedFiles.offers(settings.offersFile()), clock);
        TokenIssuer tokens = new TokenIssuer(clock, settings.tokenLifetime());
        Javalin app = EmulatorServer.build(sandbox, tokens).start(settings.host(), settings.port());
        return new Emulator(app, "http://" + settings.host() + ":" + app.port());
    }

    /** e.g. {@code http://127.0.0.1:41234}, no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
