package org.partnersandbox.emulator;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnersandbox.emulator.EmulatorHttp.errorCode;

/** Seed 000 (RR-03, RR-05, RR-07, RR-10) and seed 003 (IP-06): no customer invitations in the sandbox. */
class RelationshipRequestsTest {

    private static final String REQUESTS = "/v1/customers/relationshiprequests";

    @RegisterExtension
    static final EmulatorHttp http = new EmulatorHttp();

    @ParameterizedTest
    @ValueSource(strings = {"indirectProvider", "directBillPartner"})
    void a_sandbox_partner_is_refused_with_900127_whatever_its_token(String role) {
        EmulatorHttp.Account account = http.provision(role);
        assertThat(errorCode(http.as(http.appUserToken(account)).get(REQUESTS), 400)).isEqualTo(900127);
        assertThat(errorCode(http.as(http.appOnlyToken(account)).get(REQUESTS), 400)).isEqualTo(900127);
    }

    @Test
    void a_sandbox_indirect_reseller_is_refused_with_900127() {
        EmulatorHttp.Account provider = http.provision("indirectProvider");
        JsonPath reseller = http.reseller(http.appUserToken(provider));
        assertThat(errorCode(http.as(http.resellerToken(reseller, provider)).get(REQUESTS), 400)).isEqualTo(900127);
    }

    @Test
    void the_production_account_gets_its_invitation_url() {
        EmulatorHttp.Account production = http.provision("productionAccount");
        JsonPath request = http.as(http.appUserToken(production)).get(REQUESTS).then().statusCode(200).extract().jsonPath();
        assertThat(request.getString("url")).isEqualTo("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship"
                + "&partnerId=" + production.tenantId() + "&msppId=0&DAP=false#/BillingAccounts/partner-invitation");
        assertThat(request.getString("attributes.objectType")).isEqualTo("RelationshipRequest");
        assertThat(errorCode(http.as(http.appOnlyToken(production)).get(REQUESTS), 403)).isEqualTo(900329);
    }
}
