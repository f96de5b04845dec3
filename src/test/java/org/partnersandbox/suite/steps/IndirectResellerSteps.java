package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.CreatedResources;
import org.partnersandbox.suite.support.CustomersBeforeTheAttempt;
import org.partnersandbox.suite.support.SandboxCatalogue;
import org.partnersandbox.suite.support.SandboxCatalogue.RegionalPartnerId;
import org.partnersandbox.suite.support.ScenarioContext;

/** Creating and deleting sandbox indirect resellers (seeds 003 and 002): the ordinary requests. */
public final class IndirectResellerSteps {

    private final ScenarioContext context;
    private final CreatedResources created;
    private final SandboxCatalogue catalogue;
    private final RelationshipSteps relationships;
    private final CustomersBeforeTheAttempt customersBefore;

    public IndirectResellerSteps(ScenarioContext context, CreatedResources created, SandboxCatalogue catalogue,
                                 RelationshipSteps relationships, CustomersBeforeTheAttempt customersBefore) {
        this.context = context;
        this.created = created;
        this.catalogue = catalogue;
        this.relationships = relationships;
        this.customersBefore = customersBefore;
    }

    @When("it creates a sandbox indirect reseller")
    public void it_creates_a_sandbox_indirect_reseller() {
        send(newRequest());
    }

    @When("it tries to create a sandbox indirect reseller")
    public void it_tries_to_create_a_sandbox_indirect_reseller() {
        relationships.rememberTheResellersOf(context.actor());
        it_creates_a_sandbox_indirect_reseller();
    }

    @Given("it has created a sandbox indirect reseller")
    public void it_has_created_a_sandbox_indirect_reseller() {
        it_creates_a_sandbox_indirect_reseller();
        the_indirect_reseller_is_created();
    }

    @Given("it has created {int} sandbox indirect resellers")
    @When("it creates {int} sandbox indirect resellers")
    public void it_has_created_sandbox_indirect_resellers(int count) {
        for (int i = 0; i < count; i++) {
            it_has_created_a_sandbox_indirect_reseller();
        }
    }

    @Then("the indirect reseller is created")
    public void the_indirect_reseller_is_created() {
        ApiResponse response = context.lastResponse();
        // the page gives no status for success; the emulator answers 201, as customer creation does
        assertThat(response.status()).as(context.about(response) + "status of a successful create").isIn(200, 201);
        assertThat(IndirectReseller.fromJson(response.json()).accountId())
                .as(context.about(response) + "the created reseller's accountId").isNotBlank();
    }

    @When("it deletes that indirect reseller")
    @When("it deletes that indirect reseller again")
    public void it_deletes_that_indirect_reseller() {
        IndirectReseller reseller = context.reseller();
        ApiResponse response = context.actor().partnerCenter().indirectResellers().delete(reseller.accountId());
        context.answered(response);
        if (response.status() == 204) {
            context.deleted(reseller);
        }
    }

    @Given("it has deleted that indirect reseller")
    public void it_has_deleted_that_indirect_reseller() {
        it_deletes_that_indirect_reseller();
        the_indirect_reseller_is_deleted();
    }

    @When("it tries to delete that indirect reseller")
    public void it_tries_to_delete_that_indirect_reseller() {
        relationships.rememberTheResellersOf(context.provider());
        customersBefore.read();
        it_deletes_that_indirect_reseller();
    }

    @Then("the indirect reseller is deleted")
    public void the_indirect_reseller_is_deleted() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("status of the delete").isEqualTo(204);
            softly.assertThat(response.hasEmptyBody()).as("the delete answers with an empty body").isTrue();
        });
    }

    /** A valid request with the reseller PartnerID of the target and a domain prefix of its own. */
    SandboxResellerRequest newRequest() {
        RegionalPartnerId partnerId = catalogue.resellerPartnerId(context.actor().account());
        return SandboxResellerRequest.of(partnerId.partnerId(), partnerId.country(), SandboxResellerRequest.uniqueDomainPrefix());
    }

    /** Sends the create as the current actor; a reseller that comes back is registered for cleanup. */
    ApiResponse send(SandboxResellerRequest request) {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        context.requested(request);
        ApiResponse response = partnerCenter.indirectResellers().create(request);
        kept(partnerCenter, response);
        return response;
    }

    /** Keeps the answer of a create; registers the reseller it returned, if any. */
    void kept(PartnerCenterApi partnerCenter, ApiResponse response) {
        context.answered(response);
        IndirectReseller reseller = IndirectReseller.fromJson(response.json());
        if (response.status() >= 200 && response.status() < 300 && !reseller.accountId().isEmpty()) {
            created.reseller(partnerCenter, reseller);
        }
    }
}
