package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/** how the user of a partner account signs in, and what Partner Center makes of it. */
public final class SignInSteps {

    private final ScenarioContext context;
    private final Actors actors;

    public SignInSteps(ScenarioContext context, Actors actors) {
        this.context = context;
        this.actors = actors;
    }

    @Given("a sandbox indirect provider whose user signs in without a second factor")
    public void a_sandbox_indirect_provider_whose_user_signs_in_without_a_second_factor() {
        Actor provider = actors.castSignedInWithoutMfa(PartnerRole.INDIRECT_PROVIDER);
        assertThat(provider.partnerCenter().with(TokenKind.APP_USER).tokenClaims().multifactor())
                .as(context.about("the App+User token of " + provider.describe() + " records a second factor")).isFalse();
    }

    @Then("its App+User token records a sign-in with a second factor")
    public void its_app_user_token_records_a_sign_in_with_a_second_factor() {
        Actor actor = context.actor();
        assertThat(actor.partnerCenter().with(TokenKind.APP_USER).tokenClaims().authenticationMethods())
                .as(context.about("authentication methods (amr) of the App+User token of " + actor.describe())).contains("mfa");
    }

    @Then("its customers are listed")
    public void its_customers_are_listed() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("HTTP status of the listing").isEqualTo(200));
            softly.check(() -> assertThat(response.json().path("attributes").path("objectType").asText()).as("objectType")
                    .isEqualTo("Collection"));
        });
    }
}
