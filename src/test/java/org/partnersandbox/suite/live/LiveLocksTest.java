package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.live.LiveLocks.Count;

class LiveLocksTest {

    private final LiveLocks locks = new LiveLocks(5);

    @Test
    void tags_name_the_counts_a_scenario_shares_or_takes_alone() {
        assertThat(locks.claims(Set.of("@makes-customers"))).isEqualTo(Map.of(Count.PROVIDER_CUSTOMERS, false));
        assertThat(locks.claims(Set.of("@quota:customers=75", "@destructive"))).isEqualTo(Map.of(Count.PROVIDER_CUSTOMERS, true));
        assertThat(locks.claims(Set.of("@quota:indirect-resellers=2", "@makes-customers")))
                .isEqualTo(Map.of(Count.PROVIDER_CUSTOMERS, false, Count.INDIRECT_RESELLER_QUOTA, false));
        assertThat(locks.claims(Set.of("@quota:indirect-resellers=5", "@makes-customers")))
                .as("the whole quota: it counts the resellers")
                .isEqualTo(Map.of(Count.PROVIDER_CUSTOMERS, false, Count.INDIRECT_RESELLER_QUOTA, true));
        assertThat(locks.claims(Set.of("@app-user", "@cap:IR-13"))).isEmpty();
    }

    @Test
    void a_scenario_that_waits_to_count_is_served_before_sharers_that_come_after_it() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        LiveLocks.Held first = locks.take(Set.of("@makes-customers"));
        CompletableFuture<Void> counter = CompletableFuture.runAsync(() -> {
            try (LiveLocks.Held held = locks.take(Set.of("@quota:customers=75"))) {
                order.add("counter");
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> queued(Count.PROVIDER_CUSTOMERS) == 1);
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            try (LiveLocks.Held held = locks.take(Set.of("@makes-customers"))) {
                order.add("later sharer");
            }
        });
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> order.isEmpty());
        first.close();
        CompletableFuture.allOf(counter, later).get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("counter", "later sharer");
    }

    @Test
    void while_a_scenario_waits_for_a_lock_the_pool_runs_another_in_its_place() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false, 1, 16, 1,
                p -> true, 30, TimeUnit.SECONDS);
        try {
            LiveLocks.Held counting = locks.take(Set.of("@quota:indirect-resellers=5"));
            var waiting = pool.submit(() -> locks.take(Set.of("@quota:indirect-resellers=1")).close());
            await().atMost(Duration.ofSeconds(5)).until(() -> queued(Count.INDIRECT_RESELLER_QUOTA) == 1);
            var other = pool.submit(() -> "ran");
            assertThat(other.get(5, TimeUnit.SECONDS)).as("a spare worker ran it; the only core one is waiting").isEqualTo("ran");
            assertThat(waiting.isDone()).isFalse();
            counting.close();
            waiting.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private int queued(Count count) {
        return locks.queueLength(count);
    }
}
