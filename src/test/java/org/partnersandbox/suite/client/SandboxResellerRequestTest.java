package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SandboxResellerRequestTest {

    @Test
    void the_body_carries_every_property_the_page_requires() {
        JsonNode body = SandboxResellerRequest.of("6363276", "US", "tipirexample").body();

        assertThat(body.path("mpnId").asText()).isEqualTo("6363276");
        for (String property : new String[] {"domainPrefix", "name", "displayName", "adminUserName", "adminFirstName",
                "adminLastName", "adminAlternateEmail", "country", "culture"}) {
            assertThat(body.path("tenant").path(property).asText()).as("tenant.%s", property).isNotBlank();
        }
        assertThat(body.path("tenant").path("country").asText()).isEqualTo("US");
        assertThat(body.at("/legalBusinessProfile/companyName").asText()).isEqualTo("tipirexample");
        assertThat(body.at("/legalBusinessProfile/address/country").asText()).isEqualTo("US");
        assertThat(body.at("/legalBusinessProfile/primaryContact/email").asText()).isNotBlank();
        assertThat(body.path("organizationProfileLanguage").asText()).isEqualTo("en");
    }

    @Test
    void the_admin_account_follows_from_the_domain_prefix() {
        SandboxResellerRequest request = SandboxResellerRequest.of("6363276", "US", "TipIRIntTest705");

        assertThat(request.expectedAdminUserAccount()).isEqualTo("admin@tipirinttest705.onmicrosoft.com");
    }

    @Test
    void domain_prefixes_are_unique_letters_and_digits() {
        String one = SandboxResellerRequest.uniqueDomainPrefix();
        String other = SandboxResellerRequest.uniqueDomainPrefix();

        assertThat(one).matches("[a-z0-9]{10,27}").isNotEqualTo(other);
    }

    @Test
    void a_property_can_be_left_out_without_touching_the_original() {
        SandboxResellerRequest full = SandboxResellerRequest.of("6363276", "US", "tipirexample");

        SandboxResellerRequest withoutPrefix = full.without("tenant.domainPrefix");

        assertThat(withoutPrefix.body().path("tenant").has("domainPrefix")).isFalse();
        assertThat(full.body().path("tenant").has("domainPrefix")).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> full.without("tenant.nothing"))
                .withMessageContaining("tenant.nothing");
    }

    @Test
    void the_partner_id_can_be_given_under_the_name_of_the_2022_table() {
        SandboxResellerRequest request = SandboxResellerRequest.of("6363276", "US", "tipirnamed").withPartnerIdNamed("partnerId");

        assertThat(request.body().has("mpnId")).isFalse();
        assertThat(request.body().path("partnerId").asText()).isEqualTo("6363276");
        assertThat(request.mpnId()).isEqualTo("6363276");
        assertThat(request.body().path("tenant").path("domainPrefix").asText()).isEqualTo("tipirnamed");
    }
}
