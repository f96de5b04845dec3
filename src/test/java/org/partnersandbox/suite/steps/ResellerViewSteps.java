package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.OrderRequest;
import org.partnersandbox.suite.config.SandboxCatalogue;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.OrderActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/**
 * The indirect reseller's own view, signed in with the admin account its create call returned:
 * the customers its provider created for it (IR-05), managed with delegated admin rights (IR-06),
 * while sales stay with the provider (IP-02).
 */
public final class ResellerViewSteps {

    private final ScenarioContext context;
    private final Actors actors;
    private final CreatedResources created;
    private final SandboxCatalogue catalogue;
    private final OrderActions orders;

    public ResellerViewSteps(ScenarioContext context, Actors actors, CreatedResources created, SandboxCatalogue catalogue,
                             OrderActions orders) {
        this.context = context;
        this.actors = actors;
        this.created = created;
        this.catalogue = catalogue;
        this.orders = orders;
    }

    @When("that indirect reseller, signed in as its own admin, lists its customers")
    public void that_indirect_reseller_lists_its_customers() {
        var partnerCenter = reseller().partnerCenter();
        context.list(() -> partnerCenter.customers().list(0));
    }

    @When("that indirect reseller, signed in as its own admin, opens that customer")
    public void that_indirect_reseller_opens_that_customer() {
        context.answered(reseller().partnerCenter().customers().get(created.customer().id()));
    }

    @When("that indirect reseller, signed in as its own admin, tries to open a customer of its provider that is not its own")
    public void that_indirect_reseller_tries_to_open_a_customer_that_is_not_its_own() {
        Customer providers = created.directCustomers().stream().reduce((first, second) -> second).orElseThrow(() ->
                new IllegalStateException("the scenario must create a customer of the provider's own first"));
        context.answered(reseller().partnerCenter().customers().get(providers.id()));
    }

    @When("that indirect reseller, signed in as its own admin, tries to order a subscription for that customer")
    public void that_indirect_reseller_tries_to_order_a_subscription_for_that_customer() {
        orders.send(reseller().partnerCenter(),
                OrderRequest.of(catalogue.subscriptionOffer(), 1).withPartnerOnRecord(context.reseller().mpnId()));
    }

    @Then("the customer is returned with delegated admin access allowed")
    public void the_customer_is_returned_with_delegated_admin_access_allowed() {
        ApiResponse response = context.lastResponse();
        Customer customer = Customer.fromJson(response.json());
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status").isEqualTo(200));
            softly.check(() -> assertThat(customer.id()).as("id").isEqualTo(created.customer().id()));
            softly.check(() -> assertThat(customer.allowDelegatedAccess()).as("allowDelegatedAccess").contains(true));
        });
    }

    /** A fresh sign-in each time; tokens are cached by the token provider. */
    private Actor reseller() {
        Actor reseller = actors.indirectReseller(context.reseller(), context.provider());
        assertThat(reseller.account().userName()).as(context.about("the reseller's admin account")).isNotBlank();
        return reseller;
    }
}
