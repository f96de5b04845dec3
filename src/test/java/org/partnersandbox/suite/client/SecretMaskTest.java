package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void the_bearer_token_of_an_authorization_header_is_masked_and_the_scheme_kept() {
        assertThat(SecretMask.header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.sig"))
                .isEqualTo("Bearer ***");
        assertThat(SecretMask.header("authorization", "opaque")).isEqualTo("***");
        assertThat(SecretMask.header("MS-CorrelationId", "b12260fb-0000-4000-8000-000000000000"))
                .isEqualTo("b12260fb-0000-4000-8000-000000000000");
    }

    @Test
    void an_indirect_resellers_tenant_password_is_masked_and_the_rest_kept() {
        String created = """
                {"accountId":"6f94b119-793c-44c7-862b-c327c9057eab",
                 "tenant":{"id":"6f94b119-793c-44c7-862b-c327c9057eab",
                           "adminUserAccount":"admin@tipir1.onmicrosoft.com","password":"Xy7!secret"}}""";

        String masked = SecretMask.body(created);

        assertThat(masked).doesNotContain("Xy7!secret")
                .contains("\"password\" : \"***\"")
                .contains("admin@tipir1.onmicrosoft.com")
                .contains("6f94b119-793c-44c7-862b-c327c9057eab");
    }

    @Test
    void token_answers_and_account_secrets_are_masked_at_any_depth() {
        String body = """
                [{"token_type":"Bearer","access_token":"eyJ.abc.def","refresh_token":"r-123","expires_in":"3599"},
                 {"app":{"clientId":"c-1","clientSecret":"s3cr3t"},"user":{"userName":"u@x","password":"p4ss"}}]""";

        String masked = SecretMask.body(body);

        assertThat(masked).doesNotContain("eyJ.abc.def", "r-123", "s3cr3t", "p4ss")
                .contains("3599", "c-1", "u@x");
    }

    @Test
    void form_bodies_are_masked_field_by_field() {
        String form = "grant_type=password&client_id=c-1&username=u%40x&password=p4ss&client_secret=s3cr3t&resource=r";

        assertThat(SecretMask.body(form))
                .isEqualTo("grant_type=password&client_id=c-1&username=u%40x&password=***&client_secret=***&resource=r");
        assertThat(SecretMask.formValue("client_secret", "s3cr3t")).isEqualTo("***");
        assertThat(SecretMask.formValue("username", "u@x")).isEqualTo("u@x");
    }

    @Test
    void broken_json_and_free_text_are_still_masked() {
        assertThat(SecretMask.body("{\"password\": \"p4ss\", \"refresh_token\": \"r-1\", oops"))
                .doesNotContain("p4ss", "r-1");
        assertThat(SecretMask.text("sent Authorization: Bearer eyJabc.def-ghi_j to the service"))
                .isEqualTo("sent Authorization: Bearer *** to the service");
    }

    @Test
    void a_secret_prints_as_a_mask() {
        Secret secret = Secret.of("p4ss");

        assertThat(secret).hasToString("***");
        assertThat(secret.reveal()).isEqualTo("p4ss");
        assertThat(new PartnerAccount(PartnerRole.INDIRECT_PROVIDER, true, "t", "n", "1", "US",
                "c", Secret.of("s3cr3t"), "u", secret).toString()).doesNotContain("s3cr3t", "p4ss");
    }

    @Test
    void a_bare_jwt_under_an_ordinary_name_is_masked_too() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJhYmMifQ.c2lnbmF0dXJlc2lnbmF0dXJl";
        assertThat(SecretMask.body("{\"note\": \"" + jwt + "\"}")).doesNotContain(jwt);
        assertThat(SecretMask.text("token was " + jwt)).doesNotContain(jwt);
    }
}
