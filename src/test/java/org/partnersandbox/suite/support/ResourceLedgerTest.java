package org.partnersandbox.suite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
