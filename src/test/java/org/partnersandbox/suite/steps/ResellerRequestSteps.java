package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.UUID;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.CallIds;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.config.SandboxCatalogue;
import org.partnersandbox.suite.scenario.BeforeTheAttempt;
import org.partnersandbox.suite.scenario.ResellerActions;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.steps.ParameterTypes.IdHeader;
import org.partnersandbox.suite.verdicts.Checks;

/**
 * Create and delete requests that differ from the ordinary ones in one respect: ids left out or
 * repeated (IR-11, IR-12, IR-22), a property missing or renamed (IR-13), the PartnerID and its
 * region (IP-09, IR-03), a domain prefix taken (IR-15).
 */
public final class ResellerRequestSteps {

    private final ScenarioContext context;
    private final SandboxCatalogue catalogue;
    private final ResellerActions resellers;
    private final BeforeTheAttempt before;

    public ResellerRequestSteps(ScenarioContext context, SandboxCatalogue catalogue, ResellerActions resellers,
                                BeforeTheAttempt before) {
        this.context = context;
        this.catalogue = catalogue;
        this.resellers = resellers;
        this.before = before;
    }

    @When("it tries to create a sandbox indirect reseller without the {idHeader}")
    public void it_tries_to_create_without_the_id(IdHeader header) {
        before.rememberTheResellersOf(context.actor());
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        SandboxResellerRequest request = resellers.newRequest();
        context.requested(request);
        resellers.kept(partnerCenter, partnerCenter.indirectResellers().create(request, without(header)));
    }

    @When("it tries to delete that indirect reseller without the {idHeader}")
    public void it_tries_to_delete_without_the_id(IdHeader header) {
        before.rememberTheResellersOf(context.provider());
        context.answered(context.actor().partnerCenter().indirectResellers().delete(context.reseller().accountId(), without(header)));
    }

    @When("it tries to create a sandbox indirect reseller without the property {string}")
    public void it_tries_to_create_without_the_property(String property) {
        before.rememberTheResellersOf(context.actor());
        resellers.send(resellers.newRequest().without(property));
    }

    @When("it creates a sandbox indirect reseller with its PartnerID given as partnerId")
    public void it_creates_with_the_partner_id_given_as_partner_id() {
        resellers.send(resellers.newRequest().withPartnerIdNamed("partnerId"));
    }

    @When("it tries to create a sandbox indirect reseller with a production PartnerID")
    public void it_tries_to_create_with_a_production_partner_id() {
        before.rememberTheResellersOf(context.actor());
        SandboxResellerRequest sandbox = resellers.newRequest();
        resellers.send(SandboxResellerRequest.of(catalogue.productionPartnerId(), context.actor().account().country(),
                sandbox.domainPrefix()));
    }

    @When("it tries to create a sandbox indirect reseller in a country outside its PartnerID's region")
    public void it_tries_to_create_outside_the_partner_ids_region() {
        before.rememberTheResellersOf(context.actor());
        SandboxResellerRequest inRegion = resellers.newRequest();
        String country = inRegion.country().equalsIgnoreCase("FR") ? "DE" : "FR";
        resellers.send(SandboxResellerRequest.of(inRegion.mpnId(), country, inRegion.domainPrefix()));
    }

    @When("it creates {int} sandbox indirect resellers with the same PartnerID")
    public void it_creates_resellers_with_the_same_partner_id(int count) {
        resellers.create(count);
    }

    @When("it sends the same sandbox indirect reseller request twice with the same request id")
    public void it_sends_the_same_request_twice_with_the_same_request_id() {
        before.rememberTheResellersOf(context.actor());
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        SandboxResellerRequest request = resellers.newRequest();
        context.requested(request);
        String requestId = UUID.randomUUID().toString();
        resellers.kept(partnerCenter, partnerCenter.indirectResellers().create(request, CallIds.withRequestId(requestId)));
        resellers.kept(partnerCenter, partnerCenter.indirectResellers().create(request, CallIds.withRequestId(requestId)));
    }

    @Then("both answers describe the same indirect reseller")
    public void both_answers_describe_the_same_indirect_reseller() {
        List<ApiResponse> answers = context.answers();
        ApiResponse first = answers.get(answers.size() - 2);
        ApiResponse second = context.lastResponse();
        Checks.all(context.about(second), softly -> {
            softly.check(() -> assertThat(first.status()).as("status of the first create").isIn(200, 201));
            softly.check(() -> assertThat(second.status()).as("status of the repeated create").isIn(200, 201));
            softly.check(() -> assertThat(IndirectReseller.fromJson(second.json()).accountId())
                    .as("accountId of the repeated create")
                    .isNotBlank().isEqualTo(IndirectReseller.fromJson(first.json()).accountId()));
        });
    }

    @When("it tries to create another sandbox indirect reseller with the same domain prefix")
    public void it_tries_to_create_another_with_the_same_domain_prefix() {
        resellers.tryToCreateWithTheSameDomainPrefix();
    }

    private static CallIds without(IdHeader header) {
        return header == IdHeader.REQUEST_ID ? CallIds.fresh().withoutRequestId() : CallIds.fresh().withoutCorrelationId();
    }
}
