package org.partnersandbox.suite.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.net.URISyntaxException;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.ScenarioContext;

/**
 * Asking for a relationship request, the URL that invites a new customer to a reseller
 * relationship: refused for every sandbox partner type (RR-03, RR-05, RR-07, RR-10, IP-06),
 * given in production (RR-P2, RR-P4, RR-P7).
 */
public final class RelationshipRequestSteps {

    private final ScenarioContext context;

    public RelationshipRequestSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("it asks for a relationship request to invite a new customer")
    public void it_asks_for_a_relationship_request_to_invite_a_new_customer() {
        context.answered(context.actor().partnerCenter().customers().relationshipRequest());
    }

    @Then("it receives a relationship request URL to send to the customer")
    public void it_receives_a_relationship_request_url_to_send_to_the_customer() {
        ApiResponse response = context.lastResponse();
        String url = response.json().path("url").asText("");
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("status of the relationship request").isEqualTo(200);
            softly.assertThat(isHttpsUrl(url)).as("url is an absolute https URL: '%s'", url).isTrue();
            softly.assertThat(response.json().path("attributes").path("objectType").asText())
                    .as("attributes.objectType").isEqualTo("RelationshipRequest");
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
