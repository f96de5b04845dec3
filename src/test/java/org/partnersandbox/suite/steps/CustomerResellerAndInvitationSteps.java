package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/**
 * A customer's own relationships: which indirect reseller it has (as its provider or that reseller
 * lists them, RR-09), and the invitation to a new customer, which the sandbox does not support
 * (RR-03, IP-06) and production does (RR-P2, RR-P4, RR-P7).
 */
public final class CustomerResellerAndInvitationSteps {

    private final ScenarioContext context;
    private final CreatedResources created;

    public CustomerResellerAndInvitationSteps(ScenarioContext context, CreatedResources created) {
        this.context = context;
        this.created = created;
    }

    @Then("that customer's indirect reseller is that indirect reseller")
    public void that_customers_indirect_reseller_is_that_indirect_reseller() {
        onlyThatIndirectResellerIsListedIn(context.actor().partnerCenter().customers().relationships(created.customer().id()));
    }

    @Then("that indirect reseller is listed as the customer's reseller")
    public void that_indirect_reseller_is_listed_as_the_customers_reseller() {
        onlyThatIndirectResellerIsListedIn(context.lastResponse());
    }

    /** {@code response}, a listing of the customer's relationships, lists that indirect reseller and no other. */
    private void onlyThatIndirectResellerIsListedIn(ApiResponse response) {
        List<PartnerRelationship> relationships = PartnerRelationship.listFrom(response.json());
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the listing").isEqualTo(200));
            softly.check(() -> assertThat(relationships)
                    .as("the customer's indirect resellers").extracting(PartnerRelationship::id)
                    .containsExactly(context.reseller().tenantId()));
            softly.check(() -> assertThat(relationships).as("their PartnerIDs").extracting(PartnerRelationship::mpnId)
                    .containsExactly(context.reseller().mpnId()));
        });
    }

    /** RR-03, IP-06: the invitation URL for a new customer relationship. */
    @When("it asks for a relationship request to invite a new customer")
    public void it_asks_for_a_relationship_request_to_invite_a_new_customer() {
        context.answered(context.actor().partnerCenter().customers().relationshipRequest());
    }

    /** RR-P2, RR-P4, RR-P7: where invitations are supported (production), the URL to send to the customer. */
    @Then("it receives a relationship request URL to send to the customer")
    public void it_receives_a_relationship_request_url_to_send_to_the_customer() {
        ApiResponse response = context.lastResponse();
        String url = response.json().path("url").asText("");
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the relationship request").isEqualTo(200));
            softly.check(() -> assertThat(isHttpsUrl(url)).as("url is an absolute https URL: '%s'", url).isTrue());
            softly.check(() -> assertThat(response.json().path("attributes").path("objectType").asText())
                    .as("attributes.objectType").isEqualTo("RelationshipRequest"));
        });
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
