package org.partnersandbox.emulator.ops;

import io.javalin.config.JettyConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Serves the emulator over HTTPS only: one Jetty connector with the start-up certificate, on the
 * host and port of the settings (Javalin adds its own HTTP connector only when none is configured).
 */
public final class HttpsTransport {

    private final SelfSignedCertificate certificate;

    public HttpsTransport(SelfSignedCertificate certificate) {
        this.certificate = certificate;
    }

    public void configure(JettyConfig jetty, String host, int port) {
        jetty.addConnector((server, httpConfig) -> {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStore(certificate.keyStore());
            tls.setKeyStorePassword(new String(SelfSignedCertificate.keyStorePassword()));
            httpConfig.addCustomizer(new SecureRequestCustomizer());
            ServerConnector connector = new ServerConnector(server,
                    new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(httpConfig));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }
}
