package org.partnersandbox.emulator;

import com.nimbusds.jwt.SignedJWT;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTest {

    private static EmulatorHttp http;
    private static EmulatorHttp.Account provider;

    @BeforeAll
    static void start() {
        http = new EmulatorHttp();
        provider = http.provision("indirectProvider");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void client_credentials_give_an_app_only_token_for_the_tenant() throws Exception {
        JsonPath answer = http.tokenRequest(provider.tenantId(), Map.of("grant_type", "client_credentials",
                        "client_id", provider.clientId(), "client_secret", provider.clientSecret(), "resource", EmulatorHttp.RESOURCE))
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("token_type")).isEqualTo("Bearer");
        assertThat(answer.getString("expires_in")).as("a string, as documented").matches("\\d+");
        assertThat(answer.getString("refresh_token")).as("no refresh token for App-only").isNull();
        var claims = SignedJWT.parse(answer.getString("access_token")).getJWTClaimsSet();
        assertThat(claims.getStringClaim("tid")).isEqualTo(provider.tenantId());
        assertThat(claims.getStringClaim("appid")).isEqualTo(provider.clientId());
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
        assertThat(claims.getClaim("upn")).isNull();
    }

    @Test
    void password_grant_gives_an_app_user_token_and_a_refresh_token() throws Exception {
        JsonPath answer = http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                .then().statusCode(200).extract().jsonPath();
        var claims = SignedJWT.parse(answer.getString("access_token")).getJWTClaimsSet();
        assertThat(claims.getStringClaim("upn")).isEqualTo(provider.userName());
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("user");
        assertThat(answer.getString("scope")).isEqualTo("user_impersonation");
        assertThat(answer.getString("refresh_token")).isNotBlank();
    }

    @Test
    void refresh_token_grant_gives_a_new_app_user_token() throws Exception {
        String refresh = http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                .then().extract().path("refresh_token");
        JsonPath answer = http.tokenRequest(provider.tenantId(), Map.of("grant_type", "refresh_token",
                        "client_id", provider.clientId(), "client_secret", provider.clientSecret(), "refresh_token", refresh))
                .then().statusCode(200).extract().jsonPath();
        assertThat(SignedJWT.parse(answer.getString("access_token")).getJWTClaimsSet().getStringClaim("upn"))
                .isEqualTo(provider.userName());
    }

    @Test
    void a_refresh_with_scope_openid_also_answers_an_id_token_for_the_user_and_without_it_none() throws Exception {
        String refresh = http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                .then().extract().path("refresh_token");
        Map<String, String> form = new java.util.HashMap<>(Map.of("grant_type", "refresh_token", "client_id", provider.clientId(),
                "client_secret", provider.clientSecret(), "refresh_token", refresh, "resource", EmulatorHttp.RESOURCE));
        assertThat(http.tokenRequest(provider.tenantId(), form).then().statusCode(200).extract().jsonPath().getString("id_token"))
                .isNull();
        form.put("scope", "openid");
        JsonPath answer = http.tokenRequest(provider.tenantId(), form).then().statusCode(200).extract().jsonPath();
        var idClaims = SignedJWT.parse(answer.getString("id_token")).getJWTClaimsSet();
        assertThat(idClaims.getStringClaim("tid")).isEqualTo(provider.tenantId());
        assertThat(idClaims.getAudience()).containsExactly(provider.clientId());
    }

    @Test
    void v2_endpoint_takes_a_scope_as_msal_sends_it() {
        http.request().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "client_credentials", "client_id", provider.clientId(),
                        "client_secret", provider.clientSecret(), "client_info", "1",
                        "scope", "openid profile offline_access https://api.partnercenter.microsoft.com/.default"))
                .post("/" + provider.tenantId() + "/oauth2/v2.0/token")
                .then().statusCode(200).body("expires_in", org.hamcrest.Matchers.greaterThan(300));
    }

    @Test
    void wrong_client_secret_is_invalid_client() {
        JsonPath answer = http.tokenRequest(provider.tenantId(), Map.of("grant_type", "client_credentials",
                "client_id", provider.clientId(), "client_secret", "wrong")).then().statusCode(401).extract().jsonPath();
        assertThat(answer.getString("error")).isEqualTo("invalid_client");
        assertThat(answer.getString("error_description")).startsWith("AADSTS7000215");
        assertThat(answer.getList("error_codes")).containsExactly(7000215);
    }

    @Test
    void unknown_client_id_is_invalid_client() {
        http.tokenRequest(provider.tenantId(), Map.of("grant_type", "client_credentials",
                        "client_id", "00000000-0000-0000-0000-000000000000", "client_secret", provider.clientSecret()))
                .then().statusCode(401).body("error", org.hamcrest.Matchers.equalTo("invalid_client"));
    }

    @Test
    void wrong_user_password_is_invalid_grant() {
        http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), "wrong")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_grant"));
    }

    @Test
    void forged_refresh_token_is_invalid_grant() {
        http.tokenRequest(provider.tenantId(), Map.of("grant_type", "refresh_token", "client_id", provider.clientId(),
                        "refresh_token", "eyJhbGciOiJub25lIn0.eyJ0eXAiOiJyZWZyZXNoIn0."))
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_grant"));
    }

    @Test
    void unknown_grant_type_is_refused() {
        http.tokenRequest(provider.tenantId(), Map.of("grant_type", "device_code", "client_id", provider.clientId()))
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("unsupported_grant_type"));
    }

    @Test
    void missing_field_and_unknown_tenant_are_invalid_requests() {
        http.tokenRequest(provider.tenantId(), Map.of("grant_type", "client_credentials"))
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_request"))
                .body("error_description", org.hamcrest.Matchers.containsString("client_id"));
        http.tokenRequest("11111111-2222-3333-4444-555555555555", Map.of("grant_type", "client_credentials",
                        "client_id", provider.clientId(), "client_secret", provider.clientSecret()))
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_request"));
    }

    @Test
    void json_body_instead_of_a_form_is_refused() {
        http.request().contentType("application/json").body("{\"grant_type\":\"client_credentials\"}")
                .post("/" + provider.tenantId() + "/oauth2/token")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_request"));
    }

    /** A charset Java does not know is an invalid request in the OAuth shape, not a 500. */
    @Test
    void a_form_in_an_unknown_charset_is_an_invalid_request() throws Exception {
        for (String odd : List.of("charset=bogus-8", "charset")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(http.baseUrl() + "/" + provider.tenantId() + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded; " + odd)
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + provider.clientId()
                            + "&client_secret=" + provider.clientSecret())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(odd + " → " + answer.body()).isEqualTo(400);
            JsonPath error = new JsonPath(answer.body());
            assertThat(error.getString("error")).as(odd).isEqualTo("invalid_request");
            assertThat(error.getString("error_description")).as(odd).contains("charset");
            assertThat(answer.body()).doesNotContain(provider.clientSecret());
        }
    }
}
