package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.client.CallRecord;

class CustomerCountLockTest {

    private static final CallRecord CREATE = new CallRecord("POST", "/v1/customers", 201, "r", "c");
    private static final CallRecord REFUSED_CREATE = new CallRecord("POST", "/v1/customers?x=1", 403, "r", "c");
    private static final CallRecord LIST = new CallRecord("GET", "/v1/customers", 200, "r", "c");
    private static final CallRecord ORDER = new CallRecord("POST", "/v1/customers/abc/orders", 201, "r", "c");

    @Test
    void a_scenario_that_asks_to_create_a_customer_without_the_tag_breaks_the_rule_even_when_refused() {
        assertThat(CustomerCountLock.breach(Set.of("@cap:RR-01"), List.of(LIST, CREATE))).get().asString()
                .contains("POST /v1/customers").contains("@makes-customers");
        assertThat(CustomerCountLock.breach(Set.of(), List.of(REFUSED_CREATE))).isPresent();
    }

    @Test
    void the_tag_a_counting_scenario_or_an_emulator_only_one_keeps_it() {
        assertThat(CustomerCountLock.breach(Set.of("@makes-customers"), List.of(CREATE))).isEmpty();
        assertThat(CustomerCountLock.breach(Set.of("@quota:customers=75"), List.of(CREATE))).isEmpty();
        assertThat(CustomerCountLock.breach(Set.of("@emulator-only"), List.of(CREATE))).isEmpty();
    }

    @Test
    void other_calls_on_customers_need_no_tag() {
        assertThat(CustomerCountLock.breach(Set.of(), List.of(LIST, ORDER))).isEmpty();
    }
}
