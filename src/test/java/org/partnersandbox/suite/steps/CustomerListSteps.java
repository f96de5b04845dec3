package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.UUID;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.TokenKind;
import org.partnersandbox.suite.scenario.BeforeTheAttempt;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.CustomerActions;
import org.partnersandbox.suite.scenario.Listings;
import org.partnersandbox.suite.scenario.RunCreations;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Eventually;
import org.partnersandbox.suite.verdicts.NotRun;

/**
 * Reading customers: one by id, the partner's lists, the filter by indirect reseller, the count,
 * and "no customer has been created" after an attempt that should add none.
 */
public final class CustomerListSteps {

    private final ScenarioContext context;
    private final CreatedResources created;
    private final CustomerActions customers;
    private final BeforeTheAttempt before;
    private final Listings listings;

    public CustomerListSteps(ScenarioContext context, CreatedResources created, CustomerActions customers,
                             BeforeTheAttempt before, Listings listings) {
        this.context = context;
        this.created = created;
        this.customers = customers;
        this.before = before;
        this.listings = listings;
    }

    @When("it opens that customer")
    public void it_opens_that_customer() {
        context.answered(context.actor().partnerCenter().customers().get(created.customer().id()));
    }

    @When("it tries to open a customer that does not exist")
    public void it_tries_to_open_a_customer_that_does_not_exist() {
        context.answered(context.actor().partnerCenter().customers().get(UUID.randomUUID().toString()));
    }

    /** Compared with the read taken before the attempt that could have deleted it. */
    @Then("that customer still exists")
    public void that_customer_still_exists() {
        Customer customer = created.customer();
        before.requireReadBefore(customer);
        ApiResponse response = created.ownerOf(customer).customers().get(customer.id());
        assertThat(response.status()).as(context.about(response) + customer.describe() + " can still be read").isEqualTo(200);
    }

    @When("it lists its customers")
    public void it_lists_its_customers() {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        context.list(() -> partnerCenter.customers().list(0));
    }

    @When("it lists its customers with an {tokenKind} token")
    public void it_lists_its_customers_with_a_token_of_kind(TokenKind kind) {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter().with(kind);
        context.list(() -> partnerCenter.customers().list(0));
    }

    @When("it lists the customers of that indirect reseller")
    public void it_lists_the_customers_of_that_indirect_reseller() {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        String resellerId = context.reseller().tenantId();
        context.list(() -> partnerCenter.customers().ofIndirectReseller(resellerId));
    }

    /** The listing the When step read, read again while it lags behind the customers just created. */
    @Then("exactly the customers of that indirect reseller are listed")
    public void exactly_the_customers_of_that_indirect_reseller_are_listed() {
        String resellerId = context.reseller().tenantId();
        List<String> expected = created.customersOf(resellerId).stream().map(Customer::id).toList();
        Eventually.holdsFor(context, context::listAgain, response -> {
            assertThat(response.status()).as(context.about(response) + "status of the listing").isEqualTo(200);
            assertThat(Customer.listFrom(response.json())).as(context.about(response) + "the customers listed")
                    .extracting(Customer::id).containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    @Then("that customer is among its customers")
    public void that_customer_is_among_its_customers() {
        Eventually.holds(() -> assertThat(allCustomerIds(context.actor().partnerCenter()))
                .as(context.about(created.customer().describe() + " is listed")).contains(created.customer().id()));
    }

    @Then("that customer is no longer among its customers")
    public void that_customer_is_no_longer_among_its_customers() {
        Eventually.staysTrue(() -> assertThat(allCustomerIds(context.actor().partnerCenter()))
                .as(context.about(created.customer().describe() + " is not listed")).doesNotContain(created.customer().id()));
    }

    /**
     * Creates the customers that are missing, then waits until the listing shows them all, so that the
     * steps after it count on a listing that has caught up. Scenarios that count customers take the
     * provider's customer count alone on the live target ({@code @quota:customers=N}, live/LiveAdmission).
     */
    @Given("it has {int} customers")
    public void it_has_customers(int count) {
        List<String> existing = allCustomerIds(context.actor().partnerCenter());
        if (existing.size() > count) {
            throw NotRun.because(context.actor().describe() + " already has " + existing.size() + " customers; the scenario needs "
                    + count + " and never deletes customers it did not create");
        }
        List<String> all = customers.makeUpTo(count, existing);
        Eventually.holds(() -> assertThat(allCustomerIds(context.actor().partnerCenter()))
                .as(context.about("its customers")).containsExactlyInAnyOrderElementsOf(all));
    }

    /** After a refused create: a customer too many would show only once the listing caught up. */
    @Then("it still has {int} customer(s)")
    public void it_still_has_customers(int count) {
        Eventually.staysTrue(() -> customerCountIs(count));
    }

    private void customerCountIs(int count) {
        assertThat(allCustomerIds(context.actor().partnerCenter())).as(context.about("number of its customers")).hasSize(count);
    }

    @Then("no customer has been created")
    public void no_customer_has_been_created() {
        ApiResponse refused = context.lastResponse();
        assertThat(Customer.fromJson(refused.json()).id()).as(context.about(refused) + "the refused call returned no customer")
                .isEmpty();
        BeforeTheAttempt.Customers remembered = before.customers();
        // only additions count: on a shared live tenant other scenarios add and remove customers
        // meanwhile, and every customer a scenario of this run made is known (RunCreations)
        for (int i = 0; i < remembered.partners().size(); i++) {
            PartnerCenterApi partner = remembered.partners().get(i);
            List<String> earlier = remembered.customerIds().get(i);
            Eventually.staysTrue(() -> assertThat(allCustomerIds(partner).stream()
                    .filter(id -> !earlier.contains(id) && !RunCreations.madeByThisRun(id)).toList())
                    .as(context.about("customers of " + partner.account().describe() + " listed now that were not there"
                            + " before the attempt")).isEmpty());
        }
    }

    private List<String> allCustomerIds(PartnerCenterApi partner) {
        return listings.allCustomerIdsOf(partner);
    }
}
