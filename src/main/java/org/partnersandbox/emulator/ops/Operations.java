package org.partnersandbox.emulator.ops;

import io.javalin.config.JettyConfig;
import org.partnersandbox.emulator.domain.Sandbox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The operational side of one emulator run, built from {@link OperationalSettings}: the transport
 * (HTTP, or HTTPS with a certificate made now), latency, throttling and fault injection. Throttle
 * counters and armed faults are registered with the sandbox, so {@code POST /_emulator/reset}
 * clears them too. Eventual consistency lives in the domain ({@code Sandbox#visibility()}).
 */
public final class Operations {

    private final FaultInjection faults;
    private final Latency latency;
    private final Throttle throttle;
    private final AnswerDrift drift;
    private final SelfSignedCertificate certificate;
    private final Path certificateFile;
    private final String host;
    private final int port;

    public Operations(OperationalSettings settings, String host, int port, Sandbox sandbox) {
        this.host = host;
        this.port = port;
        this.faults = sandbox.register(new FaultInjection(sandbox.clock()));
        this.latency = new Latency(settings.latency());
        this.throttle = sandbox.register(new Throttle(settings.throttleLimit(), settings.throttleWindow(), sandbox.clock()));
        this.drift = new AnswerDrift(settings.driftExtraField());
        this.certificate = settings.https() ? SelfSignedCertificate.generate(host) : null;
        this.certificateFile = certificate != null && settings.certificateOut() != null
                ? certificate.writePem(settings.certificateOut()) : null;
    }

    /** Nothing operational: plain HTTP, no latency, no limit (faults can still be armed). */
    public static Operations plain(Sandbox sandbox) {
        return new Operations(OperationalSettings.plain(), "127.0.0.1", 0, sandbox);
    }

    public FaultInjection faults() {
        return faults;
    }

    public Latency latency() {
        return latency;
    }

    public Throttle throttle() {
        return throttle;
    }

    /** Off unless started with {@code --drift-extra-field}. */
    public AnswerDrift drift() {
        return drift;
    }

    public String scheme() {
        return certificate == null ? "http" : "https";
    }

    /** The HTTPS certificate a client must trust, when serving HTTPS. */
    public Optional<SelfSignedCertificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** Where its PEM was written, when it was. */
    public Optional<Path> certificateFile() {
        return Optional.ofNullable(certificateFile);
    }

    /** Puts the HTTPS connector in place of Javalin's HTTP one, when serving HTTPS. */
    public void configureTransport(JettyConfig jetty) {
        if (certificate != null) {
            new HttpsTransport(certificate).configure(jetty, host, port);
        }
    }
}
