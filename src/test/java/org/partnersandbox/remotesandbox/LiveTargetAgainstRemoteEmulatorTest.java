package org.partnersandbox.remotesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live target, proven without internet: the emulator runs as a separate process in the
 * remote-sandbox profile (HTTPS, latency, eventual consistency, throttling) and the suite runs
 * against it in child JVMs exactly as a user runs it against Microsoft: credentials from
 * environment variables, tokens through msal4j, the emulator's certificate trusted only because
 * live.trustCertificate says so. Each test checks the emulator's own state afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveTargetAgainstRemoteEmulatorTest {

    private static final Path WORK = Path.of("target", "live-check");
    private static final String REPRESENTATIVE = "@cap:IR-10 or @cap:IR-20 or @cap:IP-03 or @cap:IP-08 or @cap:IP-10";

    @RegisterExtension
    static final RemoteEmulator emulator = RemoteEmulator.forEachClass(WORK);
    /** Every secret value given to a child run in this class: none may show up in a file under target/. */
    private static final List<String> SECRETS = new ArrayList<>();

    /** A sandbox indirect provider with its client secret and the refresh token of its consent. */
    private static Map<String, String> indirectProvider(RemoteEmulator on, Map<String, String> env) {
        JsonNode provider = on.provision("indirectProvider");
        Map<String, String> credentials = on.credentials(provider);
        SECRETS.add(credentials.get("SANDBOX_INDIRECTPROVIDER_CLIENTSECRET"));
        SECRETS.add(credentials.get("SANDBOX_INDIRECTPROVIDER_REFRESHTOKEN"));
        env.putAll(credentials);
        env.put("LIVE_ALLOWEDTENANTS", provider.path("tenantId").asText());
        return env;
    }

    static Map<String, String> target(RemoteEmulator on, Path runDir) {
        Map<String, String> env = new HashMap<>();
        env.put("SANDBOX_BASEURL", on.baseUrl());
        env.put("SANDBOX_AUTHORITY", on.baseUrl());
        env.put("LIVE_TRUSTCERTIFICATE", on.certificate().toString());
        env.put("LIVE_LEDGERDIR", runDir.resolve("ledger").toString());
        env.put("SANDBOX_VISIBILITYTIMEOUTSECONDS", "60");
        env.put("SANDBOX_POLLINTERVALMILLIS", "100");
        // above the remote-sandbox profile's listing lag (500 ms)
        env.put("SANDBOX_ABSENCESETTLESECONDS", "1");
        return env;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }

    @Test
    @Order(1)
    void a_representative_live_run_passes_and_leaves_nothing_behind() throws Exception {
        Path runDir = WORK.resolve("representative");
        Map<String, String> env = indirectProvider(emulator, target(emulator, runDir));
        JsonNode production = emulator.provision("productionAccount");
        Map<String, String> productionCredentials = emulator.credentials(production);
        SECRETS.add(productionCredentials.get("SANDBOX_PRODUCTIONACCOUNT_CLIENTSECRET"));
        SECRETS.add(productionCredentials.get("SANDBOX_PRODUCTIONACCOUNT_REFRESHTOKEN"));
        env.putAll(productionCredentials);

        LiveRunProcess run = LiveRunProcess.start(runDir, REPRESENTATIVE, env);
        int exit = run.waitFor(300);

        String output = run.output();
        assertThat(exit).as("the live run passes; its output:\n%s", output).isZero();
        assertThat(output).contains("SUCCESSFUL The created reseller comes back in full",
                "SUCCESSFUL The deleted reseller is gone from the provider's indirect resellers",
                "SUCCESSFUL The new reseller is listed among the provider's indirect resellers",
                "SUCCESSFUL An indirect provider that is not a sandbox account is refused");
        assertThat(output).as("a write the production guard refuses makes its scenario not-run, with the guard's reason")
                .contains("ABORTED An account that is not a sandbox cannot delete a sandbox indirect reseller: not-run: refused"
                        + " before sending: DELETE /v1/sandboxIndirectReseller/")
                .doesNotContain("FAILED An account that is not a sandbox cannot delete");
        assertThat(emulator.indirectResellersOf(env.get("SANDBOX_INDIRECTPROVIDER_TENANTID")))
                .as("nothing the run created remains (GET /_emulator/state)").isEmpty();
        assertThat(emulator.indirectResellersOf(production.path("tenantId").asText())).isEmpty();
        Path ledger = runDir.resolve("ledger");
        assertThat(files(ledger, ".jsonl")).as("no open ledger: everything created was removed").isEmpty();
        List<Path> closed = files(ledger.resolve("closed"), ".jsonl");
        assertThat(closed).hasSize(1);
        assertThat(Files.readString(closed.get(0))).as("the ledger recorded each creation and its removal")
                .contains("\"event\":\"created\"", "\"event\":\"removed\"", "sandboxIndirectReseller");
    }

    @Test
    @Order(2)
    void a_run_killed_mid_way_leaves_a_ledger_from_which_the_next_runs_janitor_removes_every_leftover() throws Exception {
        // a long visibility delay keeps the run waiting in "its indirect resellers include the new one"
        try (RemoteEmulator slow = RemoteEmulator.start(WORK.resolve("emulator-slow"), "--visibility-delay-ms", "30000")) {
            Path runDir = WORK.resolve("killed");
            Map<String, String> env = indirectProvider(slow, target(slow, runDir));
            String provider = env.get("SANDBOX_INDIRECTPROVIDER_TENANTID");
            Path ledger = runDir.resolve("ledger");

            LiveRunProcess killed = LiveRunProcess.start(runDir, "@cap:IP-03", env);
            await("the first resource is in the ledger").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> files(ledger, ".jsonl").stream().anyMatch(f -> contains(f, "\"event\":\"created\"")));

            LiveRunProcess second = LiveRunProcess.start(WORK.resolve("concurrent"), "@cap:IR-10", env);
            assertThat(second.waitFor(120)).as("a second run on the same tenant is refused").isNotZero();
            assertThat(second.output()).contains("another live run is in progress on tenant " + provider);
            assertThat(killed.process().isAlive()).as("the first run was still going").isTrue();

            killed.process().destroyForcibly().waitFor();
            assertThat(slow.indirectResellersOf(provider)).as("the killed run left its reseller behind").hasSize(1);

            LiveRunProcess next = LiveRunProcess.start(WORK.resolve("next"), "@cap:IR-10", env);
            int exit = next.waitFor(300);

            assertThat(exit).as("the next run passes; its output:\n%s", next.output()).isZero();
            assertThat(next.output()).contains("janitor: removed sandboxIndirectReseller");
            assertThat(slow.indirectResellersOf(provider)).as("every leftover removed, and the next run's own").isEmpty();
            assertThat(files(ledger, ".jsonl")).as("the killed run's ledger is closed").isEmpty();
        }
    }

    @Test
    @Order(3)
    void wrong_credentials_fail_in_one_line_missing_ones_are_not_run_and_no_secret_reaches_a_file() throws Exception {
        Path runDir = WORK.resolve("canary");
        Map<String, String> env = indirectProvider(emulator, target(emulator, runDir));
        String canarySecret = "canary-secret-" + UUID.randomUUID();
        String canaryRefreshToken = "canary-refresh-" + UUID.randomUUID();
        SECRETS.add(canarySecret);
        SECRETS.add(canaryRefreshToken);
        env.put("SANDBOX_INDIRECTPROVIDER_CLIENTSECRET", canarySecret);
        env.put("SANDBOX_INDIRECTPROVIDER_REFRESHTOKEN", canaryRefreshToken);

        LiveRunProcess run = LiveRunProcess.start(runDir, "@cap:IR-10 or @cap:IP-08", env);
        int exit = run.waitFor(300);

        String output = run.output();
        assertThat(exit).as("a wrong secret fails the run").isNotZero();
        assertThat(output).containsPattern("FAILED The created reseller comes back in full: indirectProvider: Azure AD refused"
                + " the App\\+User sign-in at https://127\\.0\\.0\\.1:\\d+ \\(invalid_client, AADSTS\\d+\\);"
                + " check SANDBOX_INDIRECTPROVIDER_CLIENTSECRET and SANDBOX_INDIRECTPROVIDER_CLIENTID");
        assertThat(output).contains("An indirect provider that is not a sandbox account is refused: not-run: no credentials"
                + " for productionAccount (set SANDBOX_PRODUCTIONACCOUNT_TENANTID)");
        JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                runDir.resolve("capability-report").resolve("capabilities.json").toFile());
        List<JsonNode> notRun = new ArrayList<>();
        report.path("capabilities").forEach(c -> c.path("scenarios").forEach(sc -> {
            if ("not-run".equals(sc.path("status").asText())) {
                notRun.add(sc);
            }
        }));
        assertThat(notRun).as("the capability report's not-run scenarios").singleElement()
                .satisfies(sc -> assertThat(sc.path("message").asText())
                        .isEqualTo("no credentials for productionAccount (set SANDBOX_PRODUCTIONACCOUNT_TENANTID)"));
        assertThat(output).as("one line, not a stack trace")
                .doesNotContain("at org.partnersandbox.suite.client.MsalTokenProvider", "Caused by");

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                SECRETS.stream().filter(text::contains).forEach(s -> leaks.add(file + " contains a secret (" + s.length() + " chars)"));
            }
        }
        assertThat(SECRETS).as("secrets were given").hasSizeGreaterThanOrEqualTo(4);
        assertThat(leaks).as("files under target/ that contain a secret value").isEmpty();
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
