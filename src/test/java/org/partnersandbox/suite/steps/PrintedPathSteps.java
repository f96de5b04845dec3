package org.partnersandbox.suite.steps;

import io.cucumber.java.en.When;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.scenario.ResellerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;

/** IR-29: create and delete at the path as both pages print it, {@code /v1//sandboxIndirectReseller}. */
public final class PrintedPathSteps {

    private final ScenarioContext context;
    private final ResellerActions resellers;

    public PrintedPathSteps(ScenarioContext context, ResellerActions resellers) {
        this.context = context;
        this.resellers = resellers;
    }

    @When("it creates a sandbox indirect reseller at the path as printed on the page")
    public void it_creates_at_the_printed_path() {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        SandboxResellerRequest request = resellers.newRequest();
        context.requested(request);
        resellers.kept(partnerCenter, partnerCenter.indirectResellers().createAtPrintedPath(request));
    }

    @When("it deletes that indirect reseller at the path as printed on the page")
    public void it_deletes_at_the_printed_path() {
        context.answered(context.actor().partnerCenter().indirectResellers().deleteAtPrintedPath(context.reseller().accountId()));
    }
}
