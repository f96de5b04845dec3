package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Customer;
import org.partnersandbox.suite.scenario.CustomerActions;
import org.partnersandbox.suite.scenario.ResellerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;

/**
 * Customers of the current partner: created for itself or for one of its indirect resellers,
 * and deleted (in the sandbox, deleting the customer ends the reseller relationship).
 */
public final class CustomerSteps {

    private final ScenarioContext context;
    private final CustomerActions customers;
    private final ResellerActions resellers;

    public CustomerSteps(ScenarioContext context, CustomerActions customers, ResellerActions resellers) {
        this.context = context;
        this.customers = customers;
        this.resellers = resellers;
    }

    @When("it creates a customer")
    public void it_creates_a_customer() {
        customers.create();
    }

    @When("it tries to create another customer")
    public void it_tries_to_create_another_customer() {
        it_creates_a_customer();
    }

    @When("it creates a customer for that indirect reseller")
    public void it_creates_a_customer_for_that_indirect_reseller() {
        customers.createForThatReseller();
    }

    @Given("it has created a customer")
    public void it_has_created_a_customer() {
        customers.createOne();
    }

    @Given("it has created {int} customer(s) of its own")
    public void it_has_created_customers_of_its_own(int count) {
        for (int i = 0; i < count; i++) {
            it_has_created_a_customer();
        }
    }

    @Given("it has created a customer for that indirect reseller")
    public void it_has_created_a_customer_for_that_indirect_reseller() {
        customers.createOneForThatReseller();
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
        resellers.createOne();
        it_has_created_customers_for_that_indirect_reseller(count);
    }

    @Then("the customer is created")
    public void the_customer_is_created() {
        customers.requireCreated();
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
            softly.check(() -> assertThat(response.status()).as("status").isEqualTo(status));
            softly.check(() -> assertThat(customer.id()).as("id").isNotBlank());
            softly.check(() -> assertThat(customer.relationshipToPartner()).as("relationshipToPartner").isEqualTo("reseller"));
            softly.check(() -> assertThat(customer.associatedPartnerId()).as("associatedPartnerId (the reseller's tenant id)")
                    .hasValueSatisfying(id -> assertThat(id).isEqualToIgnoringCase(resellerId)));
            softly.check(() -> assertThat(customer.objectType()).as("attributes.objectType").isEqualTo("Customer"));
        });
    }

    @Given("it has deleted that customer")
    public void it_has_deleted_that_customer() {
        customers.deleteThatCustomer();
        the_customer_is_deleted();
    }

    @Then("the customer is deleted")
    public void the_customer_is_deleted() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the delete").isEqualTo(204));
            softly.check(() -> assertThat(response.hasEmptyBody()).as("the delete answers with an empty body").isTrue());
        });
    }
}
