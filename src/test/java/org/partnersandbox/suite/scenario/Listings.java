package org.partnersandbox.suite.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.partnersandbox.suite.actors.Actor;
import org.partnersandbox.suite.client.ApiResponse;
import org.partnersandbox.suite.client.Pages;
import org.partnersandbox.suite.client.PartnerCenterApi;
import org.partnersandbox.suite.client.PartnerRelationship;

/**
 * The two listings that steps and before-snapshots read alike: a provider's indirect resellers
 * (served as its relationships) and every customer of a partner. Each must succeed to be counted.
 */
public final class Listings {

    /** Page size for counting every customer; the listing follows links.next. */
    private static final int PAGE_SIZE = 100;

    private final ScenarioContext context;

    public Listings(ScenarioContext context) {
        this.context = context;
    }

    /** The indirect resellers of {@code partner}, as a successful listing of its relationships. */
    public ApiResponse resellersOf(Actor partner) {
        ApiResponse response = partner.partnerCenter().indirectResellers().relationships();
        assertThat(response.status()).as(context.about(response) + "listing its indirect resellers succeeds").isEqualTo(200);
        return response;
    }

    /** The account ids of the indirect resellers in {@code response}. */
    public static List<String> resellerIdsIn(ApiResponse response) {
        return PartnerRelationship.listFrom(response.json()).stream().map(PartnerRelationship::id).toList();
    }

    /** Every customer of {@code partner}, following links.next to the last page. */
    public List<String> allCustomerIdsOf(PartnerCenterApi partner) {
        Pages pages = partner.customers().listAll(PAGE_SIZE);
        pages.pages().forEach(page -> assertThat(page.status())
                .as(context.about(page) + "listing the customers of " + partner.account().describe()).isEqualTo(200));
        return pages.items().stream().map(item -> item.path("id").asText()).toList();
    }
}
