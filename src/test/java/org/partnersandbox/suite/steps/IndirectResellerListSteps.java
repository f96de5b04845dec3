package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.IndirectReseller;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRelationship;
import org.partnersandbox.suite.scenario.BeforeTheAttempt;
import org.partnersandbox.suite.scenario.Listings;
import org.partnersandbox.suite.scenario.RunCreations;
import org.partnersandbox.suite.scenario.ScenarioContext;
import org.partnersandbox.suite.verdicts.Checks;
import org.partnersandbox.suite.verdicts.Eventually;

/**
 * The provider's list of its indirect resellers (Partner Center serves it as the provider's
 * relationships): what it has, and that a refused attempt changed nothing, compared with what
 * {@link BeforeTheAttempt} read. Listings may lag behind a change, so they are polled.
 */
public final class IndirectResellerListSteps {

    private final ScenarioContext context;
    private final BeforeTheAttempt before;
    private final Listings listings;

    public IndirectResellerListSteps(ScenarioContext context, BeforeTheAttempt before, Listings listings) {
        this.context = context;
        this.before = before;
        this.listings = listings;
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
                softly.check(() -> assertThat(relationship.state()).as("state").isEqualTo("Active"));
                softly.check(() -> assertThat(relationship.relationshipType()).as("relationshipType")
                        .isEqualTo("is_indirect_cloud_solution_provider_of"));
                softly.check(() -> assertThat(relationship.mpnId()).as("mpnId (the reseller's PartnerID)").isEqualTo(partnerId));
                softly.check(() -> assertThat(relationship.objectType())
                        .as("attributes.objectType").isEqualTo("PartnerRelationship"));
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
        assertThat(before.resellers().ids()).as(context.about(reseller.describe() + " was listed before the attempt"))
                .contains(reseller.accountId());
        Eventually.staysTrue(() -> {
            ApiResponse response = listed(context.provider());
            assertThat(idsOf(response)).as(context.about(response) + reseller.describe() + " is still listed")
                    .contains(reseller.accountId());
        });
    }

    /*
     * Counts are only read by scenarios that take the whole reseller quota (@quota:indirect-resellers=5,
     * which holds its lock alone), so no other scenario adds or removes resellers of this provider meanwhile.
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
        BeforeTheAttempt.Resellers remembered = before.resellers();
        List<String> rememberedIds = remembered.ids();
        List<String> own = context.liveResellers().stream().map(IndirectReseller::accountId).filter(rememberedIds::contains).toList();
        Eventually.staysTrue(() -> {
            ApiResponse response = listed(remembered.partner());
            List<String> now = idsOf(response);
            Checks.all(context.about(response), softly -> {
                softly.check(() -> assertThat(now).as("its own indirect resellers are all still listed").containsAll(own));
                softly.check(() -> assertThat(now.stream().filter(id -> !rememberedIds.contains(id) && !RunCreations.madeByThisRun(id)).toList())
                        .as("indirect resellers listed now that were not there before the attempt").isEmpty());
            });
        });
    }

    @Then("only one indirect reseller has been added to its indirect resellers")
    public void only_one_indirect_reseller_has_been_added() {
        BeforeTheAttempt.Resellers remembered = before.resellers();
        List<String> own = context.resellers().stream().map(IndirectReseller::accountId).toList();
        Eventually.holds(() -> {
            ApiResponse response = listed(remembered.partner());
            // other scenarios of the run create and delete their own resellers meanwhile (they share the quota)
            List<String> added = idsOf(response).stream().filter(id -> !remembered.ids().contains(id))
                    .filter(id -> own.contains(id) || !RunCreations.madeByThisRun(id)).toList();
            assertThat(added).as(context.about(response) + "indirect resellers added since before the attempt")
                    .containsExactly(context.reseller().accountId());
        });
    }

    /** RR-P5: the relationship with an indirect reseller, as production has them. */
    @Then("its indirect resellers include that indirect reseller as an active relationship")
    public void its_indirect_resellers_include_that_indirect_reseller_as_an_active_relationship() {
        IndirectReseller reseller = context.reseller();
        PartnerCenterApi partnerCenter = context.actor().partnerCenter();
        Eventually.holds(() -> {
            ApiResponse response = partnerCenter.indirectResellers().relationships();
            assertThat(response.status()).as(context.about(response) + "status of the listing").isEqualTo(200);
            assertThat(PartnerRelationship.listFrom(response.json()))
                    .as(context.about(response) + reseller.describe() + " is listed as an active relationship")
                    .anySatisfy(r -> {
                        assertThat(r.id()).isEqualTo(reseller.accountId());
                        assertThat(r.state()).isEqualTo("Active");
                    });
        });
    }

    private ApiResponse listed(Actor partner) {
        return listings.resellersOf(partner);
    }

    private static List<String> idsOf(ApiResponse response) {
        return Listings.resellerIdsIn(response);
    }
}
