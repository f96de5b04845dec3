package org.partnersandbox.emulator.domain;

import org.junit.jupiter.api.Test;
import org.partnersandbox.emulator.ops.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTest {

    private record Item(String id, Instant created) {
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));

    @Test
    void a_resource_is_listed_once_the_delay_has_passed_since_its_creation() {
        Visibility visibility = new Visibility(clock, Duration.ofMillis(500));
        Item old = new Item("old", clock.instant().minusSeconds(10));
        Item fresh = new Item("fresh", clock.instant());

        assertThat(visibility.listed(List.of(old, fresh), Item::created)).containsExactly(old);
        clock.advance(Duration.ofMillis(499));
        assertThat(visibility.listed(List.of(old, fresh), Item::created)).containsExactly(old);
        clock.advance(Duration.ofMillis(1));
        assertThat(visibility.listed(List.of(old, fresh), Item::created)).containsExactly(old, fresh);
        assertThat(visibility.isListed(fresh.created())).isTrue();
    }

    @Test
    void without_a_delay_every_resource_is_listed_at_once() {
        Visibility visibility = new Visibility(clock, Duration.ZERO);
        Item fresh = new Item("fresh", clock.instant());
        assertThat(visibility.listed(List.of(fresh), Item::created)).containsExactly(fresh);
    }
}
