package org.partnersandbox.suite.live;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The emulator in its own process, in the {@code remote-sandbox} profile (HTTPS with a self-signed
 * certificate written to a file, latency, eventual consistency, throttling): what a live run talks
 * to in the tests, as it would to Microsoft. Its admin API provisions accounts and shows its state.
 */
final class RemoteEmulator implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("Emulator listening on (https://\\S+)");

    private final Process process;
    private final String baseUrl;
    private final Path certificate;
    private final HttpClient client;

    private RemoteEmulator(Process process, String baseUrl, Path certificate) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.certificate = certificate;
        this.client = HttpClient.newBuilder().sslContext(TrustedCertificate.read(certificate).sslContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts {@code EmulatorMain --profile remote-sandbox --port 0}; its output goes to {@code workDir/emulator.log}. */
    static RemoteEmulator start(Path workDir, String... extraFlags) throws IOException {
        Files.createDirectories(workDir);
        Path certificate = workDir.resolve("emulator-certificate.pem").toAbsolutePath();
        Files.deleteIfExists(certificate);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "org.partnersandbox.emulator.EmulatorMain", "--profile", "remote-sandbox", "--port", "0",
                "--certificate-out", certificate.toString()));
        command.addAll(List.of(extraFlags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicReference<String> url = new AtomicReference<>();
        Path log = workDir.resolve("emulator.log");
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.set(m.group(1));
                    }
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "remote-emulator-output");
        pump.setDaemon(true);
        pump.start();
        try {
            await("the emulator prints its https base URL and writes its certificate").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !process.isAlive() || (url.get() != null && Files.size(certificate) > 0));
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("the emulator stopped at start-up; see " + log);
        }
        return new RemoteEmulator(process, url.get().replaceAll("/+$", ""), certificate);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String baseUrl() {
        return baseUrl;
    }

    Path certificate() {
        return certificate;
    }

    /** A fresh account of {@code role}, as the emulator's admin API returns it. */
    JsonNode provision(String role) {
        return post("/_emulator/accounts", "application/json", "{\"role\":\"" + role + "\"}", 201);
    }

    /** A refresh token for the account's user: what the Secure Application Model's consent step gives. */
    String refreshToken(JsonNode account) {
        String form = Map.of("grant_type", "password", "client_id", account.path("app").path("clientId").asText(),
                        "username", account.path("user").path("userName").asText(),
                        "password", account.path("user").path("password").asText(),
                        "resource", "https://api.partnercenter.microsoft.com")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post("/" + account.path("tenantId").asText() + "/oauth2/token", "application/x-www-form-urlencoded", form, 200)
                .path("refresh_token").asText();
    }

    /** {@code GET /_emulator/state}. */
    JsonNode state() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/_emulator/state")).GET(), 200);
    }

    /** The indirect resellers that exist now and belong to {@code providerTenantId}. */
    List<JsonNode> indirectResellersOf(String providerTenantId) {
        List<JsonNode> found = new ArrayList<>();
        state().path("indirectResellers").forEach(ir -> {
            if (providerTenantId.equals(ir.path("providerTenantId").asText())) {
                found.add(ir);
            }
        });
        return found;
    }

    private JsonNode post(String path, String contentType, String body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), expected);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri().getPath() + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
