package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.List;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.SandboxRun;
import org.partnersandbox.suite.support.ScenarioContext;

/** The provider's relationships with its indirect resellers. Listings may lag behind a change, so they are polled. */
public final class RelationshipSteps {

    private final ScenarioContext context;

    public RelationshipSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("its indirect resellers include the new one as an active relationship with its PartnerID")
    public void its_indirect_resellers_include_the_new_one() {
        IndirectReseller reseller = context.reseller();
        String partnerId = context.resellerRequest().mpnId();
        eventually(() -> {
            ApiResponse response = listed();
            PartnerRelationship relationship = PartnerRelationship.listFrom(response.json()).stream()
                    .filter(r -> r.id().equals(reseller.accountId()))
                    .findFirst()
                    .orElse(null);
            assertThat(relationship).as(context.about(response) + reseller.describe() + " is listed").isNotNull();
            Checks.all(context.about(response), softly -> {
                softly.assertThat(relationship.state()).as("state").isEqualTo("Active");
                softly.assertThat(relationship.relationshipType()).as("relationshipType")
                        .isEqualTo("is_indirect_cloud_solution_provider_of");
                softly.assertThat(relationship.mpnId()).as("mpnId (the reseller's PartnerID)").isEqualTo(partnerId);
                softly.assertThat(relationship.objectType()).as("attributes.objectType").isEqualTo("PartnerRelationship");
            });
        });
    }

    @Then("that indirect reseller is no longer among its indirect resellers")
    public void that_indirect_reseller_is_no_longer_among_its_indirect_resellers() {
        IndirectReseller reseller = context.reseller();
        eventually(() -> {
            ApiResponse response = listed();
            assertThat(PartnerRelationship.listFrom(response.json()))
                    .as(context.about(response) + reseller.describe() + " is no longer listed")
                    .noneMatch(r -> r.id().equals(reseller.accountId()));
        });
    }

    @Then("no indirect reseller has been created for it")
    public void no_indirect_reseller_has_been_created_for_it() {
        List<String> before = context.relationshipsBefore().stream().map(PartnerRelationship::id).toList();
        ApiResponse response = listed();
        List<PartnerRelationship> now = PartnerRelationship.listFrom(response.json());
        assertThat(context.resellerIfCreated()).as(context.about(response) + "the refused create returned no reseller").isEmpty();
        assertThat(now).as(context.about(response) + "its indirect resellers are the same as before the attempt")
                .noneMatch(r -> !before.contains(r.id()));
    }

    private ApiResponse listed() {
        ApiResponse response = context.actor().partnerCenter().indirectResellers().relationships();
        assertThat(response.status()).as(context.about(response) + "listing its indirect resellers succeeds").isEqualTo(200);
        return response;
    }

    private static void eventually(Runnable check) {
        await().pollDelay(Duration.ZERO)
                .pollInterval(SandboxRun.current().config().pollInterval())
                .atMost(SandboxRun.current().config().visibilityTimeout())
                .untilAsserted(check::run);
    }
}
