package org.partnersandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;

/** What every {@code /v1} request goes through: authentication, request ids, the error shape. */
class RequestHandlingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RELATIONSHIPS = "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf";

    private static EmulatorHttp http;
    private static EmulatorHttp.Account provider;
    private static String token;

    @BeforeAll
    static void start() {
        http = new EmulatorHttp();
        provider = http.provision("indirectProvider");
        token = http.appUserToken(provider);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void request_and_correlation_ids_are_echoed_on_success_and_on_refusal() {
        Response ok = http.request().header("Authorization", "Bearer " + token)
                .header("MS-RequestId", "a1").header("MS-CorrelationId", "b1").get(RELATIONSHIPS);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.header("MS-RequestId")).isEqualTo("a1");
        assertThat(ok.header("MS-CorrelationId")).isEqualTo("b1");
        Response refused = http.request().header("MS-RequestId", "a2").header("MS-CorrelationId", "b2").get(RELATIONSHIPS);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("MS-RequestId")).isEqualTo("a2");
        assertThat(refused.header("MS-CorrelationId")).isEqualTo("b2");
    }

    /**
     * An answer of at least 1,500 bytes is gzipped when the client accepts it, a shorter one is not; and the
     * type JSON answers are sent with (what Jetty's response reports to Javalin) is on the running app's
     * allowed list, so that Javalin decides without searching the excluded types for it (issue 14).
     */
    @Test
    void long_answers_are_gzipped_when_the_client_accepts_it() throws Exception {
        http.provision("indirectProvider");
        http.provision("indirectProvider");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/_emulator/accounts")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/_emulator/accounts"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> refused = client.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + RELATIONSHIPS))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(plain.body().length).isGreaterThanOrEqualTo(1500);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(refused.body()).path("code").asInt()).isEqualTo(800001);
        List<String> allowed = http.emulator().compression().getAllowedMimeTypes();
        for (HttpResponse<byte[]> answer : List.of(plain, refused)) {
            assertThat(allowed).contains(answer.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void ids_are_generated_when_the_request_has_none() {
        Response ok = http.request().header("Authorization", "Bearer " + token).get(RELATIONSHIPS);
        assertThat(ok.header("MS-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(ok.header("MS-CorrelationId")).matches("[0-9a-f-]{36}");
    }

    @Test
    void missing_token_is_401_in_the_error_shape() {
        Response response = http.request().get(RELATIONSHIPS);
        assertThat(errorCode(response, 401)).isEqualTo(800001);
        assertThat(response.header("WWW-Authenticate")).isNotBlank();
    }

    /** The sandbox indirect reseller pages document 6002, however the path is spelled; the other pages 800001. */
    @Test
    void the_route_table_says_which_code_a_missing_token_gets() throws Exception {
        String reseller = "00000000-0000-0000-0000-000000000001";
        assertThat(errorCode(http.request().contentType("application/json").body("{}").post("/v1/sandboxIndirectReseller"), 401))
                .isEqualTo(6002);
        // rest-assured's HTTP client rewrites "//" to "/" before sending; the JDK client sends the path as written
        HttpResponse<String> printed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http.baseUrl() + "/v1//sandboxIndirectReseller")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(printed.statusCode()).as(printed.body()).isEqualTo(401);
        assertThat(printed.body()).contains("6002");
        assertThat(errorCode(http.request().delete("/v1/SandboxIndirectReseller/" + reseller), 401)).isEqualTo(6002);
        assertThat(errorCode(http.request().get("/v1/customers"), 401)).isEqualTo(800001);
        assertThat(errorCode(http.request().get("/v1/customers/" + reseller + "/relationships"), 401)).isEqualTo(800001);
    }

    @Test
    void malformed_token_is_401() {
        assertThat(errorCode(http.request().header("Authorization", "Bearer not-a-jwt").get(RELATIONSHIPS), 401)).isEqualTo(800001);
        assertThat(errorCode(http.request().header("Authorization", "Basic abc").get(RELATIONSHIPS), 401)).isEqualTo(800001);
        assertThat(errorCode(http.request().header("Authorization", "Bearer not-a-jwt").contentType("application/json").body("{}")
                .post("/v1/sandboxIndirectReseller"), 401)).as("on a sandbox reseller route, whose pages document 6002").isEqualTo(6002);
    }

    @Test
    void token_signed_by_another_emulator_is_401() {
        try (EmulatorHttp other = new EmulatorHttp()) {
            EmulatorHttp.Account seeded = EmulatorHttp.account(
                    other.request().get("/_emulator/accounts").then().extract().jsonPath(), "[0].");
            String foreign = other.appUserToken(seeded);
            assertThat(errorCode(http.request().header("Authorization", "Bearer " + foreign).get(RELATIONSHIPS), 401))
                    .isEqualTo(800001);
        }
    }

    @Test
    void tampered_token_is_401() {
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThat(errorCode(http.request().header("Authorization", "Bearer " + tampered).get(RELATIONSHIPS), 401))
                .isEqualTo(800001);
    }

    @Test
    void expired_token_is_401() {
        String expired = http.request().contentType("application/json")
                .body(Map.of("tenantId", provider.tenantId(), "kind", "user", "expiresInSeconds", -60))
                .post("/_emulator/tokens").then().statusCode(201).extract().path("access_token");
        Response response = http.request().header("Authorization", "Bearer " + expired).get(RELATIONSHIPS);
        assertThat(errorCode(response, 401)).isEqualTo(800001);
        assertThat(response.jsonPath().getString("description")).contains("expired");
    }

    @Test
    void unknown_route_is_404_in_the_error_shape() {
        Response response = http.as(token).get("/v1/nothingHere");
        assertThat(errorCode(response, 404)).isEqualTo(1000);
        assertThat(response.header("MS-RequestId")).isNotBlank();
    }

    @Test
    void wrong_method_on_a_known_route_is_405_in_the_error_shape() {
        assertThat(errorCode(http.as(token).put("/v1/sandboxIndirectReseller"), 405)).isEqualTo(1000);
    }

    @Test
    void malformed_json_is_400_in_the_error_shape() {
        Response response = http.createReseller(token, "{\"mpnId\": \"6363276\", ");
        assertThat(errorCode(response, 400)).isEqualTo(800002);
        assertThat(response.jsonPath().getString("description")).contains("not valid JSON");
    }

    @Test
    void json_that_is_not_an_object_is_400() {
        assertThat(errorCode(http.createReseller(token, "[1, 2]"), 400)).isEqualTo(800002);
    }

    @Test
    void wrong_content_type_is_400() {
        Response response = http.as(token).contentType("text/plain").body("mpnId=1").post("/v1/sandboxIndirectReseller");
        assertThat(errorCode(response, 400)).isEqualTo(800002);
        assertThat(response.jsonPath().getString("description")).contains("Content-Type");
    }

    @Test
    void body_over_one_mebibyte_is_413_in_the_error_shape() {
        String huge = "{\"mpnId\": \"" + "x".repeat(1_100_000) + "\"}";
        assertThat(errorCode(http.createReseller(token, huge), 413)).isEqualTo(800002);
    }

    /** A body of no declared length (chunked) is read whole, up to the same limit. */
    @Test
    void a_chunked_body_is_read_whole_and_refused_over_one_mebibyte() throws Exception {
        byte[] customer = JSON.writeValueAsBytes(EmulatorHttp.customerBody("Chunked Contoso"));
        HttpResponse<String> created = postCustomer("application/json", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(customer)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).at("/companyProfile/companyName").asText()).isEqualTo("Chunked Contoso");

        byte[] huge = ("{\"x\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = postCustomer("application/json", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(huge)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(JSON.readTree(refused.body()).path("code").asInt()).isEqualTo(800002);
    }

    /** The body is decoded as its Content-Type's charset says; a charset Java does not know is refused, not a 500. */
    @Test
    void a_body_is_decoded_in_its_declared_charset_and_an_unknown_charset_is_400() throws Exception {
        // windows-1252 has no byte-order mark, so only the declared charset decodes "Ærø" right
        byte[] cp1252 = JSON.writeValueAsString(EmulatorHttp.customerBody("Contoso Ærø")).getBytes("windows-1252");
        HttpResponse<String> created = postCustomer("application/json; charset=windows-1252", HttpRequest.BodyPublishers.ofByteArray(cp1252));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).at("/companyProfile/companyName").asText()).isEqualTo("Contoso Ærø");

        for (String odd : List.of("charset=bogus-8", "charset", "charset=", "charset=\"")) {
            byte[] customer = JSON.writeValueAsBytes(EmulatorHttp.customerBody("Odd Charset"));
            HttpResponse<String> refused = postCustomer("application/json; " + odd, HttpRequest.BodyPublishers.ofByteArray(customer));
            assertThat(refused.statusCode()).as(odd + " → " + refused.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(refused.body());
            assertThat(error.path("code").asInt()).as(odd).isEqualTo(800002);
            assertThat(error.path("description").asText()).as(odd).contains("charset");
        }
    }

    /** A declared length over 1 MiB is refused before the body is read; a body that ends before its length is a 400. */
    @Test
    void a_length_over_the_limit_is_413_at_once_and_a_body_cut_short_is_400() throws Exception {
        RawHttp raw = new RawHttp("127.0.0.1", http.emulator().port());
        List<String> headers = List.of("Authorization: Bearer " + token, "Content-Type: application/json", "MS-RequestId: " + UUID.randomUUID());
        RawHttp.Answer tooLarge = raw.send("POST", "/v1/customers",
                concat(headers, "Content-Length: 2000000"), "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).path("code").asInt()).isEqualTo(800002);

        RawHttp.Answer cut = raw.sendAndStop("POST", "/v1/customers",
                concat(headers, "Content-Length: 500"), "{\"companyProfile\": {".getBytes(StandardCharsets.UTF_8));
        assertThat(cut.status()).as(cut.body()).isEqualTo(400);
        assertThat(JSON.readTree(cut.body()).path("code").asInt()).isEqualTo(800002);
    }

    private static List<String> concat(List<String> headers, String line) {
        List<String> all = new ArrayList<>(headers);
        all.add(line);
        return all;
    }

    private static HttpResponse<String> postCustomer(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/v1/customers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
