package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a sweep by prefix may remove: only what an earlier run of this suite named, once it is old enough. */
class RunNamesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void a_name_of_an_old_run_is_sweepable() {
        assertThat(RunNames.sweepable("psa2611210300x7kab12", "psa", NOW)).isTrue();
        assertThat(RunNames.sweepable("PSA2611210300x7kab12", "psa", NOW)).as("case-insensitive").isTrue();
    }

    @Test
    void a_run_within_the_grace_period_is_not_sweepable() {
        assertThat(RunNames.sweepable("psa2611220100x7kab12", "psa", NOW)).as("11 hours old").isFalse();
        assertThat(RunNames.sweepable(RunNames.newRunId("psa") + "ab12", "psa", Instant.now())).as("this minute").isFalse();
    }

    @Test
    void a_tenant_that_merely_starts_with_the_prefix_is_not_sweepable() {
        assertThat(RunNames.sweepable("PSA Group", "psa", NOW)).isFalse();
        assertThat(RunNames.sweepable("psagroupcontoso", "psa", NOW)).isFalse();
        assertThat(RunNames.sweepable("psa26112", "psa", NOW)).isFalse();
        assertThat(RunNames.sweepable("psa2613450300x7k", "psa", NOW)).as("no such time").isFalse();
        assertThat(RunNames.sweepable(null, "psa", NOW)).isFalse();
    }

    @Test
    void every_name_a_run_creates_starts_with_the_run_id_customers_included() {
        String before = RunNames.runId();
        try {
            RunNames.use("psa2611210300x7k");
            CustomerRequest customer = CustomerRequest.of("US");
            String reseller = SandboxResellerRequest.uniqueDomainPrefix();

            assertThat(customer.companyName()).startsWith("psa2611210300x7k").matches("[a-z0-9]+");
            assertThat(customer.domain()).startsWith("psa2611210300x7k").endsWith(".onmicrosoft.com");
            assertThat(reseller).startsWith("psa2611210300x7k");
            assertThat(customer.companyName()).as("so the sweep by prefix finds it")
                    .matches(name -> RunNames.sweepable(name, "psa", NOW));
            assertThat(CustomerRequest.of("US").companyName()).isNotEqualTo(customer.companyName());
        } finally {
            RunNames.use(before);
        }
    }
}
