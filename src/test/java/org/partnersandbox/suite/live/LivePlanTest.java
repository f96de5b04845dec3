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
}
