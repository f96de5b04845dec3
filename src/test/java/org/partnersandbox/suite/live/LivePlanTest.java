package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dry run's plan, from the project's real features. */
class LivePlanTest {

    @Test
    void lists_the_filtered_scenarios_with_their_roles_and_creations() {
        List<LivePlan.PlannedScenario> plan = LivePlan.of(Path.of("features"), "@cap:IR-20 or @cap:IP-08");

        assertThat(plan).extracting(LivePlan.PlannedScenario::name).contains(
                "The deleted reseller is gone from the provider's indirect resellers",
                "An indirect provider that is not a sandbox account is refused");
        LivePlan.PlannedScenario delete = plan.stream().filter(s -> s.tags().contains("@cap:IR-20")).findFirst().orElseThrow();
        assertThat(delete.roles()).containsExactly("indirectProvider");
        assertThat(delete.creates()).containsExactly("sandbox indirect reseller");
        LivePlan.PlannedScenario refused = plan.stream().filter(s -> s.name().contains("not a sandbox")).findFirst().orElseThrow();
        assertThat(refused.roles()).containsExactly("productionAccount");
        assertThat(refused.creates()).as("a refused attempt creates nothing").isEmpty();
        assertThat(LivePlan.describe(plan, "@cap:IR-20 or @cap:IP-08", "psa"))
                .startsWith("Dry run: no request is made.").contains("roles: indirectProvider");
    }

    @Test
    void counts_customers_orders_and_the_reseller_signed_in_as_itself() {
        List<LivePlan.PlannedScenario> plan = LivePlan.of(Path.of("features"), "@cap:X-02 or @cap:IR-01 or @cap:RR-09 or @cap:IP-01");

        LivePlan.PlannedScenario paging = plan.stream().filter(s -> s.tags().contains("@cap:X-02")).findFirst().orElseThrow();
        assertThat(paging.creates()).containsExactly("30 × customer");
        assertThat(plan.stream().filter(s -> s.tags().contains("@cap:IR-01")).flatMap(s -> s.creates().stream()))
                .contains("5 × sandbox indirect reseller");
        LivePlan.PlannedScenario reseller = plan.stream().filter(s -> s.tags().contains("@cap:RR-09")).findFirst().orElseThrow();
        assertThat(reseller.roles()).contains("indirectProvider", "indirectReseller");
        assertThat(reseller.creates()).contains("sandbox indirect reseller", "customer");
        assertThat(plan.stream().filter(s -> s.tags().contains("@cap:IP-01")).flatMap(s -> s.creates().stream()))
                .contains("order (and its subscriptions)");
    }
}
