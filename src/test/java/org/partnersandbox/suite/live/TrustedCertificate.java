package org.partnersandbox.suite.live;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.partnersandbox.suite.config.ConfigurationException;
import org.partnersandbox.suite.config.SuiteConfig;

/**
 * The one certificate {@code live.trustCertificate} names (PEM), trusted instead of the JVM's trust
 * store, for the Partner Center calls and for msal4j; nothing JVM-wide changes. Only for an
 * emulator acting as a remote sandbox: against Microsoft the setting stays unset.
 */
public final class TrustedCertificate {

    private final KeyStore trustStore;
    private final SSLContext sslContext;

    private TrustedCertificate(KeyStore trustStore, SSLContext sslContext) {
        this.trustStore = trustStore;
        this.sslContext = sslContext;
    }

    public static TrustedCertificate read(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("trusted", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return new TrustedCertificate(trust, context);
        } catch (Exception e) {
            throw new ConfigurationException("set " + SuiteConfig.described(LiveSettings.TRUST_CERTIFICATE)
                    + " to a readable PEM certificate; '" + pem + "' cannot be used (" + e.getClass().getSimpleName() + ")");
        }
    }

    public KeyStore trustStore() {
        return trustStore;
    }

    public SSLContext sslContext() {
        return sslContext;
    }
}
