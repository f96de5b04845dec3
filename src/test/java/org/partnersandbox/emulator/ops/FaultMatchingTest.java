package org.partnersandbox.emulator.ops;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault matching reads the caller's tenant (which parses the bearer token) only when it must: never
 * with no fault armed, or none left to inject, or none scoped to a tenant; once per call otherwise
 * (issue 14: this parse was 38 % of the emulator's CPU on every request).
 */
class FaultMatchingTest {

    private static final FaultSpec.Action SERVER_ERROR = new FaultSpec.Status(500, 1);

    private final FaultInjection faults = new FaultInjection(Clock.systemUTC());
    private final AtomicInteger tenantReads = new AtomicInteger();
    private final Supplier<String> tenant = () -> {
        tenantReads.incrementAndGet();
        return "tenant-a";
    };

    @Test
    void with_no_fault_armed_the_tenant_is_not_read() {
        assertThat(faults.hitBy("GET", "/v1/customers", "r1", tenant)).isNull();
        assertThat(tenantReads).hasValue(0);
    }

    @Test
    void a_fault_for_every_tenant_hits_without_reading_the_tenant() {
        faults.arm(new FaultSpec("GET", "/v1/customers", SERVER_ERROR, null, null, null, null));

        assertThat(faults.hitBy("GET", "/v1/customers", "r1", tenant)).isNotNull();
        assertThat(tenantReads).hasValue(0);
    }

    @Test
    void a_spent_fault_reads_nothing_and_hits_nothing() {
        faults.arm(new FaultSpec("*", "/v1/*", SERVER_ERROR, 1, null, null, "tenant-a"));
        assertThat(faults.hitBy("GET", "/v1/customers", "r1", tenant)).isNotNull();
        int readsWhileArmed = tenantReads.get();

        assertThat(faults.hitBy("GET", "/v1/customers", "r2", tenant)).isNull();
        assertThat(tenantReads).as("reads after the fault was spent").hasValue(readsWhileArmed);
    }

    @Test
    void a_tenant_scoped_fault_reads_the_tenant_once_and_only_for_a_matching_call() {
        faults.arm(new FaultSpec("POST", "/v1/customers", SERVER_ERROR, null, null, null, "tenant-b"));
        faults.arm(new FaultSpec("POST", "/v1/customers", SERVER_ERROR, null, null, null, "tenant-a"));

        assertThat(faults.hitBy("GET", "/v1/customers", "r1", tenant)).as("another method").isNull();
        assertThat(tenantReads).hasValue(0);

        ArmedFault hit = faults.hitBy("POST", "/v1/customers", "r2", tenant);
        assertThat(hit).isNotNull();
        assertThat(hit.id()).isEqualTo("fault-2");
        assertThat(tenantReads).as("two scoped faults, one read").hasValue(1);
    }

    @Test
    void after_clear_nothing_is_read_again() {
        faults.arm(new FaultSpec("*", "/v1/*", SERVER_ERROR, null, null, null, "tenant-a"));
        faults.clear();

        assertThat(faults.hitBy("GET", "/v1/customers", "r1", tenant)).isNull();
        assertThat(tenantReads).hasValue(0);
    }
}
