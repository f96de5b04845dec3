package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallRecord;
import org.partnersandbox.suite.client.Pages;
import org.partnersandbox.suite.client.CallIds;
import org.partnersandbox.suite.client.TokenClaims;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.scenario.CustomerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/** Conventions every call relies on: ids echoed, collections and paging, the two kinds of token. */
public final class ConventionSteps {

    private final ScenarioContext context;
    private final CustomerActions customers;
    private Pages pages;

    public ConventionSteps(ScenarioContext context, CustomerActions customers) {
        this.context = context;
        this.customers = customers;
    }

    @Then("every answer carried back the request id and correlation id its call sent")
    public void every_answer_carried_back_the_ids_its_call_sent() {
        List<ApiResponse> answers = context.answers();
        assertThat(answers).as(context.about("answers kept by the scenario")).isNotEmpty();
        Checks.all(context.about(answers.size() + " answers"), softly -> answers.forEach(answer -> {
            // both ids must have been sent and come back: an id missing on both sides is no echo
            softly.check(() -> assertThat(answer.sent().requestId())
                    .as("%s sent with %s", CallIds.REQUEST_ID, answer.call().describe())
                    .isPresent());
            softly.check(() -> assertThat(answer.sent().correlationId())
                    .as("%s sent with %s", CallIds.CORRELATION_ID, answer.call().describe())
                    .isPresent());
            answer.sent().requestId().ifPresent(sent -> softly.check(() -> assertThat(answer.header(CallIds.REQUEST_ID))
                    .as("%s of %s", CallIds.REQUEST_ID, answer.call().describe()).contains(sent)));
            answer.sent().correlationId().ifPresent(sent -> softly.check(() -> assertThat(answer.header(CallIds.CORRELATION_ID))
                    .as("%s of %s", CallIds.CORRELATION_ID, answer.call().describe()).contains(sent)));
        }));
    }

    @When("it lists its customers {int} at a time, following each next page link to the end")
    public void it_lists_its_customers_page_by_page(int pageSize) {
        pages = context.actor().partnerCenter().customers().listAll(pageSize);
        pages.pages().forEach(context::answered);
    }

    @Then("it went through {int} pages of at most {int} customers, each a Collection")
    public void it_went_through_pages_each_a_collection(int count, int pageSize) {
        Checks.all(context.about(pages.last()), softly -> {
            softly.check(() -> assertThat(pages.count()).as("number of pages").isEqualTo(count));
            for (ApiResponse page : pages.pages()) {
                JsonNode json = page.json();
                softly.check(() -> assertThat(page.status()).as("status of %s", page.call().describe()).isEqualTo(200));
                softly.check(() -> assertThat(json.path("attributes").path("objectType").asText())
                        .as("objectType of %s", page.call().path())
                        .isEqualTo("Collection"));
                softly.check(() -> assertThat(json.path("items").size())
                        .as("items on %s", page.call().path()).isBetween(1, pageSize));
                softly.check(() -> assertThat(json.path("totalCount").isNumber())
                        .as("totalCount of %s is a number", page.call().path()).isTrue());
            }
            softly.check(() -> assertThat(pages.last().json().path("links").has("next"))
                    .as("the last page has no next link").isFalse());
        });
    }

    @Then("the pages together hold its {int} customers, each once")
    public void the_pages_together_hold_its_customers_each_once(int count) {
        List<String> ids = pages.items().stream().map(item -> item.path("id").asText()).toList();
        assertThat(customers.customersItHas()).as(context.about("the customers it has")).hasSize(count);
        assertThat(ids).as(context.about(pages.last()) + "customers over all pages").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(customers.customersItHas());
    }

    @Then("it used a token of each kind, each issued by the token endpoint for its own account, and both were accepted")
    public void it_used_a_token_of_each_kind_and_both_were_accepted() {
        Actor actor = context.actor();
        Checks.all(context.about("tokens of " + actor.describe()), softly -> {
            for (TokenKind kind : TokenKind.values()) {
                List<CallRecord> calls = context.calls().callsWith(kind);
                softly.check(() -> assertThat(calls).as("calls made with an %s token", kind).isNotEmpty()
                        .allSatisfy(call -> assertThat(call.status()).as(call.describe()).isBetween(200, 299)));
                TokenClaims claims = actor.partnerCenter().with(kind).tokenClaims();
                softly.check(() -> assertThat(claims.tenantId())
                        .as("tenant (tid) of the %s token", kind).isEqualToIgnoringCase(actor.account().tenantId()));
                softly.check(() -> assertThat(claims.appId())
                        .as("app (appid) of the %s token", kind).isEqualTo(actor.account().clientId()));
                softly.check(() -> assertThat(claims.kind())
                        .as("a user is named in the token exactly when it is App+User").isEqualTo(kind));
            }
        });
    }
}
