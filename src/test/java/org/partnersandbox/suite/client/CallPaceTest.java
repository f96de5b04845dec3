package org.partnersandbox.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.MovableClock;

class CallPaceTest {

    private static final String TENANT = "0e195b37-4574-4539-bc42-0e539b9684c0";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final CallPace pace = new CallPace(3, clock);

    @Test
    void a_tenants_call_over_the_limit_waits_until_the_oldest_of_the_last_minute_leaves_it() {
        assertThat(pace.claim(TENANT)).isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(pace.claim(TENANT)).isTrue();
        assertThat(pace.claim(TENANT.toUpperCase())).as("the same tenant, whatever the case").isTrue();
        assertThat(pace.claim(TENANT)).as("a fourth call within the minute").isFalse();
        assertThat(pace.claim("5b5a6c06-0000-4000-8000-000000000001")).as("another tenant has its own budget").isTrue();
        clock.advance(Duration.ofSeconds(39));
        assertThat(pace.claim(TENANT)).as("59 s after the first call").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pace.claim(TENANT)).as("the first call has left the minute").isTrue();
        assertThat(pace.claim(TENANT)).isFalse();
    }

    @Test
    void no_limit_never_waits() {
        CallPace none = new CallPace(0, clock);
        for (int i = 0; i < 1000; i++) {
            assertThat(none.claim(TENANT)).isTrue();
        }
    }
}
