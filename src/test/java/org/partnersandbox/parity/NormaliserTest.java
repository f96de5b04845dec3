package org.partnersandbox.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.parity.Calls.call;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    private static final String CUSTOMER = "8a1b2c3d-0000-4000-8000-000000000001";
    private static final String TENANT = "8a1b2c3d-0000-4000-8000-000000000002";

    @Test
    void the_same_id_is_the_same_placeholder_wherever_it_stands_and_its_kind_comes_from_where_it_was_first_seen() {
        List<Exchange> normal = Normaliser.normalise(List.of(
                call("POST", "/v1/customers", 201, """
                        {"id": "%s", "companyProfile": {"tenantId": "%s", "domain": "psa2612051003abcwxyz.onmicrosoft.com"},
                         "links": {"self": {"uri": "/customers/%s"}}, "creationDate": "2026-12-05T10:03:47.1234567Z",
                         "attributes": {"etag": "W/\\"datetime'2026'\\"", "objectType": "Customer"}, "partnerId": 4711}
                        """.formatted(CUSTOMER, TENANT, CUSTOMER)),
                call("GET", "/v1/customers/" + CUSTOMER + "?size=10", 200, """
                        {"items": [{"id": "%s", "companyProfile": {"tenantId": "%s"}}]}""".formatted(CUSTOMER, TENANT))));

        assertThat(normal.get(0).body().toString()).isEqualTo("""
                {"id":"<customer:1>","companyProfile":{"tenantId":"<tenant:1>","domain":"<name:1>"},\
                "links":{"self":{"uri":"/customers/<customer:1>"}},"creationDate":"<date>",\
                "attributes":{"etag":"<etag>","objectType":"Customer"},"partnerId":0}""");
        assertThat(normal.get(1).call()).isEqualTo("GET /v1/customers/<customer:1>?size=10");
        assertThat(normal.get(1).body().toString())
                .isEqualTo("{\"items\":[{\"id\":\"<customer:1>\",\"companyProfile\":{\"tenantId\":\"<tenant:1>\"}}]}");
    }

    @Test
    void consecutive_repeats_of_a_call_count_once_with_their_last_answer() {
        List<Exchange> normal = Normaliser.normalise(List.of(
                call("GET", "/v1/customers/" + CUSTOMER, 404, 600026, "{\"code\": 600026}"),
                call("GET", "/v1/customers/" + CUSTOMER, 200, "{\"id\": \"" + CUSTOMER + "\"}"),
                call("DELETE", "/v1/customers/" + CUSTOMER, 204, null)));

        assertThat(normal).extracting(Exchange::call, Exchange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET /v1/customers/<customer:1>", 200),
                        org.assertj.core.groups.Tuple.tuple("DELETE /v1/customers/<customer:1>", 204));
    }

    @Test
    void canary_secrets_in_bodies_paths_and_text_never_survive() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiIxIn0.c2lnbmF0dXJlY2FuYXJ5";
        List<Exchange> normal = Normaliser.normalise(List.of(
                call("POST", "/v1/sandboxIndirectReseller?client_secret=canary-query-secret", 201, """
                        {"tenant": {"password": "canary-password-1", "adminUser": {"passWord": "canary-password-2"}},
                         "clientSecret": "canary-client-secret", "refresh_token": "canary-refresh", "access_token": "%s",
                         "note": "Authorization: Bearer canary-bearer-token", "link": "%s", "masked": "***"}
                        """.formatted(jwt, jwt))));

        String text = normal.toString();
        assertThat(text).doesNotContain("canary", jwt, "***");
        assertThat(normal.get(0).body().path("tenant").path("password").asText()).isEqualTo(Normaliser.SECRET);
        assertThat(normal.get(0).path()).isEqualTo("/v1/sandboxIndirectReseller?client_secret=<secret>");
    }
}
