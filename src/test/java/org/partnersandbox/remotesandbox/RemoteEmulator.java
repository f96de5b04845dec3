package org.partnersandbox.remotesandbox;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.partnersandbox.suite.live.TrustedCertificate;

/**
 * The emulator in its own process, in the {@code remote-sandbox} profile (HTTPS with a self-signed
 * certificate written to a file, latency, eventual consistency, throttling): what a live run talks
 * to in the tests, as it would to Microsoft. Its admin API provisions accounts and shows its state.
 *
 * <p>As a {@code @RegisterExtension static} field ({@link #forEachClass}, {@link #forEachClassIn}) one
 * emulator serves a whole test class: started before its first test, stopped after its last.
 */
public final class RemoteEmulator implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("Emulator listening on (https://\\S+)");

    /** The emulator process and how to reach it, once started. */
    private record Started(Process process, String baseUrl, Path certificate, HttpClient client) {
    }

    private final Path work;
    private final boolean emptyFirst;
    private final String[] extraFlags;
    private Started started;

    private RemoteEmulator(Path work, boolean emptyFirst, String... extraFlags) {
        this.work = work;
        this.emptyFirst = emptyFirst;
        this.extraFlags = extraFlags;
    }

    /**
     * One emulator for a test class: before its first test, empties {@code work} (ledgers of an
     * earlier run of the test class would count otherwise), then starts the emulator in
     * {@code work/emulator}.
     */
    static RemoteEmulator forEachClass(Path work) {
        return new RemoteEmulator(work, true);
    }

    /** One emulator for a test class, started in {@code workDir} (not emptied) with {@code extraFlags}. */
    static RemoteEmulator forEachClassIn(Path workDir, String... extraFlags) {
        return new RemoteEmulator(workDir, false, extraFlags);
    }

    /** Starts {@code EmulatorMain --profile remote-sandbox --port 0} now; its output goes to {@code workDir/emulator.log}. */
    public static RemoteEmulator start(Path workDir, String... extraFlags) throws IOException {
        RemoteEmulator emulator = new RemoteEmulator(workDir, false, extraFlags);
        emulator.started = launch(workDir, extraFlags);
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (emptyFirst) {
            if (Files.isDirectory(work)) {
                try (Stream<Path> old = Files.walk(work)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            started = launch(work.resolve("emulator"), extraFlags);
        } else {
            started = launch(work, extraFlags);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private static Started launch(Path workDir, String... extraFlags) throws IOException {
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
        HttpClient client = HttpClient.newBuilder().sslContext(TrustedCertificate.read(certificate).sslContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
        return new Started(process, url.get().replaceAll("/+$", ""), certificate, client);
    }

    private Started started() {
        if (started == null) {
            throw new IllegalStateException("the remote emulator in " + work + " is not started: register it as an extension");
        }
        return started;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String baseUrl() {
        return started().baseUrl();
    }

    public Path certificate() {
        return started().certificate();
    }

    /**
     * The variables a user sets for one role of a live run ({@code SANDBOX_<ROLE>_TENANTID}, ...,
     * {@code _REFRESHTOKEN} from a fresh consent), for a provisioned {@code account}.
     */
    public Map<String, String> credentials(JsonNode account) {
        String prefix = "SANDBOX_" + account.path("role").asText().toUpperCase(java.util.Locale.ROOT) + "_";
        Map<String, String> env = new java.util.HashMap<>();
        env.put(prefix + "TENANTID", account.path("tenantId").asText());
        env.put(prefix + "CLIENTID", account.path("app").path("clientId").asText());
        env.put(prefix + "CLIENTSECRET", account.path("app").path("clientSecret").asText());
        env.put(prefix + "REFRESHTOKEN", refreshToken(account));
        env.put(prefix + "PARTNERID", account.path("partnerId").asText());
        env.put(prefix + "COUNTRY", account.path("country").asText());
        return env;
    }

    /** A fresh account of {@code role}, as the emulator's admin API returns it. */
    public JsonNode provision(String role) {
        return post("/_emulator/accounts", "application/json", "{\"role\":\"" + role + "\"}", 201);
    }

    /** A refresh token for the account's user: what the Secure Application Model's consent step gives. */
    String refreshToken(JsonNode account) {
        return passwordGrant(account).path("refresh_token").asText();
    }

    /** The token endpoint's answer to the user's sign-in with its password (password grant). */
    private JsonNode passwordGrant(JsonNode account) {
        String form = Map.of("grant_type", "password", "client_id", account.path("app").path("clientId").asText(),
                        "username", account.path("user").path("userName").asText(),
                        "password", account.path("user").path("password").asText(),
                        "resource", "https://api.partnercenter.microsoft.com")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post("/" + account.path("tenantId").asText() + "/oauth2/token", "application/x-www-form-urlencoded", form, 200);
    }

    /** {@code GET /_emulator/throttle}: per partner tenant, the /v1 calls the throttle admitted and refused. */
    public JsonNode throttle() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_emulator/throttle")).GET(), 200);
    }

    /**
     * What a team configures for a whole-suite live run on its own tenants (README, "Run against your
     * sandbox"), here for fresh accounts of this emulator: every role's credentials, the allowed
     * tenants, the offers, PartnerIDs and the new reseller's region.
     */
    public Map<String, String> wholeSuiteAccounts() {
        Map<String, String> env = new java.util.HashMap<>();
        for (String role : List.of("indirectProvider", "directBillPartner", "productionAccount")) {
            env.putAll(credentials(provision(role)));
        }
        env.put("LIVE_ALLOWEDTENANTS", env.get("SANDBOX_INDIRECTPROVIDER_TENANTID") + "," + env.get("SANDBOX_DIRECTBILLPARTNER_TENANTID"));
        env.put("SANDBOX_OFFER_SUBSCRIPTION", "CFQ7TTC0LH18:0001:CFQ7TTC0K971");
        env.put("SANDBOX_OFFER_RESERVEDINSTANCE", "DZH318Z0BQ4B:0047:DZH318Z0DSM8");
        env.put("SANDBOX_OFFER_PERPETUALSOFTWARE", "DG7GMGF0DWT0:0001:DG7GMGF0DSQR");
        env.put("SANDBOX_PRODUCTIONPARTNERID", "4847383");
        env.put("SANDBOX_NEWRESELLER_PARTNERID", "6363276");
        env.put("SANDBOX_NEWRESELLER_COUNTRY", "US");
        return env;
    }

    /** {@code GET /_emulator/state}. */
    JsonNode state() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_emulator/state")).GET(), 200);
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

    /** An App+User access token for the account's user (password grant), for calls made directly as that partner. */
    String accessToken(JsonNode account) {
        return passwordGrant(account).path("access_token").asText();
    }

    /** One Partner Center call with a bearer token and fresh request ids: its status and raw body. */
    HttpResponse<String> call(String method, String pathAndQuery, String token, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("MS-RequestId", java.util.UUID.randomUUID().toString())
                .header("MS-CorrelationId", java.util.UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            return started().client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a record of every {@code /v1} call from now on, in order: a fault of 1 ms latency that hits
     * every call (the fault log keeps each hit's method, path and time; the last 100).
     */
    void recordCalls() {
        send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_emulator/faults")).DELETE(), 204, false);
        post("/_emulator/faults", "application/json", "{\"path\":\"/v1/*\",\"latencyMs\":1,\"probability\":1}", 201);
    }

    /** The {@code /v1} calls since {@link #recordCalls()}: "METHOD path", in order. */
    List<String> recordedCalls() {
        List<String> calls = new ArrayList<>();
        send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_emulator/faults")).GET(), 200).path(0).path("calls")
                .forEach(c -> calls.add(c.path("method").asText() + " " + c.path("path").asText()));
        return calls;
    }

    private JsonNode post(String path, String contentType, String body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), expected);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        return send(request, expected, true);
    }

    private JsonNode send(HttpRequest.Builder request, int expected, boolean json) {
        try {
            HttpResponse<String> response = started().client().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri().getPath() + " answered " + response.statusCode());
            }
            return json ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (started == null) {
            return;
        }
        Process process = started.process();
        started = null;
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
