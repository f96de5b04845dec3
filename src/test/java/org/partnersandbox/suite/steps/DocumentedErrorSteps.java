package org.partnersandbox.suite.steps;

import io.cucumber.java.en.When;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.support.ScenarioContext;

/**
 * IR-28: the error table of the delete page, each cause provoked in turn. The causes are named in
 * the Gherkin's examples; each is set up from the same steps the capabilities' own rules use.
 * Preconditions: a sandbox indirect provider that has created one sandbox indirect reseller.
 */
public final class DocumentedErrorSteps {

    /** IR-01: the pages' limit of sandbox indirect resellers per sandbox indirect provider. */
    private static final int RESELLERS_PER_PROVIDER = 5;

    private final ScenarioContext context;
    private final Actors actors;
    private final IndirectResellerSteps resellers;
    private final CustomerSteps customers;
    private final ResellerRequestSteps requests;

    public DocumentedErrorSteps(ScenarioContext context, Actors actors, IndirectResellerSteps resellers,
                                CustomerSteps customers, ResellerRequestSteps requests) {
        this.context = context;
        this.actors = actors;
        this.resellers = resellers;
        this.customers = customers;
        this.requests = requests;
    }

    @When("the documented cause happens: {string}")
    public void the_documented_cause_happens(String cause) {
        switch (cause) {
            case "an account that is not a sandbox provider deletes that indirect reseller" -> {
                actors.cast(PartnerRole.PRODUCTION_ACCOUNT);
                resellers.it_tries_to_delete_that_indirect_reseller();
            }
            case "it deletes that indirect reseller while it still has a customer" -> {
                customers.it_has_created_a_customer_for_that_indirect_reseller();
                resellers.it_tries_to_delete_that_indirect_reseller();
            }
            case "it creates a sixth indirect reseller" -> {
                resellers.it_has_created_sandbox_indirect_resellers(RESELLERS_PER_PROVIDER - context.resellers().size());
                resellers.it_tries_to_create_a_sandbox_indirect_reseller();
            }
            case "it creates an indirect reseller with a domain prefix that is taken" ->
                    requests.it_tries_to_create_another_with_the_same_domain_prefix();
            default -> throw new IllegalArgumentException("no documented cause is known as '" + cause + "'");
        }
    }
}
