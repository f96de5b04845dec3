package org.partnersandbox.suite.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.janitor.ResourceKind;

/** A scenario's cleanup: in the API's removal order, newest first within a kind, every removal attempted. */
class ScenarioCleanupTest {

    private final ScenarioCleanup cleanup = new ScenarioCleanup();
    private final List<String> removed = new ArrayList<>();

    @Test
    void resources_are_removed_newest_first() {
        cleanup.register("indirect reseller A", () -> removed.add("A"));
        cleanup.register("customer of A", () -> removed.add("customer"));
        cleanup.register("indirect reseller B", () -> removed.add("B"));

        List<String> failures = cleanup.removeAll();

        assertThat(removed).containsExactly("B", "customer", "A");
        assertThat(failures).isEmpty();
        assertThat(cleanup.outstanding()).as("nothing left registered").isEmpty();
    }

    @Test
    void a_failed_removal_is_reported_and_does_not_stop_the_others() {
        cleanup.register("indirect reseller A", () -> removed.add("A"));
        cleanup.register("indirect reseller B", () -> {
            throw new IllegalStateException("DELETE answered 403");
        });
        cleanup.register("indirect reseller C", () -> removed.add("C"));

        List<String> failures = cleanup.removeAll();

        assertThat(removed).containsExactly("C", "A");
        assertThat(failures).containsExactly("indirect reseller B: DELETE answered 403");
    }

    @Test
    void outstanding_lists_what_is_still_registered_newest_first() {
        cleanup.register("first", () -> { });
        cleanup.register("second", () -> { });

        assertThat(cleanup.outstanding()).containsExactly("second", "first");
    }

    @Test
    void phases_run_in_the_order_the_api_requires_whatever_the_order_of_creation() {
        cleanup.register(ResourceKind.INDIRECT_RESELLER, "indirect reseller A", () -> removed.add("reseller A"));
        cleanup.register(ResourceKind.CUSTOMER, "customer of A", () -> removed.add("customer"));
        cleanup.register(ResourceKind.ORDER, "order of the customer", () -> removed.add("order"));
        cleanup.register(ResourceKind.SUBSCRIPTION, "subscription of the order", () -> removed.add("subscription"));
        // created last, yet it has to wait for the customer above
        cleanup.register(ResourceKind.INDIRECT_RESELLER, "indirect reseller B", () -> removed.add("reseller B"));
        cleanup.register(ResourceKind.CUSTOMER, "a second customer", () -> removed.add("second customer"));

        assertThat(cleanup.removeAll()).isEmpty();

        assertThat(removed).containsExactly("order", "subscription", "second customer", "customer", "reseller B", "reseller A");
    }

    @Test
    void entries_without_a_phase_go_after_every_phase() {
        cleanup.register("unphased", () -> removed.add("unphased"));
        cleanup.register(ResourceKind.INDIRECT_RESELLER, "reseller", () -> removed.add("reseller"));

        assertThat(cleanup.outstanding()).containsExactly("reseller", "unphased");
        cleanup.removeAll();
        assertThat(removed).containsExactly("reseller", "unphased");
    }
}
