package org.partnersandbox.emulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Eventual consistency of list answers: a resource created through the API is left out of every
 * list until {@code delay} has passed since its creation instant. Reads by id, updates and deletes
 * see it at once (Partner Center's list endpoints lag behind writes; the emulator keeps the rest
 * consistent so that only the lag the suite must tolerate is simulated). With no delay (the
 * {@code plain} profile) every list is complete.
 *
 * <p>Every list endpoint filters through {@link #listed}, giving the creation instant each resource
 * already carries (taken from {@link Sandbox#clock()}).
 */
public final class Visibility {

    private final Clock clock;
    private final Duration delay;

    public Visibility(Clock clock, Duration delay) {
        this.clock = clock;
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }

    /** The resources a list may show now, in their order: those created at least {@code delay} ago. */
    public <T> List<T> listed(Collection<T> resources, Function<? super T, Instant> createdAt) {
        if (delay.isZero()) {
            return List.copyOf(resources);
        }
        Instant cutoff = clock.instant().minus(delay);
        return resources.stream().filter(r -> !createdAt.apply(r).isAfter(cutoff)).toList();
    }

    /** Whether a resource created at {@code createdAt} shows in lists now. */
    public boolean isListed(Instant createdAt) {
        return delay.isZero() || !createdAt.isAfter(clock.instant().minus(delay));
    }
}
