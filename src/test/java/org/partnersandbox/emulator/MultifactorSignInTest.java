package org.partnersandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** App+User calls need a multifactor sign-in; App-only calls do not. */
class MultifactorSignInTest {

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();

    @Test
    void an_app_user_token_signed_in_without_mfa_is_refused_401_900421_on_every_route() throws Exception {
        EmulatorHttp.Account provider = http.provisionWithoutMfa("indirectProvider");
        String token = http.appUserToken(provider);
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd");

        var customers = http.as(token).get("/v1/customers");
        assertThat(EmulatorHttp.errorCode(customers, 401)).isEqualTo(900421);
        assertThat(customers.jsonPath().getString("description")).containsIgnoringCase("multi-factor");
        var resellers = http.createReseller(token, EmulatorHttp.resellerBody("6363276", "US"));
        assertThat(EmulatorHttp.errorCode(resellers, 401)).as("the sandbox-IR pages' own 401 code does not win").isEqualTo(900421);
    }

    @Test
    void the_same_account_is_served_with_an_app_only_token() {
        EmulatorHttp.Account provider = http.provisionWithoutMfa("indirectProvider");
        http.as(http.appOnlyToken(provider)).get("/v1/customers").then().statusCode(200);
    }

    @Test
    void a_multifactor_sign_in_is_served_and_says_so_in_amr() throws Exception {
        EmulatorHttp.Account provider = http.provision("indirectProvider");
        String token = http.appUserToken(provider);
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("amr")).contains("pwd", "mfa");
        http.as(token).get("/v1/customers").then().statusCode(200);
    }

    @Test
    void redeeming_a_refresh_token_keeps_the_methods_of_the_original_sign_in() throws Exception {
        for (boolean multifactor : new boolean[] {true, false}) {
            EmulatorHttp.Account provider = multifactor ? http.provision("indirectProvider")
                    : http.provisionWithoutMfa("indirectProvider");
            String refresh = http.passwordGrant(provider.tenantId(), provider.clientId(), provider.userName(), provider.password())
                    .then().statusCode(200).extract().path("refresh_token");
            String redeemed = http.tokenRequest(provider.tenantId(), Map.of("grant_type", "refresh_token",
                            "client_id", provider.clientId(), "client_secret", provider.clientSecret(), "refresh_token", refresh))
                    .then().statusCode(200).extract().path("access_token");
            assertThat(SignedJWT.parse(redeemed).getJWTClaimsSet().getStringListClaim("amr").contains("mfa"))
                    .as("mfa in amr after redeeming a refresh token of a sign-in %s MFA", multifactor ? "with" : "without")
                    .isEqualTo(multifactor);
            http.as(redeemed).get("/v1/customers").then().statusCode(multifactor ? 200 : 401);
        }
    }

    @Test
    void provisioning_says_how_the_user_signs_in_and_refuses_a_flag_that_is_not_a_boolean() {
        http.request().get("/_emulator/accounts").then().statusCode(200);
        var json = http.request().contentType("application/json").body(Map.of("role", "indirectProvider", "userSignsInWithMfa", false))
                .post("/_emulator/accounts").then().statusCode(201).extract().jsonPath();
        assertThat(json.getBoolean("user.multifactor")).isFalse();
        var refused = http.request().contentType("application/json").body(Map.of("role", "indirectProvider", "userSignsInWithMfa", "no"))
                .post("/_emulator/accounts");
        assertThat(EmulatorHttp.errorCode(refused, 400)).isPositive();
    }
}
