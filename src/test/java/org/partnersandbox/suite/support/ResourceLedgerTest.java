package org.partnersandbox.suite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.janitor.ResourceKind;

class ResourceLedgerTest {

    private final ResourceLedger ledger = new ResourceLedger();
    private final List<String> removed = new ArrayList<>();

    @Test
    void resources_are_removed_newest_first() {
        ledger.register("indirect reseller A", () -> removed.add("A"));
        ledger.register("customer of A", () -> removed.add("customer"));
        ledger.register("indirect reseller B", () -> removed.add("B"));

        List<String> failures = ledger.removeAll();

        assertThat(removed).containsExactly("B", "customer", "A");
        assertThat(failures).isEmpty();
        assertThat(ledger.outstanding()).as("nothing left registered").isEmpty();
    }

    @Test
    void a_failed_removal_is_reported_and_does_not_stop_the_others() {
        ledger.register("indirect reseller A", () -> removed.add("A"));
        ledger.register("indirect reseller B", () -> {
            throw new IllegalStateException("DELETE answered 403");
        });
        ledger.register("indirect reseller C", () -> removed.add("C"));

        List<String> failures = ledger.removeAll();

        assertThat(removed).containsExactly("C", "A");
        assertThat(failures).containsExactly("indirect reseller B: DELETE answered 403");
    }

    @Test
    void outstanding_lists_what_is_still_registered_newest_first() {
        ledger.register("first", () -> { });
        ledger.register("second", () -> { });

        assertThat(ledger.outstanding()).containsExactly("second", "first");
    }

    @Test
    void phases_run_in_the_order_the_api_requires_whatever_the_order_of_creation() {
        ledger.register(ResourceKind.INDIRECT_RESELLER, "indirect reseller A", () -> removed.add("reseller A"));
        ledger.register(ResourceKind.CUSTOMER, "customer of A", () -> removed.add("customer"));
        ledger.register(ResourceKind.ORDER, "order of the customer", () -> removed.add("order"));
        ledger.register(ResourceKind.SUBSCRIPTION, "subscription of the order", () -> removed.add("subscription"));
        // created last, yet it has to wait for the customer above
        ledger.register(ResourceKind.INDIRECT_RESELLER, "indirect reseller B", () -> removed.add("reseller B"));
        ledger.register(ResourceKind.CUSTOMER, "a second customer", () -> removed.add("second customer"));

        assertThat(ledger.removeAll()).isEmpty();

        assertThat(removed).containsExactly("order", "subscription", "second customer", "customer", "reseller B", "reseller A");
    }

    @Test
    void entries_without_a_phase_go_after_every_phase() {
        ledger.register("unphased", () -> removed.add("unphased"));
        ledger.register(ResourceKind.INDIRECT_RESELLER, "reseller", () -> removed.add("reseller"));

        assertThat(ledger.outstanding()).containsExactly("reseller", "unphased");
        ledger.removeAll();
        assertThat(removed).containsExactly("reseller", "unphased");
    }
}
