package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.UUID;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/** What a successful create returns: the new reseller in full (IR-10), with the PartnerID it was given (IP-09, IR-03). */
public final class ResellerResponseSteps {

    private final ScenarioContext context;

    public ResellerResponseSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the response describes the new indirect reseller in full")
    public void the_response_describes_the_new_indirect_reseller_in_full() {
        ApiResponse response = context.lastResponse();
        SandboxResellerRequest request = context.resellerRequest();
        JsonNode ir = response.json();
        String accountId = ir.path("accountId").asText("");
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(isGuid(accountId)).as("accountId is a GUID: '%s'", accountId).isTrue());
            softly.check(() -> assertThat(ir.path("mpnId").asText()).as("mpnId").isEqualTo(request.mpnId()));
            softly.check(() -> assertThat(ir.path("tenant").path("id").asText())
                    .as("tenant.id equals accountId").isEqualTo(accountId));
            softly.check(() -> assertThat(ir.path("tenant").path("adminUserAccount").asText()).as("tenant.adminUserAccount")
                    .isEqualToIgnoringCase(request.expectedAdminUserAccount()));
            softly.check(() -> assertThat(ir.path("tenant").path("password").asText("").isBlank())
                    .as("tenant.password is given (its value is never printed)").isFalse());
            JsonNode agreement = ir.path("agreementSignature");
            softly.check(() -> assertThat(agreement.path("agreementType").asText()).as("agreementSignature.agreementType")
                    .isEqualTo("ValueAddedReseller"));
            softly.check(() -> assertThat(agreement.path("attributes").path("objectType").asText())
                    .as("agreementSignature.attributes.objectType").isEqualTo("AgreementSignatureResponse"));
            JsonNode relationship = ir.path("partnerRelationship");
            softly.check(() -> assertThat(relationship.path("relationshipType").asText())
                    .as("partnerRelationship.relationshipType")
                    .isEqualTo("is_indirect_reseller_of"));
            softly.check(() -> assertThat(relationship.path("state").asText())
                    .as("partnerRelationship.state").isEqualTo("Active"));
            softly.check(() -> assertThat(relationship.path("mpnId").asText())
                    .as("partnerRelationship.mpnId").isEqualTo(request.mpnId()));
            softly.check(() -> assertThat(relationship.path("attributes").path("objectType").asText())
                    .as("partnerRelationship.attributes.objectType").isEqualTo("PartnerRelationshipResponse"));
        });
    }

    @Then("the indirect reseller has the PartnerID it was given")
    public void the_indirect_reseller_has_the_partner_id_it_was_given() {
        ApiResponse response = context.lastResponse();
        assertThat(IndirectReseller.fromJson(response.json()).mpnId()).as(context.about(response) + "mpnId of the new reseller")
                .isEqualTo(context.resellerRequest().mpnId());
    }

    @Then("they are all created with that PartnerID, each with an account of its own")
    public void they_are_all_created_with_that_partner_id_each_with_an_account_of_its_own() {
        List<IndirectReseller> created = context.resellers();
        String partnerId = context.resellerRequest().mpnId();
        Checks.all(context.about("resellers created with PartnerID " + partnerId), softly -> {
            softly.check(() -> assertThat(created).as("resellers created").hasSizeGreaterThan(1));
            softly.check(() -> assertThat(created)
                    .as("their PartnerIDs").extracting(IndirectReseller::mpnId).containsOnly(partnerId));
            softly.check(() -> assertThat(created)
                    .as("their account ids").extracting(IndirectReseller::accountId).doesNotHaveDuplicates());
        });
    }

    private static boolean isGuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
