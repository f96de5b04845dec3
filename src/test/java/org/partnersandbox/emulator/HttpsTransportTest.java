package org.partnersandbox.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersandbox.emulator.ops.OperationalSettings;
import org.partnersandbox.emulator.ops.Profile;

import javax.net.ssl.SSLHandshakeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remote-sandbox profile serves HTTPS with a certificate made at start-up, written as PEM for clients to trust. */
class HttpsTransportTest {

    @TempDir
    static Path dir;

    private static Emulator emulator;
    private static Path pem;

    @BeforeAll
    static void start() {
        pem = dir.resolve("certs").resolve("emulator.pem");
        emulator = Emulator.start(EmulatorSettings.defaults()
                .withOperations(OperationalSettings.of(Profile.REMOTE_SANDBOX).withCertificateOut(pem)));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void base_url_is_https_and_the_certificate_is_written_where_asked() throws Exception {
        assertThat(emulator.baseUrl()).isEqualTo("https://127.0.0.1:" + emulator.port());
        assertThat(emulator.certificateFile()).contains(pem.toAbsolutePath());
        assertThat(OnlyTrusted.readPem(pem)).as("the PEM file holds the served certificate")
                .isEqualTo(emulator.certificate().orElseThrow());
    }

    @Test
    void a_client_trusting_only_that_certificate_is_answered_on_127_0_0_1_and_localhost() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(OnlyTrusted.sslContext(OnlyTrusted.readPem(pem))).build();
        for (String host : List.of("127.0.0.1", "localhost")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("https://" + host + ":" + emulator.port() + "/_emulator/accounts")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("GET /_emulator/accounts via %s", host).isEqualTo(200);
        }
    }

    @Test
    void a_client_with_the_default_trust_store_is_refused_in_the_handshake() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/_emulator/accounts")).build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void certificate_is_rsa_2048_short_lived_and_names_both_loopback_names() throws Exception {
        X509Certificate certificate = emulator.certificate().orElseThrow();
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        Duration validity = Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
        assertThat(validity).as("validity").isLessThanOrEqualTo(Duration.ofDays(3));
        assertThat(certificate.getSubjectAlternativeNames()).as("SAN")
                .contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        certificate.checkValidity();
    }
}
