package org.partnersandbox.emulator;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import org.partnersandbox.emulator.auth.TokenIssuer;
import org.partnersandbox.emulator.domain.Sandbox;
import org.partnersandbox.emulator.ops.Operations;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;

/** A running emulator of the Partner Center integration sandbox. Close it to stop it. */
public final class Emulator implements AutoCloseable {

    private final Javalin app;
    private final String baseUrl;
    private final Operations ops;

    private Emulator(Javalin app, String baseUrl, Operations ops) {
        this.app = app;
        this.baseUrl = baseUrl;
        this.ops = ops;
    }

    /** Reads the seed files, builds the sandbox and starts serving. */
    public static Emulator start(EmulatorSettings settings) {
        Clock clock = Clock.systemUTC();
        TokenIssuer tokens = new TokenIssuer(clock, settings.tokenLifetime()); // first: its key is made while the rest starts
        Sandbox sandbox = new Sandbox(SeedFiles.accounts(settings.accountsFile()), SeedFiles.offers(settings.offersFile()),
                clock, settings.operations().visibilityDelay());
        Operations ops = new Operations(settings.operations(), settings.host(), settings.port(), sandbox);
        Javalin app = EmulatorServer.build(sandbox, tokens, ops).start(settings.host(), settings.port());
        return new Emulator(app, ops.scheme() + "://" + settings.host() + ":" + app.port(), ops);
    }

    /** e.g. {@code http://127.0.0.1:41234} ({@code https://} in the remote-sandbox profile), no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return app.port();
    }

    /** The self-signed certificate to trust, when serving HTTPS (remote-sandbox profile). */
    public Optional<X509Certificate> certificate() {
        return ops.certificate().map(c -> c.certificate());
    }

    /** Where that certificate was written as PEM, when it was ({@code --certificate-out}). */
    public Optional<Path> certificateFile() {
        return ops.certificateFile();
    }

    /** How the running app decides what to compress ({@link EmulatorServer#compression}): for its tests. */
    CompressionStrategy compression() {
        return app.unsafe.http.compressionStrategy;
    }

    @Override
    public void close() {
        app.stop();
    }
}
