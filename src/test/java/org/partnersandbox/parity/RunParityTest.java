package org.partnersandbox.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.parity.Calls.call;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording and comparing through the files, as the capability report plugin does it. */
class RunParityTest {

    private static final String FEATURE = "features/indirect-resellers/create-indirect-reseller-in-sandbox.feature";
    private static final String RESELLER = "0f0e0d0c-0000-4000-8000-00000000000a";
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiIyIn0.Y2FuYXJ5c2lnbmF0dXJl";

    @TempDir
    Path dir;

    private ParitySettings settings(boolean record) {
        return ParitySettings.of(Map.of("sandbox.parity.record", "" + record, "sandbox.parity.dir", "parity")::get,
                name -> null, dir);
    }

    private static List<Exchange> createdReseller(String extraField) {
        String extra = extraField == null ? "" : ", \"" + extraField + "\": \"x\"";
        return List.of(
                call("POST", "/v1/sandboxIndirectReseller", 201, """
                        {"id": "%s", "tenant": {"password": "canary-reseller-password", "domain": "psa2612051003abcwxyz.onmicrosoft.com"},
                         "credentials": {"client_secret": "canary-client-secret", "refreshToken": "canary-refresh-token"},
                         "trace": "Bearer %s"%s}""".formatted(RESELLER, JWT, extra)),
                call("DELETE", "/v1/sandboxIndirectReseller/" + RESELLER, 204, null));
    }

    @Test
    void a_recording_writes_one_file_per_feature_labelled_with_its_source_and_no_secret_reaches_it() throws IOException {
        RunParity recording = new RunParity(settings(true), () -> "127.0.0.1:8443", "live", () -> "abc123");
        assertThat(recording.judge(FEATURE, "The created reseller comes back in full", 12, true, createdReseller(null)).status())
                .isEqualTo(ScenarioParity.RECORDED);
        assertThat(recording.judge(FEATURE, "A failed one", 30, false, createdReseller(null)).status())
                .isEqualTo(ScenarioParity.NOT_RECORDED);

        List<Path> written = recording.writeSnapshots();

        assertThat(written).containsExactly(dir.resolve("parity/indirect-resellers/create-indirect-reseller-in-sandbox.json"));
        String file = Files.readString(written.get(0));
        assertThat(file).contains("\"source\" : \"emulator\"", "\"host\" : \"127.0.0.1\"", "\"commit\" : \"abc123\"",
                "\"path\" : \"/v1/sandboxIndirectReseller/<sandboxIndirectReseller:1>\"", "<secret>");
        assertThat(file).doesNotContain("A failed one");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString())
                        .doesNotContain("canary", JWT, RESELLER, "psa2612051003abcwxyz");
            }
        }
    }

    @Test
    void a_run_matches_its_snapshot_differs_where_it_answers_otherwise_and_a_declared_difference_is_not_counted()
            throws IOException {
        RunParity recording = new RunParity(settings(true), () -> "api.partnercenter.microsoft.com", "live", () -> null);
        recording.judge(FEATURE, "S", 12, true, createdReseller("liveOnly"));
        recording.writeSnapshots();

        ScenarioParity differs = new RunParity(settings(false), () -> "127.0.0.1", "emulator", () -> null)
                .judge(FEATURE, "S", 12, true, createdReseller(null));
        assertThat(differs.status()).isEqualTo(ScenarioParity.DIFFERS);
        assertThat(differs.source()).isEqualTo(ScenarioSnapshot.LIVE);
        assertThat(differs.differences()).containsExactly("POST /v1/sandboxIndirectReseller $.liveOnly: snapshot string, here missing");
        assertThat(new RunParity(settings(false), () -> "127.0.0.1", "emulator", () -> null)
                .judge(FEATURE, "S", 12, true, createdReseller("liveOnly")).status()).isEqualTo(ScenarioParity.MATCHES);
        assertThat(new RunParity(settings(false), () -> "127.0.0.1", "emulator", () -> null)
                .judge(FEATURE, "Another", 40, true, createdReseller(null)).status()).isEqualTo(ScenarioParity.NO_SNAPSHOT);

        Files.writeString(dir.resolve("parity").resolve(ParitySettings.DECLARED_FILE), """
                {"differences": [{"path": "POST /v1/sandboxIndirectReseller $.liveOnly",
                  "reason": "the emulator leaves out a field no client reads", "validated": "2026-12-05"}]}""");
        ScenarioParity declared = new RunParity(settings(false), () -> "127.0.0.1", "emulator", () -> null)
                .judge(FEATURE, "S", 12, true, createdReseller(null));
        assertThat(declared.status()).isEqualTo(ScenarioParity.MATCHES);
        assertThat(declared.declared()).singleElement().asString().contains("$.liveOnly", "no client reads");
    }

    @Test
    void a_declaration_without_a_reason_is_refused_and_said_so() throws IOException {
        Files.createDirectories(dir.resolve("parity"));
        Files.writeString(dir.resolve("parity").resolve(ParitySettings.DECLARED_FILE),
                "{\"differences\": [{\"path\": \"GET *\"}]}");

        RunParity run = new RunParity(settings(false), () -> "127.0.0.1", "emulator", () -> null);

        assertThat(run.warnings()).singleElement().asString().contains("needs a path and a reason");
    }

    @Test
    void the_parity_column_never_calls_an_emulator_recording_live_and_no_snapshot_is_not_a_match() {
        ScenarioParity emulatorMatch = new ScenarioParity(ScenarioParity.MATCHES, "emulator", "2026-12-05", List.of(), List.of());
        ScenarioParity liveMatch = new ScenarioParity(ScenarioParity.MATCHES, "live", "2026-11-30", List.of(), List.of());
        ScenarioParity liveDiffers = new ScenarioParity(ScenarioParity.DIFFERS, "live", "2026-11-30",
                List.of("GET /v1/customers $.x: snapshot string, here missing"), List.of());

        assertThat(CapabilityParity.of(List.of(liveMatch)).label()).isEqualTo("matches live (recorded 2026-11-30)");
        assertThat(CapabilityParity.of(List.of(liveMatch, emulatorMatch)).label())
                .isEqualTo("matches the emulator-recorded snapshot (recorded 2026-11-30)");
        assertThat(CapabilityParity.of(List.of(liveMatch, liveDiffers)).label())
                .isEqualTo("differs from live: GET /v1/customers $.x");
        assertThat(CapabilityParity.of(List.of(liveMatch, ScenarioParity.noSnapshot())).label()).isEqualTo("no live snapshot");
        assertThat(ParitySummary.of(List.of(CapabilityParity.of(List.of(liveMatch)),
                CapabilityParity.of(List.of(ScenarioParity.noSnapshot())))).line())
                .isEqualTo("Parity: 1 capability matches live, 0 differ, 1 without a live snapshot");
    }
}
