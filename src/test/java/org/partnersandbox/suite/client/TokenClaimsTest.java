package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    private static String jwt(String payloadJson) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void an_app_user_token_names_its_tenant_app_and_user() {
        TokenClaims claims = TokenClaims.of(Secret.of(jwt("""
                {"tid":"0e195b37-4574-4539-bc42-0e539b9684c0","appid":"5c1a7e10","upn":"admin@contoso.onmicrosoft.com"}""")));

        assertThat(claims.tenantId()).isEqualTo("0e195b37-4574-4539-bc42-0e539b9684c0");
        assertThat(claims.appId()).isEqualTo("5c1a7e10");
        assertThat(claims.user()).contains("admin@contoso.onmicrosoft.com");
        assertThat(claims.kind()).isEqualTo(TokenKind.APP_USER);
    }

    @Test
    void an_app_only_token_names_no_user() {
        TokenClaims claims = TokenClaims.of(Secret.of(jwt("{\"tid\":\"t\",\"appid\":\"a\"}")));

        assertThat(claims.user()).isEmpty();
        assertThat(claims.kind()).isEqualTo(TokenKind.APP_ONLY);
    }

    @Test
    void a_multifactor_sign_in_is_read_from_amr() {
        assertThat(TokenClaims.of(Secret.of(jwt("{\"tid\":\"t\",\"upn\":\"u\",\"amr\":[\"pwd\",\"mfa\"]}"))).multifactor()).isTrue();
        assertThat(TokenClaims.of(Secret.of(jwt("{\"tid\":\"t\",\"upn\":\"u\",\"amr\":[\"pwd\"]}"))).multifactor()).isFalse();
        assertThat(TokenClaims.of(Secret.of(jwt("{\"tid\":\"t\",\"upn\":\"u\"}"))).multifactor())
                .as("no amr claim at all is no evidence of a second factor").isFalse();
    }

    @Test
    void a_token_that_is_not_a_jwt_is_refused_without_showing_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenClaims.of(Secret.of("opaque-secret-token")))
                .withMessageNotContaining("opaque-secret-token");
    }
}
