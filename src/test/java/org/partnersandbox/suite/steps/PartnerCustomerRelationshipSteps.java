package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.CallRecord;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.scenario.BeforeTheAttempt;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.CustomerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;
import org.partnersandbox.suite.verdicts.Eventually;
import org.partnersandbox.suite.verdicts.RefusalCheck;

/**
 * A partner's reseller relationship with a customer (seed 000): formed by creating the customer
 * (RR-02), used with either kind of token (RR-01), removed by deleting the customer (RR-12, RR-13),
 * with what must be gone afterwards; a deletion may take a moment to show, so those checks poll
 * ({@link Eventually}).
 */
public final class PartnerCustomerRelationshipSteps {

    private final ScenarioContext context;
    private final CreatedResources created;
    private final CustomerActions customers;
    private final BeforeTheAttempt before;

    public PartnerCustomerRelationshipSteps(ScenarioContext context, CreatedResources created, CustomerActions customers,
                                            BeforeTheAttempt before) {
        this.context = context;
        this.created = created;
        this.customers = customers;
        this.before = before;
    }

    @Then("it is that customer's reseller")
    public void it_is_that_customers_reseller() {
        Customer customer = created.customer();
        ApiResponse response = context.actor().partnerCenter().customers().get(customer.id());
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of reading the customer back").isEqualTo(200));
            softly.check(() -> assertThat(Customer.fromJson(response.json()).relationshipToPartner()).as("relationshipToPartner")
                    .isEqualTo("reseller"));
        });
    }

    /** The sandbox page: removing the relationship "will call Delete customer". */
    @When("it removes its reseller relationship with that customer")
    public void it_removes_its_reseller_relationship_with_that_customer() {
        before.readTheCustomers();
        customers.deleteThatCustomer();
    }

    /** The listing the When step read, read again the same way while it lags behind the create. */
    @Then("that customer is listed")
    public void that_customer_is_listed() {
        Eventually.holdsFor(context, context::listAgain, response -> assertThat(listedIds(response))
                .as(context.about(response) + created.customer().describe() + " is listed").contains(created.customer().id()));
    }

    /** The listing the When step read, read again the same way until the absence has lasted the settle time. */
    @Then("that customer is not listed")
    public void that_customer_is_not_listed() {
        Eventually.staysTrueFor(context, context::listAgain, response -> assertThat(listedIds(response))
                .as(context.about(response) + created.customer().describe() + " is not listed").doesNotContain(created.customer().id()));
    }

    /** RR-01: the last two calls the steps made carried a token whose claims say {@code kind}. */
    @Then("the listing and the removal were made with an {tokenKind} token")
    public void the_listing_and_the_removal_were_made_with_a_token_of_kind(TokenKind kind) {
        List<ApiResponse> answers = context.answers();
        List<CallRecord> lastTwo = answers.subList(Math.max(0, answers.size() - 2), answers.size()).stream()
                .map(ApiResponse::call).toList();
        Checks.all(context.about("calls made with an " + kind + " token"), softly -> {
            softly.check(() -> assertThat(lastTwo).as("the listing and the removal").extracting(CallRecord::method)
                    .containsExactly("GET", "DELETE"));
            softly.check(() -> assertThat(context.calls().callsWith(kind)).as("calls whose token's claims say %s", kind)
                    .containsAll(lastTwo));
            softly.check(() -> assertThat(context.actor().partnerCenter().tokenClaims().kind())
                    .as("the kind of token its claims describe").isEqualTo(kind));
        });
    }

    @Then("that customer is no longer found")
    public void that_customer_is_no_longer_found() {
        String id = created.customer().id();
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        Eventually.holds(() -> RefusalCheck.notFound(context, partnerCenter.customers().get(id)));
    }

    @Then("that customer's relationships can no longer be listed")
    public void that_customers_relationships_can_no_longer_be_listed() {
        String id = created.customer().id();
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        Eventually.holds(() -> RefusalCheck.notFound(context, partnerCenter.customers().relationships(id)));
    }

    @Then("that customer is no longer among the customers of that indirect reseller")
    public void that_customer_is_no_longer_among_the_customers_of_that_indirect_reseller() {
        Customer customer = created.customer();
        String resellerId = context.reseller().tenantId();
        PartnerCenterApi provider = context.provider().partnerCenter();
        Eventually.holds(() -> {
            ApiResponse response = provider.customers().ofIndirectReseller(resellerId);
            assertThat(response.status()).as(context.about(response) + "status of the listing").isEqualTo(200);
            assertThat(Customer.listFrom(response.json())).as(context.about(response) + customer.describe() + " is not listed")
                    .extracting(Customer::id).doesNotContain(customer.id());
        });
    }

    /** The customers in a successful listing. */
    private List<String> listedIds(ApiResponse response) {
        assertThat(response.status()).as(context.about(response) + "status of the listing").isEqualTo(200);
        return Customer.listFrom(response.json()).stream().map(Customer::id).toList();
    }
}
