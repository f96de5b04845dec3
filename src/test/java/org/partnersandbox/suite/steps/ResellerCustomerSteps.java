package org.partnersandbox.suite.steps;

import io.cucumber.java.en.When;
import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.CustomerRequest;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.scenario.BeforeTheAttempt;
import org.partnersandbox.suite.scenario.CreatedResources;
import org.partnersandbox.suite.scenario.CustomerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;

/**
 * What a sandbox indirect reseller can do with the customers of its relationships, signed in with
 * the admin account its create call returned (its own view of them is in {@link ResellerViewSteps}):
 * list a customer's relationships (RR-09, checked in {@link CustomerResellerAndInvitationSteps}), but not
 * invite (RR-10) or add (RR-11) customers.
 */
public final class ResellerCustomerSteps {

    private final ScenarioContext context;
    private final Actors actors;
    private final CreatedResources created;
    private final CustomerActions customers;
    private final BeforeTheAttempt before;

    public ResellerCustomerSteps(ScenarioContext context, Actors actors, CreatedResources created, CustomerActions customers,
                                 BeforeTheAttempt before) {
        this.context = context;
        this.actors = actors;
        this.created = created;
        this.customers = customers;
        this.before = before;
    }

    @When("that indirect reseller, signed in as its own admin, lists the relationships of that customer")
    public void that_indirect_reseller_lists_the_relationships_of_that_customer() {
        context.answered(reseller().partnerCenter().customers().relationships(created.customer().id()));
    }

    @When("that indirect reseller, signed in as its own admin, asks for a relationship request to invite a new customer")
    public void that_indirect_reseller_asks_for_a_relationship_request() {
        context.answered(reseller().partnerCenter().customers().relationshipRequest());
    }

    @When("that indirect reseller, signed in as its own admin, tries to create a customer")
    public void that_indirect_reseller_tries_to_create_a_customer() {
        PartnerCenterApi reseller = reseller().partnerCenter();
        before.rememberTheCustomersOf(List.of(reseller, context.provider().partnerCenter()));
        customers.send(reseller, CustomerRequest.of(context.provider().account().country()));
    }

    @When("it tries to create a customer")
    public void it_tries_to_create_a_customer() {
        before.rememberTheCustomersOf(List.of(context.actor().partnerCenter()));
        customers.create();
    }

    /** Signed in afresh each time; the token provider caches its token. */
    private Actor reseller() {
        return actors.indirectReseller(context.reseller(), context.provider());
    }
}
