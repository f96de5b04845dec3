package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnersandbox.emulator.http.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;
import static org.partnersandbox.emulator.EmulatorHttp.resellerBody;

/** {@code /_emulator/faults}: armed faults hit matching calls before any handler runs, then stop. */
class FaultInjectionTest {

    private static final String RELATIONSHIPS = "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf";
    private static final String CREATE_IR = "/v1/sandboxIndirectReseller";

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();
    private EmulatorHttp.Account provider;
    private String token;

    @BeforeEach
    void freshProviderAndNoFaults() {
        http.request().delete("/_emulator/faults").then().statusCode(204);
        provider = http.provision("indirectProvider");
        token = http.appUserToken(provider);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void server_error_hits_the_next_n_calls_then_calls_are_normal(int status) {
        String id = arm(Map.of("method", "GET", "path", "/v1/relationships", "status", status, "times", 2)).getString("id");

        for (int call = 1; call <= 2; call++) {
            Response faulted = http.as(token).get(RELATIONSHIPS);
            assertThat(errorCode(faulted, status)).as("faulted call %d", call).isEqualTo(800003);
            assertThat(faulted.header("X-Emulator-Fault")).as("names the fault").isEqualTo(id);
        }
        http.as(token).get(RELATIONSHIPS).then().statusCode(200);

        JsonPath armed = faults();
        assertThat(armed.getInt("[0].remaining")).isZero();
        assertThat(armed.getBoolean("[0].active")).isFalse();
        assertThat(armed.getInt("[0].injected")).as("calls it faulted").isEqualTo(2);
        assertThat(armed.getList("[0].calls.path")).containsExactly("/v1/relationships", "/v1/relationships");
    }

    /**
     * Faults come before authentication: a call without a valid token still gets its fault (a fault after
     * authentication would be a 401). The request id is echoed on the faulted answer as on every answer.
     */
    @Test
    void a_faulted_call_is_answered_before_authentication_and_echoes_its_request_id() {
        arm(Map.of("method", "GET", "path", "/v1/relationships", "status", 503, "times", 1));
        String requestId = UUID.randomUUID().toString();

        Response faulted = http.as("not-a-token", requestId).get(RELATIONSHIPS);

        assertThat(errorCode(faulted, 503)).isEqualTo(800003);
        assertThat(faulted.header("MS-RequestId")).isEqualTo(requestId);
        http.as("not-a-token", requestId).get(RELATIONSHIPS).then().statusCode(401).header("MS-RequestId", requestId);
    }

    @Test
    void injected_429_has_retry_after_and_the_documented_throttling_body() {
        arm(Map.of("path", "/v1/*", "status", 429, "retryAfterSeconds", 7, "times", 1));

        Response throttled = http.as(token).get(RELATIONSHIPS);

        throttled.then().statusCode(429).header("Retry-After", "7");
        assertThat(throttled.jsonPath().getInt("statusCode")).isEqualTo(429);
        assertThat(throttled.jsonPath().getString("message")).isEqualTo("Rate limit is exceeded. Try again in 7 seconds.");
        http.as(token).get(RELATIONSHIPS).then().statusCode(200);
    }

    @Test
    void token_endpoint_can_be_faulted_too() {
        arm(Map.of("method", "POST", "path", "/*/oauth2/*", "status", 503, "times", 1));
        http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                .then().statusCode(503);
        assertThat(http.appUserToken(provider)).isNotBlank();
    }

    @Test
    void a_faulted_create_creates_nothing_and_its_retry_creates_exactly_one() {
        arm(Map.of("method", "POST", "path", "/v1/sandboxIndirectReseller", "status", 503, "times", 1));
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = resellerBody("6363276", "US");

        http.as(token, requestId).contentType("application/json").body(body).post(CREATE_IR).then().statusCode(503);
        assertThat(resellersOfProvider()).as("state after the faulted create").isEmpty();

        http.as(token, requestId).contentType("application/json").body(body).post(CREATE_IR).then().statusCode(201);
        assertThat(resellersOfProvider()).as("state after the retry").hasSize(1);
        assertThat(faults().getList("[0].calls.requestId")).as("the faulted call's request id").containsExactly(requestId);
    }

    @Test
    void a_dropped_connection_gives_the_client_an_io_error_and_changes_nothing() throws Exception {
        arm(Map.of("method", "POST", "path", "/v1/sandboxIndirectReseller", "dropConnection", true, "times", 1));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest create = HttpRequest.newBuilder(URI.create(http.baseUrl() + CREATE_IR))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString()).header("MS-CorrelationId", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(resellerBody("6363276", "US"))))
                .build();

        assertThatThrownBy(() -> client.send(create, HttpResponse.BodyHandlers.ofString()))
                .as("no answer at all, not an HTTP status").isInstanceOf(IOException.class);

        assertThat(resellersOfProvider()).isEmpty();
        assertThat(faults().getInt("[0].injected")).isEqualTo(1);
        assertThat(client.send(create, HttpResponse.BodyHandlers.ofString()).statusCode()).as("the retry").isEqualTo(201);
    }

    @Test
    void added_latency_delays_the_call_which_then_succeeds() {
        String id = arm(Map.of("path", "/v1/relationships", "latencyMs", 300, "times", 1)).getString("id");
        long start = System.nanoTime();
        http.as(token).get(RELATIONSHIPS).then().statusCode(200).header("X-Emulator-Fault", id);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void probability_one_hits_every_call_and_zero_none() {
        arm(Map.of("method", "GET", "path", "/v1/relationships", "status", 500, "probability", 0.0));
        arm(Map.of("method", "*", "path", "/v1/relationships", "status", 503, "probability", 1.0));

        for (int call = 0; call < 4; call++) {
            http.as(token).get(RELATIONSHIPS).then().statusCode(503);
        }
        JsonPath armed = faults();
        assertThat(armed.getInt("[0].injected")).as("probability 0.0").isZero();
        assertThat(armed.getInt("[1].injected")).as("probability 1.0").isEqualTo(4);
        assertThat(armed.getString("[1].remaining")).as("no 'times': never spent").isNull();
    }

    @Test
    void a_seeded_probability_faults_the_same_calls_every_time() {
        Map<String, Object> fault = Map.of("path", "/v1/relationships", "status", 503, "probability", 0.5, "seed", 42);
        arm(fault);
        List<Integer> first = statuses(20);
        http.request().delete("/_emulator/faults").then().statusCode(204);
        arm(fault);
        List<Integer> second = statuses(20);

        assertThat(second).isEqualTo(first);
        assertThat(first).as("some calls hit, some spared").contains(200, 503);
    }

    @Test
    void a_fault_hits_only_its_method_and_never_the_admin_api() {
        arm(Map.of("method", "POST", "path", "/*", "status", 500, "probability", 1.0));
        http.as(token).get(RELATIONSHIPS).then().statusCode(200);
        http.request().get("/_emulator/state").then().statusCode(200);
        http.request().contentType("application/json").body(Map.of("role", "indirectProvider"))
                .post("/_emulator/accounts").then().statusCode(201);
    }

    @Test
    void delete_and_reset_clear_the_armed_faults() {
        arm(Map.of("path", "/v1/*", "status", 500, "times", 5));
        http.request().delete("/_emulator/faults").then().statusCode(204);
        assertThat(faults().getList("$")).isEmpty();

        arm(Map.of("path", "/v1/*", "status", 500, "times", 5));
        http.request().post("/_emulator/reset").then().statusCode(204);
        assertThat(faults().getList("$")).isEmpty();
    }

    @Test
    void arming_answers_the_fault_as_listed() {
        JsonPath armed = arm(Map.of("method", "post", "path", "/v1/sandboxIndirectReseller", "status", 429, "times", 3));
        assertThat(armed.getString("id")).startsWith("fault-");
        assertThat(armed.getString("method")).isEqualTo("POST");
        assertThat(armed.getInt("retryAfterSeconds")).as("default Retry-After").isEqualTo(1);
        assertThat(armed.getInt("remaining")).isEqualTo(3);
        assertThat(armed.getBoolean("active")).isTrue();
        assertThat(faults().getList("id")).containsExactly(armed.getString("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"status\": 503, \"times\": 1}|'path'",
            "{\"path\": \"v1/*\", \"status\": 503, \"times\": 1}|'path'",
            "{\"path\": \"/v1/*\", \"status\": 404, \"times\": 1}|'status'",
            "{\"path\": \"/v1/*\", \"status\": 503, \"latencyMs\": 10, \"times\": 1}|exactly one",
            "{\"path\": \"/v1/*\", \"times\": 1}|exactly one",
            "{\"path\": \"/v1/*\", \"status\": 503}|'times'",
            "{\"path\": \"/v1/*\", \"status\": 503, \"times\": 0}|'times'",
            "{\"path\": \"/v1/*\", \"status\": 503, \"probability\": 1.5}|'probability'",
            "{\"path\": \"/v1/*\", \"status\": 503, \"times\": 1, \"seed\": 3}|'seed'",
            "{\"path\": \"/v1/*\", \"status\": 503, \"retryAfterSeconds\": 5, \"times\": 1}|'retryAfterSeconds'",
            "{\"path\": \"/v1/*\", \"dropConnection\": false, \"times\": 1}|'dropConnection'",
            "{\"path\": \"/v1/*\", \"method\": \"FETCH\", \"status\": 503, \"times\": 1}|'method'",
            "{\"path\": \"/v1/*\", \"status\": 503, \"times\": 1, \"tmies\": 2}|'tmies'",
            "[1, 2]|JSON object"})
    void a_bad_fault_is_refused_with_400_naming_what_is_wrong(String example) {
        String[] parts = example.split("\\|");
        Response refused = http.request().contentType("application/json").body(parts[0]).post("/_emulator/faults");
        assertThat(errorCode(refused, 400)).isEqualTo(800002);
        assertThat(refused.jsonPath().getString("description")).contains(parts[1]);
        assertThat(faults().getList("$")).as("nothing armed").isEmpty();
    }

    private static JsonPath arm(Map<String, Object> fault) {
        return http.request().contentType("application/json").body(fault).post("/_emulator/faults")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath faults() {
        return http.request().get("/_emulator/faults").then().statusCode(200).extract().jsonPath();
    }

    private List<Object> resellersOfProvider() {
        return http.request().get("/_emulator/state").jsonPath()
                .getList("indirectResellers.findAll { it.providerTenantId == '" + provider.tenantId() + "' }");
    }

    private List<Integer> statuses(int calls) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(http.as(token).get(RELATIONSHIPS).statusCode());
        }
        return statuses;
    }
}
