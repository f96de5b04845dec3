package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.UUID;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerAccount;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.ScenarioContext;

/** Creating and deleting sandbox indirect resellers (seeds 003 and 002). */
public final class IndirectResellerSteps {

    private final ScenarioContext context;

    public IndirectResellerSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("it creates a sandbox indirect reseller")
    public void it_creates_a_sandbox_indirect_reseller() {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        PartnerAccount provider = partnerCenter.account();
        // the provider's own sandbox PartnerID and its region: a valid pair wherever the provider is a sandbox account
        SandboxResellerRequest request = SandboxResellerRequest.of(
                provider.partnerId(), provider.country(), SandboxResellerRequest.uniqueDomainPrefix());
        context.requested(request);
        ApiResponse response = partnerCenter.indirectResellers().create(request);
        context.answered(response);
        IndirectReseller reseller = IndirectReseller.fromJson(response.json());
        if (isSuccess(response) && !reseller.accountId().isEmpty()) {
            context.created(reseller);
            context.ledger().register(reseller.describe(), () -> remove(partnerCenter, reseller));
        }
    }

    @When("it tries to create a sandbox indirect reseller")
    public void it_tries_to_create_a_sandbox_indirect_reseller() {
        // what it had before, so that "nothing was created" can be checked afterwards
        ApiResponse before = context.actor().partnerCenter().indirectResellers().relationships();
        context.relationshipsBefore(PartnerRelationship.listFrom(before.json()));
        it_creates_a_sandbox_indirect_reseller();
    }

    @Given("it has created a sandbox indirect reseller")
    public void it_has_created_a_sandbox_indirect_reseller() {
        it_creates_a_sandbox_indirect_reseller();
        the_indirect_reseller_is_created();
    }

    @Then("the indirect reseller is created")
    public void the_indirect_reseller_is_created() {
        ApiResponse response = context.lastResponse();
        // the page gives no status for success; the emulator answers 201, as customer creation does
        assertThat(response.status()).as(context.about(response) + "status of a successful create").isIn(200, 201);
        assertThat(context.resellerIfCreated()).as(context.about(response) + "the created reseller's accountId").isPresent();
    }

    @Then("the response describes the new indirect reseller in full")
    public void the_response_describes_the_new_indirect_reseller_in_full() {
        ApiResponse response = context.lastResponse();
        SandboxResellerRequest request = context.resellerRequest();
        JsonNode ir = response.json();
        String accountId = ir.path("accountId").asText("");
        Checks.all(context.about(response), softly -> {
            softly.assertThat(isGuid(accountId)).as("accountId is a GUID: '%s'", accountId).isTrue();
            softly.assertThat(ir.path("mpnId").asText()).as("mpnId").isEqualTo(request.mpnId());
            softly.assertThat(ir.path("tenant").path("id").asText()).as("tenant.id equals accountId").isEqualTo(accountId);
            softly.assertThat(ir.path("tenant").path("adminUserAccount").asText()).as("tenant.adminUserAccount")
                    .isEqualToIgnoringCase(request.expectedAdminUserAccount());
            softly.assertThat(ir.path("tenant").path("password").asText("").isBlank())
                    .as("tenant.password is given (its value is never printed)").isFalse();
            JsonNode agreement = ir.path("agreementSignature");
            softly.assertThat(agreement.path("agreementType").asText()).as("agreementSignature.agreementType")
                    .isEqualTo("ValueAddedReseller");
            softly.assertThat(agreement.path("attributes").path("objectType").asText())
                    .as("agreementSignature.attributes.objectType").isEqualTo("AgreementSignatureResponse");
            JsonNode relationship = ir.path("partnerRelationship");
            softly.assertThat(relationship.path("relationshipType").asText()).as("partnerRelationship.relationshipType")
                    .isEqualTo("is_indirect_reseller_of");
            softly.assertThat(relationship.path("state").asText()).as("partnerRelationship.state").isEqualTo("Active");
            softly.assertThat(relationship.path("mpnId").asText()).as("partnerRelationship.mpnId").isEqualTo(request.mpnId());
            softly.assertThat(relationship.path("attributes").path("objectType").asText())
                    .as("partnerRelationship.attributes.objectType").isEqualTo("PartnerRelationshipResponse");
        });
    }

    @When("it deletes that indirect reseller")
    public void it_deletes_that_indirect_reseller() {
        IndirectReseller reseller = context.reseller();
        context.answered(context.actor().partnerCenter().indirectResellers().delete(reseller.accountId()));
    }

    @Then("the indirect reseller is deleted")
    public void the_indirect_reseller_is_deleted() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("status of the delete").isEqualTo(204);
            softly.assertThat(response.hasEmptyBody()).as("the delete answers with an empty body").isTrue();
        });
    }

    /** Cleanup: a reseller that is already gone (deleted by the scenario itself) is fine. */
    private static void remove(PartnerCenterApi partnerCenter, IndirectReseller reseller) {
        ApiResponse response = partnerCenter.indirectResellers().delete(reseller.accountId());
        if (!isSuccess(response) && response.status() != 404) {
            throw new IllegalStateException(response.call().describe() + " " + response.maskedBody());
        }
    }

    private static boolean isSuccess(ApiResponse response) {
        return response.status() >= 200 && response.status() < 300;
    }

    private static boolean isGuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
