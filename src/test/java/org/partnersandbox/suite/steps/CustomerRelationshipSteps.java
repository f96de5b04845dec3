package org.partnersandbox.suite.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.CreatedResources;
import org.partnersandbox.suite.support.ScenarioContext;

/** A customer's relationships: which indirect reseller it has, and the invitation the sandbox does not support. */
public final class CustomerRelationshipSteps {

    private final ScenarioContext context;
    private final CreatedResources created;

    public CustomerRelationshipSteps(ScenarioContext context, CreatedResources created) {
        this.context = context;
        this.created = created;
    }

    @Then("that customer's indirect reseller is that indirect reseller")
    public void that_customers_indirect_reseller_is_that_indirect_reseller() {
        ApiResponse response = context.actor().partnerCenter().customers().relationships(created.customer().id());
        List<PartnerRelationship> relationships = PartnerRelationship.listFrom(response.json());
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("status").isEqualTo(200);
            softly.assertThat(relationships).as("the customer's indirect resellers").extracting(PartnerRelationship::id)
                    .containsExactly(context.reseller().tenantId());
            softly.assertThat(relationships).as("their PartnerIDs").extracting(PartnerRelationship::mpnId)
                    .containsExactly(context.reseller().mpnId());
        });
    }

    /** RR-03, IP-06: the invitation URL for a new customer relationship. */
    @When("it asks for a relationship request to invite a new customer")
    public void it_asks_for_a_relationship_request_to_invite_a_new_customer() {
        context.answered(context.actor().partnerCenter().customers().relationshipRequest());
    }
}
