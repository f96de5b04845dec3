package org.partnersandbox.suite.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.SandboxResellerRequest;
import org.partnersandbox.suite.config.SandboxCatalogue;
import org.partnersandbox.suite.config.SandboxCatalogue.RegionalPartnerId;

/**
 * Creating and deleting sandbox indirect resellers as the current actor, for every step that needs
 * one: the request, the call, the answer kept and a created reseller registered for cleanup.
 */
public final class ResellerActions {

    private final ScenarioContext context;
    private final CreatedResources created;
    private final SandboxCatalogue catalogue;
    private final BeforeTheAttempt before;

    public ResellerActions(ScenarioContext context, CreatedResources created, SandboxCatalogue catalogue,
                           BeforeTheAttempt before) {
        this.context = context;
        this.created = created;
        this.catalogue = catalogue;
        this.before = before;
    }

    /** A valid request with the reseller PartnerID of the target and a domain prefix of its own. */
    public SandboxResellerRequest newRequest() {
        RegionalPartnerId partnerId = catalogue.resellerPartnerId(context.actor().account());
        return SandboxResellerRequest.of(partnerId.partnerId(), partnerId.country(), SandboxResellerRequest.uniqueDomainPrefix());
    }

    /** Sends an ordinary create. */
    public void create() {
        send(newRequest());
    }

    /** Creates one and requires it created. */
    public void createOne() {
        create();
        requireCreated();
    }

    /** Creates {@code count}, each required created. */
    public void create(int count) {
        for (int i = 0; i < count; i++) {
            createOne();
        }
    }

    /** An ordinary create that should change nothing: the provider's resellers are remembered first. */
    public void tryToCreate() {
        before.rememberTheResellersOf(context.actor());
        create();
    }

    /** IR-15: a create with the domain prefix of the reseller this scenario created last. */
    public void tryToCreateWithTheSameDomainPrefix() {
        before.rememberTheResellersOf(context.actor());
        String takenPrefix = context.resellerRequest().domainPrefix();
        SandboxResellerRequest fresh = newRequest();
        send(SandboxResellerRequest.of(fresh.mpnId(), fresh.country(), takenPrefix));
    }

    /** The last answer is a successful create that returned a reseller. */
    public void requireCreated() {
        ApiResponse response = context.lastResponse();
        // the page gives no status for success; the emulator answers 201, as customer creation does
        assertThat(response.status()).as(context.about(response) + "status of a successful create").isIn(200, 201);
        assertThat(IndirectReseller.fromJson(response.json()).accountId())
                .as(context.about(response) + "the created reseller's accountId").isNotBlank();
    }

    /** Deletes "that indirect reseller" as the current actor; a 204 marks it deleted. */
    public void deleteThatReseller() {
        IndirectReseller reseller = context.reseller();
        ApiResponse response = context.actor().partnerCenter().indirectResellers().delete(reseller.accountId());
        context.answered(response);
        if (response.status() == 204) {
            context.deleted(reseller);
        }
    }

    /** A delete that should change nothing: the provider's resellers and the scenario's customers are read first. */
    public void tryToDeleteThatReseller() {
        before.rememberTheResellersOf(context.provider());
        before.readTheCustomers();
        deleteThatReseller();
    }

    /** Sends the create as the current actor; a reseller that comes back is registered for cleanup. */
    public ApiResponse send(SandboxResellerRequest request) {
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        context.requested(request);
        ApiResponse response = partnerCenter.indirectResellers().create(request);
        kept(partnerCenter, response);
        return response;
    }

    /** Keeps the answer of a create made as {@code partnerCenter}'s account; registers the reseller it returned, if any. */
    public void kept(PartnerCenterApi partnerCenter, ApiResponse response) {
        context.answered(response);
        IndirectReseller reseller = IndirectReseller.fromJson(response.json());
        if (CreatedResources.madeOne(response, reseller.accountId())) {
            created.reseller(partnerCenter, reseller);
        }
    }
}
