package org.partnersandbox.suite.steps;

import io.cucumber.java.en.When;
import org.partnersandbox.suite.actors.Actors;
import org.partnersandbox.suite.client.PartnerRole;
import org.partnersandbox.suite.scenario.CustomerActions;
import org.partnersandbox.suite.scenario.ResellerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;

/**
 * IR-28: the error table of the delete page, each cause provoked in turn. The causes are named in
 * the Gherkin's examples; each is set up from the same scenario actions the capabilities' own steps use.
 * Preconditions: a sandbox indirect provider that has created one sandbox indirect reseller.
 */
public final class DocumentedErrorSteps {

    /** IR-01: the pages' limit of sandbox indirect resellers per sandbox indirect provider. */
    private static final int RESELLERS_PER_PROVIDER = 5;

    private final ScenarioContext context;
    private final Actors actors;
    private final ResellerActions resellers;
    private final CustomerActions customers;

    public DocumentedErrorSteps(ScenarioContext context, Actors actors, ResellerActions resellers, CustomerActions customers) {
        this.context = context;
        this.actors = actors;
        this.resellers = resellers;
        this.customers = customers;
    }

    @When("the documented cause happens: {string}")
    public void the_documented_cause_happens(String cause) {
        switch (cause) {
            case "an account that is not a sandbox provider deletes that indirect reseller" -> {
                actors.cast(PartnerRole.PRODUCTION_ACCOUNT);
                resellers.tryToDeleteThatReseller();
            }
            case "it deletes that indirect reseller while it still has a customer" -> {
                customers.createOneForThatReseller();
                resellers.tryToDeleteThatReseller();
            }
            case "it creates a sixth indirect reseller" -> {
                resellers.create(RESELLERS_PER_PROVIDER - context.resellers().size());
                resellers.tryToCreate();
            }
            case "it creates an indirect reseller with a domain prefix that is taken" ->
                    resellers.tryToCreateWithTheSameDomainPrefix();
            default -> throw new IllegalArgumentException("no documented cause is known as '" + cause + "'");
        }
    }
}
