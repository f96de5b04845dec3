package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.support.Checks;
import org.partnersandbox.suite.support.Eventually;
import org.partnersandbox.suite.support.RunCreations;
import org.partnersandbox.suite.support.ScenarioContext;

/**
 * The provider's relationships with its indirect resellers: what it has, and that a refused
 * attempt changed nothing. Listings may lag behind a change, so they are polled.
 */
public final class RelationshipSteps {

    private final ScenarioContext context;
    private Actor rememberedFor;
    private List<String> rememberedIds;

    public RelationshipSteps(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Before an attempt that should change nothing: the resellers {@code partner} has now, read once
     * the resellers this scenario created are listed (a lagging listing would otherwise leave them out).
     */
    void rememberTheResellersOf(Actor partner) {
        rememberedFor = partner;
        List<String> own = context.liveResellers().stream().map(IndirectReseller::accountId).toList();
        Eventually.holds(() -> {
            ApiResponse response = listed(partner);
            assertThat(idsOf(response)).as(context.about(response) + "the resellers this scenario created are listed")
                    .containsAll(own);
            rememberedIds = idsOf(response);
        });
    }

    @Then("its indirect resellers include the new one as an active relationship with its PartnerID")
    public void its_indirect_resellers_include_the_new_one() {
        IndirectReseller reseller = context.reseller();
        String partnerId = context.resellerRequest().mpnId();
        Eventually.holds(() -> {
            ApiResponse response = listed(context.actor());
            PartnerRelationship relationship = PartnerRelationship.listFrom(response.json()).stream()
                    .filter(r -> r.id().equals(reseller.accountId())).findFirst().orElse(null);
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
        Eventually.staysTrue(() -> {
            ApiResponse response = listed(context.provider());
            assertThat(idsOf(response)).as(context.about(response) + reseller.describe() + " is no longer listed")
                    .doesNotContain(reseller.accountId());
        });
    }

    /** Compared with the listing taken before the attempt that could have deleted it. */
    @Then("the indirect reseller still exists")
    public void the_indirect_reseller_still_exists() {
        IndirectReseller reseller = context.reseller();
        assertThat(rememberedIds).as(context.about("the resellers were listed before the attempt")).isNotNull()
                .as(context.about(reseller.describe() + " was listed before the attempt")).contains(reseller.accountId());
        Eventually.staysTrue(() -> {
            ApiResponse response = listed(context.provider());
            assertThat(idsOf(response)).as(context.about(response) + reseller.describe() + " is still listed")
                    .contains(reseller.accountId());
        });
    }

    /*
     * Counts are only read by scenarios that hold the reseller quota (@quota:indirect-resellers=N), so
     * no other scenario adds or removes resellers of this provider meanwhile.
     */
    @Then("it has {int} indirect reseller(s)")
    public void it_has_indirect_resellers(int count) {
        Eventually.holds(() -> resellerCountIs(count));
    }

    /** After a refused create: a sixth reseller would show only once the listing caught up. */
    @Then("it still has {int} indirect reseller(s)")
    public void it_still_has_indirect_resellers(int count) {
        Eventually.staysTrue(() -> resellerCountIs(count));
    }

    private void resellerCountIs(int count) {
        ApiResponse response = listed(context.provider());
        assertThat(idsOf(response)).as(context.about(response) + "number of its indirect resellers").hasSize(count);
    }

    @Then("no indirect reseller has been created for it")
    public void no_indirect_reseller_has_been_created_for_it() {
        ApiResponse refused = context.lastResponse();
        assertThat(IndirectReseller.fromJson(refused.json()).accountId())
                .as(context.about(refused) + "the refused create returned no reseller").isEmpty();
        its_indirect_resellers_are_as_before_the_attempt();
    }

    /**
     * Compared with the listing taken before the attempt, on what this scenario can vouch for: its own
     * resellers are all still listed, and nothing is listed that was neither there before nor made by
     * a scenario of this run (on a shared live tenant, other scenarios add and remove theirs meanwhile).
     */
    @Then("its indirect resellers are as before the attempt")
    public void its_indirect_resellers_are_as_before_the_attempt() {
        assertThat(rememberedIds).as(context.about("the resellers were listed before the attempt")).isNotNull();
        List<String> own = context.liveResellers().stream().map(IndirectReseller::accountId).filter(rememberedIds::contains).toList();
        Eventually.staysTrue(() -> {
            ApiResponse response = listed(rememberedFor);
            List<String> now = idsOf(response);
            Checks.all(context.about(response), softly -> {
                softly.assertThat(now).as("its own indirect resellers are all still listed").containsAll(own);
                softly.assertThat(now.stream().filter(id -> !rememberedIds.contains(id) && !RunCreations.madeByThisRun(id)).toList())
                        .as("indirect resellers listed now that were not there before the attempt").isEmpty();
            });
        });
    }

    @Then("only one indirect reseller has been added to its indirect resellers")
    public void only_one_indirect_reseller_has_been_added() {
        assertThat(rememberedIds).as(context.about("the resellers were listed before the attempt")).isNotNull();
        Eventually.holds(() -> {
            ApiResponse response = listed(rememberedFor);
            List<String> added = idsOf(response).stream().filter(id -> !rememberedIds.contains(id)).toList();
            assertThat(added).as(context.about(response) + "indirect resellers added since before the attempt")
                    .containsExactly(context.reseller().accountId());
        });
    }

    private ApiResponse listed(Actor partner) {
        ApiResponse response = partner.partnerCenter().indirectResellers().relationships();
        assertThat(response.status()).as(context.about(response) + "listing its indirect resellers succeeds").isEqualTo(200);
        return response;
    }

    private static List<String> idsOf(ApiResponse response) {
        return PartnerRelationship.listFrom(response.json()).stream().map(PartnerRelationship::id).toList();
    }
}
