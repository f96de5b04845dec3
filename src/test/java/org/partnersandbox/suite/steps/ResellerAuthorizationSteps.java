package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallRecord;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.scenario.BeforeTheAttempt;
import org.partnersandbox.suite.scenario.ResellerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.steps.ParameterTypes.BadToken;

/**
 * Create and delete with credentials the pages say are not enough: an App-only token (IR-14,
 * IR-27), a forged or expired token (IR-26). The attempt is made by the current actor. Also which
 * kind of token a create or delete carried, as the token's own claims say.
 */
public final class ResellerAuthorizationSteps {

    private final ScenarioContext context;
    private final Actors actors;
    private final ResellerActions resellers;
    private final BeforeTheAttempt before;

    public ResellerAuthorizationSteps(ScenarioContext context, Actors actors, ResellerActions resellers,
                                      BeforeTheAttempt before) {
        this.context = context;
        this.actors = actors;
        this.resellers = resellers;
        this.before = before;
    }

    @When("it tries to create a sandbox indirect reseller with an {tokenKind} token")
    public void it_tries_to_create_with_a_token_of_kind(TokenKind kind) {
        before.rememberTheResellersOf(context.actor());
        PartnerCenterApi partnerCenter = context.actor().partnerCenter().with(kind);
        SandboxResellerRequest request = resellers.newRequest();
        context.requested(request);
        resellers.kept(context.actor().partnerCenter(), partnerCenter.indirectResellers().create(request));
    }

    @When("it tries to delete that indirect reseller with an {tokenKind} token")
    public void it_tries_to_delete_with_a_token_of_kind(TokenKind kind) {
        tryToDeleteAs(context.actor().partnerCenter().with(kind));
    }

    @When("it tries to delete that indirect reseller with {badToken}")
    public void it_tries_to_delete_with_a_bad_token(BadToken token) {
        Actor actor = token == BadToken.EXPIRED ? actors.withExpiredToken(context.actor()) : actors.withForgedToken(context.actor());
        tryToDeleteAs(actor.partnerCenter());
    }

    /** IR-14: the last create of an indirect reseller carried a token whose claims say {@code kind}. */
    @Then("the indirect reseller was created with an {tokenKind} token")
    public void the_indirect_reseller_was_created_with_a_token_of_kind(TokenKind kind) {
        lastCallCarried("POST", "the create", kind);
    }

    /** IR-27: the last delete of an indirect reseller carried a token whose claims say {@code kind}. */
    @Then("the indirect reseller was deleted with an {tokenKind} token")
    public void the_indirect_reseller_was_deleted_with_a_token_of_kind(TokenKind kind) {
        lastCallCarried("DELETE", "the delete", kind);
    }

    private void lastCallCarried(String method, String what, TokenKind kind) {
        List<CallRecord> calls = context.answers().stream().map(ApiResponse::call)
                .filter(call -> call.method().equals(method) && call.path().contains("sandboxIndirectReseller")).toList();
        assertThat(calls).as(context.about(what + " of an indirect reseller was made")).isNotEmpty();
        CallRecord call = calls.get(calls.size() - 1);
        assertThat(context.calls().callsWith(kind)).as(context.about(call.describe() + " carried a token whose claims say " + kind))
                .contains(call);
    }

    private void tryToDeleteAs(PartnerCenterApi partnerCenter) {
        before.rememberTheResellersOf(context.provider());
        context.answered(partnerCenter.indirectResellers().delete(context.reseller().accountId()));
    }
}
