package org.partnersandbox.emulator;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP access to one emulator for its own tests: provisions accounts, fetches tokens, and
 * builds request specs. Deliberately lower-level than the suite's domain client.
 */
final class EmulatorHttp implements AutoCloseable {

    static final String RESOURCE = "https://api.partnercenter.microsoft.com";

    /** An account as {@code /_emulator/accounts} describes it. */
    record Account(String role, String tenantId, String name, String partnerId, String country,
                   String clientId, String clientSecret, String userName, String password) {
    }

    private final Emulator emulator;

    EmulatorHttp() {
        this(EmulatorSettings.defaults());
    }

    /** An emulator of its own, e.g. in the remote-sandbox profile (HTTPS: requests trust only its certificate). */
    EmulatorHttp(EmulatorSettings settings) {
        this.emulator = Emulator.start(settings);
    }

    Emulator emulator() {
        return emulator;
    }

    String baseUrl() {
        return emulator.baseUrl();
    }

    RequestSpecification request() {
        RequestSpecBuilder spec = new RequestSpecBuilder().setBaseUri(emulator.baseUrl());
        emulator.certificate().ifPresent(certificate -> spec.setConfig(RestAssuredConfig.config()
                .sslConfig(SSLConfig.sslConfig().trustStore(OnlyTrusted.keyStore(certificate)))));
        return given(spec.build()).urlEncodingEnabled(true);
    }

    /** A request with a token and both Partner Center ids. */
    RequestSpecification as(String token) {
        return as(token, UUID.randomUUID().toString());
    }

    /** A request with a token, a chosen request id and a fresh correlation id. */
    RequestSpecification as(String token, String requestId) {
        return request().header("Authorization", "Bearer " + token)
                .header("MS-RequestId", requestId)
                .header("MS-CorrelationId", UUID.randomUUID().toString());
    }

    Account provision(String role) {
        JsonPath json = request().contentType("application/json").body(Map.of("role", role))
                .post("/_emulator/accounts").then().statusCode(201).extract().jsonPath();
        return account(json, "");
    }

    static Account account(JsonPath json, String prefix) {
        return new Account(json.getString(prefix + "role"), json.getString(prefix + "tenantId"), json.getString(prefix + "name"),
                json.getString(prefix + "partnerId"), json.getString(prefix + "country"),
                json.getString(prefix + "app.clientId"), json.getString(prefix + "app.clientSecret"),
                json.getString(prefix + "user.userName"), json.getString(prefix + "user.password"));
    }

    Response tokenRequest(String tenant, Map<String, String> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post("/" + tenant + "/oauth2/token");
    }

    String appOnlyToken(Account account) {
        return tokenRequest(account.tenantId(), Map.of("grant_type", "client_credentials", "client_id", account.clientId(),
                "client_secret", account.clientSecret(), "resource", RESOURCE))
                .then().statusCode(200).extract().path("access_token");
    }

    String appUserToken(Account account) {
        return passwordGrant(account.tenantId(), account.clientId(), account.userName(), account.password())
                .then().statusCode(200).extract().path("access_token");
    }

    Response passwordGrant(String tenant, String clientId, String userName, String password) {
        return tokenRequest(tenant, Map.of("grant_type", "password", "client_id", clientId,
                "username", userName, "password", password, "resource", RESOURCE));
    }

    /** A valid create-IR body, as seed 003's example, with a unique domain prefix. */
    static Map<String, Object> resellerBody(String mpnId, String country) {
        String prefix = "Emu" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return Map.of(
                "mpnId", mpnId,
                "tenant", Map.of("domainPrefix", prefix, "name", prefix, "displayName", prefix, "adminUserName", "admin",
                        "adminFirstName", "Ada", "adminLastName", "Admin", "adminAlternateEmail", "", "country", country,
                        "culture", "en-us"),
                "legalBusinessProfile", Map.of("companyName", prefix,
                        "address", Map.of("country", country, "city", "Redmond", "state", "WA", "addressLine1", "1 Main St",
                                "addressLine2", "", "postalCode", "98052"),
                        "primaryContact", Map.of("firstName", "Sandbox", "lastName", "Scenario", "email", "", "phoneNumber", "1234567890"),
                        "culture", "en-US"),
                "organizationProfileLanguage", "en");
    }

    Response createReseller(String token, Object body) {
        return as(token).contentType("application/json").body(body).post("/v1/sandboxIndirectReseller");
    }

    /** Checks the Partner Center error shape and returns the code. */
    static int errorCode(Response response, int status) {
        response.then().statusCode(status);
        JsonPath json = response.jsonPath();
        assertThat(json.get("code") instanceof Integer).as("code is a JSON number in %s", response.asString()).isTrue();
        assertThat(json.getString("description")).as("description").isNotBlank();
        assertThat(json.getString("source")).as("source").isEqualTo("PartnerFD");
        assertThat(json.getList("data")).as("data").isNotNull();
        return json.getInt("code");
    }

    @Override
    public void close() {
        emulator.close();
    }
}
