package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.scenario.ResellerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;
import org.partnersandbox.suite.verdicts.NotRun;

/** Creating and deleting sandbox indirect resellers (seeds 003 and 002): the ordinary requests. */
public final class IndirectResellerSteps {

    private final ScenarioContext context;
    private final ResellerActions resellers;

    public IndirectResellerSteps(ScenarioContext context, ResellerActions resellers) {
        this.context = context;
        this.resellers = resellers;
    }

    @When("it creates a sandbox indirect reseller")
    public void it_creates_a_sandbox_indirect_reseller() {
        resellers.create();
    }

    @When("it tries to create a sandbox indirect reseller")
    public void it_tries_to_create_a_sandbox_indirect_reseller() {
        resellers.tryToCreate();
    }

    @Given("it has created a sandbox indirect reseller")
    public void it_has_created_a_sandbox_indirect_reseller() {
        resellers.createOne();
    }

    @Given("it has created {int} sandbox indirect resellers")
    @When("it creates {int} sandbox indirect resellers")
    public void it_has_created_sandbox_indirect_resellers(int count) {
        resellers.create(count);
    }

    /**
     * RR-P5. A sandbox provider gets one by creating a sandbox indirect reseller. A production one is a
     * business agreement the suite cannot make, so its scenario (reference only) is not-run.
     */
    @Given("it has a reseller relationship with an indirect reseller")
    public void it_has_a_reseller_relationship_with_an_indirect_reseller() {
        if (!context.actor().account().sandbox()) {
            throw NotRun.because("a production indirect reseller relationship is an agreement between two businesses;"
                    + " the suite cannot set one up for " + context.actor().describe());
        }
        resellers.createOne();
    }

    @Then("the indirect reseller is created")
    public void the_indirect_reseller_is_created() {
        resellers.requireCreated();
    }

    @When("it deletes that indirect reseller")
    @When("it deletes that indirect reseller again")
    public void it_deletes_that_indirect_reseller() {
        resellers.deleteThatReseller();
    }

    @Given("it has deleted that indirect reseller")
    public void it_has_deleted_that_indirect_reseller() {
        it_deletes_that_indirect_reseller();
        the_indirect_reseller_is_deleted();
    }

    @When("it tries to delete that indirect reseller")
    public void it_tries_to_delete_that_indirect_reseller() {
        resellers.tryToDeleteThatReseller();
    }

    @Then("the indirect reseller is deleted")
    public void the_indirect_reseller_is_deleted() {
        ApiResponse response = context.lastResponse();
        Checks.all(context.about(response), softly -> {
            softly.check(() -> assertThat(response.status()).as("status of the delete").isEqualTo(204));
            softly.check(() -> assertThat(response.hasEmptyBody()).as("the delete answers with an empty body").isTrue());
        });
    }
}
