package org.partnersandbox.emulator.ops;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ThrottleTest {

    private static final String TENANT = "0e195b37-4574-4539-bc42-0e539b9684c0";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final Throttle throttle = new Throttle(2, Duration.ofMinutes(1), clock);

    @Test
    void the_call_over_the_limit_is_refused_with_the_seconds_until_a_slot_frees() {
        throttle.admit(TENANT);
        clock.advance(Duration.ofSeconds(10));
        throttle.admit(TENANT);

        assertThat(refusal().retryAfterSeconds()).as("the first call leaves the window at +60 s").isEqualTo(50);
        clock.advance(Duration.ofSeconds(45));
        assertThat(refusal().retryAfterSeconds()).isEqualTo(5);
        clock.advance(Duration.ofMillis(4_500));
        assertThat(refusal().retryAfterSeconds()).as("rounded up, never 0").isEqualTo(1);
    }

    @Test
    void refused_calls_are_not_counted() {
        throttle.admit(TENANT);
        throttle.admit(TENANT);
        for (int i = 0; i < 5; i++) {
            refusal();
        }
        clock.advance(Duration.ofMinutes(1));

        assertThatCode(() -> {
            throttle.admit(TENANT);
            throttle.admit(TENANT);
        }).as("two fresh slots after the window, despite five refusals").doesNotThrowAnyException();
        assertThat(refusal().retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void tenants_are_counted_apart_and_case_insensitively() {
        throttle.admit(TENANT);
        throttle.admit(TENANT.toUpperCase());
        assertThat(refusal()).isNotNull();
        assertThatCode(() -> throttle.admit("5b5a6c06-0000-4000-8000-000000000001")).doesNotThrowAnyException();
    }

    @Test
    void reset_forgets_every_count() {
        throttle.admit(TENANT);
        throttle.admit(TENANT);
        throttle.reset();
        assertThatCode(() -> throttle.admit(TENANT)).doesNotThrowAnyException();
    }

    @Test
    void it_shows_per_tenant_the_calls_admitted_and_refused_until_a_reset() {
        throttle.admit(TENANT);
        throttle.admit(TENANT.toUpperCase());
        refusal();
        throttle.admit("5b5a6c06-0000-4000-8000-000000000001");

        assertThat(throttle.json().path("perMinute").asInt()).isEqualTo(2);
        assertThat(throttle.json().path("tenants").findValues("tenantId")).extracting(n -> n.asText())
                .containsExactlyInAnyOrder(TENANT, "5b5a6c06-0000-4000-8000-000000000001");
        throttle.json().path("tenants").forEach(t -> {
            boolean busiest = t.path("tenantId").asText().equals(TENANT);
            assertThat(t.path("admitted").asInt()).isEqualTo(busiest ? 2 : 1);
            assertThat(t.path("refused").asInt()).isEqualTo(busiest ? 1 : 0);
        });
        throttle.reset();
        assertThat(throttle.json().path("tenants")).isEmpty();
    }

    @Test
    void a_limit_of_zero_never_refuses() {
        Throttle off = new Throttle(0, Duration.ofMinutes(1), clock);
        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                off.admit(TENANT);
            }
        }).doesNotThrowAnyException();
    }

    private RateLimitExceeded refusal() {
        RateLimitExceeded refused = catchThrowableOfType(RateLimitExceeded.class, () -> throttle.admit(TENANT));
        assertThat(refused).as("the call is refused").isNotNull();
        assertThat(refused.getMessage()).isEqualTo("Rate limit is exceeded. Try again in " + refused.retryAfterSeconds() + " seconds.");
        return refused;
    }
}
