package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.client.CustomerRequest;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.CreatedResources;
import org.partnersandbox.suite.support.NotRun;
import org.partnersandbox.suite.support.ScenarioContext;

/**
 * Customers of the current partner: created for itself or for one of its indirect resellers,
 * and deleted (in the sandbox, deleting the customer ends the reseller relationship).
 */
public final class CustomerSteps {

    private final ScenarioContext context;
    private final CreatedResources created;
    private final IndirectResellerSteps resellers;

    public CustomerSteps(ScenarioContext context, CreatedResources created, IndirectResellerSteps resellers) {
        this.context = context;
        this.created = created;
        this.resellers = resellers;
    }

    @When("it creates a customer")
    public void it_creates_a_customer() {
        send(CustomerRequest.of(context.actor().account().country()));
    }

    @When("it tries to create another customer")
    public void it_tries_to_create_another_customer() {
        it_creates_a_customer();
    }

    @When("it creates a customer for that indirect reseller")
    public void it_creates_a_customer_for_that_indirect_reseller() {
        send(CustomerRequest.of(context.actor().account().country()).forIndirectReseller(context.reseller().tenantId()));
    }

    @Given("it has created a customer")
    public void it_has_created_a_customer() {
        it_creates_a_customer();
        the_customer_is_created();
    }

    @Given("it has created {int} customer(s) of its own")
    public void it_has_created_customers_of_its_own(int count) {
        for (int i = 0; i < count; i++) {
            it_has_created_a_customer();
        }
    }

    @Given("it has created a customer for that indirect reseller")
    public void it_has_created_a_customer_for_that_indirect_reseller() {
        it_creates_a_customer_for_that_indirect_reseller();
        the_customer_is_created();
    }

    @Given("it has created {int} customer(s) for that indirect reseller")
    public void it_has_created_customers_for_that_indirect_reseller(int count) {
        for (int i = 0; i < count; i++) {
            it_has_created_a_customer_for_that_indirect_reseller();
        }
    }

    @Given("it has created a sandbox indirect reseller with {int} customer(s)")
    @Given("it has created another sandbox indirect reseller with {int} customer(s)")
    public void it_has_created_a_sandbox_indirect_reseller_with_customers(int count) {
        resellers.it_has_created_a_sandbox_indirect_reseller();
        it_has_created_customers_for_that_indirect_reseller(count);
    }

    @Then("the customer is created")
    public void the_customer_is_created() {
        ApiResponse response = context.lastResponse();
        assertThat(response.status()).as(context.about(response) + "status of a customer create").isEqualTo(201);
        assertThat(Customer.fromJson(response.json()).id()).as(context.about(response) + "the new customer's id").isNotBlank();
    }

    @Then("the customer is created as a reseller customer of that indirect reseller")
    public void the_customer_is_created_as_a_reseller_customer_of_that_indirect_reseller() {
        a_reseller_customer_of_that_indirect_reseller(201);
    }

    @Then("the customer is returned as a reseller customer of that indirect reseller")
    public void the_customer_is_returned_as_a_reseller_customer_of_that_indirect_reseller() {
        a_reseller_customer_of_that_indirect_reseller(200);
    }

    private void a_reseller_customer_of_that_indirect_reseller(int status) {
        ApiResponse response = context.lastResponse();
        Customer customer = Customer.fromJson(response.json());
        String resellerId = context.reseller().tenantId();
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("status").isEqualTo(status);
            softly.assertThat(customer.id()).as("id").isNotBlank();
            softly.assertThat(customer.relationshipToPartner()).as("relationshipToPartner").isEqualTo("reseller");
            softly.assertThat(customer.associatedPartnerId()).as("associatedPartnerId (the reseller's tenant id)")
                    .hasValueSatisfying(id -> assertThat(id).isEqualToIgnoringCase(resellerId));
            softly.assertThat(customer.objectType()).as("attributes.objectType").isEqualTo("Customer");
        });
    }

    /** Deletes "that customer" as the current actor; the answer is kept. */
    void deleteThatCustomer() {
        context.answered(context.actor().partnerCenter().customers().delete(created.customer().id()));
    }

    @Given("it has deleted that customer")
    public void it_has_deleted_that_customer() {
        deleteThatCustomer();
        the_customer_is_deleted();
    }

    @Then("the customer is deleted")
    public void the_customer_is_deleted() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.assertThat(response.status()).as("status of the delete").isEqualTo(204);
            softly.assertThat(response.hasEmptyBody()).as("the delete answers with an empty body").isTrue();
        });
    }

    /** Sends the create as the current actor; a customer that comes back is registered for cleanup. */
    void send(CustomerRequest request) {
        send(context.actor().partnerCenter(), request);
    }

    /**
     * Sends the create as {@code partnerCenter}'s account. Never for a production account: its
     * customer could not be deleted afterwards (production removes the relationship instead), so
     * such a scenario (RR-P1, RR-P3, reference only) is not-run rather than leave a customer behind.
     */
    void send(PartnerCenterApi partnerCenter, CustomerRequest request) {
        if (!partnerCenter.account().sandbox()) {
            throw NotRun.because("the suite creates customers only for sandbox accounts; "
                    + partnerCenter.account().describe() + " could not delete its customer afterwards");
        }
        ApiResponse response = partnerCenter.customers().create(request);
        context.answered(response);
        Customer customer = Customer.fromJson(response.json());
        if (response.status() >= 200 && response.status() < 300 && !customer.id().isBlank()) {
            created.customer(partnerCenter, customer);
        }
    }
}
