package org.partnersandbox.emulator;

import io.javalin.Javalin;

/** A running emulator of the Partner Center integration sandbox. Close it to stop it. */
public final class Emulator implements AutoCloseable {

    private final Javalin app;
    private final String baseUrl;

    private Emulator(Javalin app, String baseUrl) {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /** Starts an emulator (stub: replaced by the real server in the foundation commit). */
    public static Emulator start(EmulatorSettings settings) {
        Javalin app = Javalin.create(cfg -> cfg.startup.showJavalinBanner = false).start(settings.host(), settings.port());
        return new Emulator(app, "http://" + settings.host() + ":" + app.port());
    }

    /** e.g. {@code http://127.0.0.1:41234}, no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        app.stop();
    }
}
