package org.partnersandbox.emulator.ops;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The HTTPS identity of one emulator run: an RSA 2048 key and a self-signed certificate, made at
 * start-up and never stored with its key, valid for two days, whose SAN covers 127.0.0.1, localhost
 * and the bound host. A client trusts exactly this certificate (its PEM) and nothing else.
 * BouncyCastle only builds and writes the certificate; signing uses the JDK's own provider, so the
 * shaded jar needs no signed BouncyCastle provider.
 */
public final class SelfSignedCertificate {

    static final Duration VALIDITY = Duration.ofDays(2);
    private static final char[] KEYSTORE_PASSWORD = "emulator".toCharArray();

    private final KeyPair keys;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A fresh certificate for {@code host} (besides 127.0.0.1 and localhost). */
    public static SelfSignedCertificate generate(String host) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=partner-sandbox-emulator");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames(host));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new SelfSignedCertificate(keys, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot create the emulator's HTTPS certificate: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate, PEM-encoded ({@code -----BEGIN CERTIFICATE-----}). */
    public String pem() {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes {@link #pem()} to {@code file}, creating its folder. */
    public Path writePem(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, pem());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the certificate to " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The key and certificate as an in-memory key store, for the HTTPS connector. */
    KeyStore keyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("emulator", keys.getPrivate(), KEYSTORE_PASSWORD, new X509Certificate[]{certificate});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot hold the emulator's HTTPS key: " + e.getMessage(), e);
        }
    }

    static char[] keyStorePassword() {
        return KEYSTORE_PASSWORD.clone();
    }

    private static GeneralNames subjectAlternativeNames(String host) {
        Set<String> names = new LinkedHashSet<>(List.of("127.0.0.1", "localhost"));
        if (host != null && !host.isBlank() && !host.equals("0.0.0.0") && !host.equals("::")) {
            names.add(host);
        }
        List<GeneralName> general = new ArrayList<>();
        for (String name : names) {
            general.add(new GeneralName(isIpAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    /** An IPv4 or IPv6 literal (a SAN of type iPAddress), as opposed to a DNS name. */
    private static boolean isIpAddress(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.contains(":");
    }
}
