package org.partnersandbox.suite.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnersandbox.suite.config.ScenarioAdmission;
import org.partnersandbox.suite.live.LiveAdmission.Count;

class LiveAdmissionTest {

    private final List<ScenarioAdmission.Place> admitted = new CopyOnWriteArrayList<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @AfterEach
    void giveBackAll() {
        admitted.forEach(ScenarioAdmission.Place::close);
    }

    private static LiveAdmission admission(int places, int freeSlots) {
        return new LiveAdmission(places, new QuotaGate(5, () -> OptionalInt.of(5 - freeSlots), "provider"));
    }

    private CompletableFuture<Void> start(LiveAdmission admission, String name, String... tags) {
        return CompletableFuture.runAsync(() -> {
            admitted.add(admission.admit(Set.of(tags)));
            order.add(name);
        });
    }

    @Test
    void tags_name_the_counts_a_scenario_shares_or_takes_alone_and_its_slots() {
        LiveAdmission admission = admission(8, 5);
        assertThat(admission.needs(Set.of("@makes-customers")).counts()).isEqualTo(Map.of(Count.PROVIDER_CUSTOMERS, false));
        assertThat(admission.needs(Set.of("@quota:customers=75", "@destructive")).counts()).isEqualTo(Map.of(Count.PROVIDER_CUSTOMERS, true));
        assertThat(admission.needs(Set.of("@quota:indirect-resellers=2", "@makes-customers")))
                .isEqualTo(new LiveAdmission.Needs(Map.of(Count.PROVIDER_CUSTOMERS, false, Count.INDIRECT_RESELLER_QUOTA, false), 2));
        assertThat(admission.needs(Set.of("@quota:indirect-resellers=5")))
                .as("the whole quota: it counts the resellers")
                .isEqualTo(new LiveAdmission.Needs(Map.of(Count.INDIRECT_RESELLER_QUOTA, true), 5));
        assertThat(admission.needs(Set.of("@app-user", "@cap:IR-13")).counts()).isEmpty();
    }

    @Test
    void a_scenario_waiting_to_count_goes_before_sharers_that_come_after_it_and_others_start_meanwhile() throws Exception {
        LiveAdmission admission = admission(8, 5);
        ScenarioAdmission.Place sharer = admission.admit(Set.of("@makes-customers"));
        CompletableFuture<Void> counter = start(admission, "counter", "@quota:customers=75");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        CompletableFuture<Void> laterSharer = start(admission, "later sharer", "@makes-customers");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 2);
        start(admission, "unrelated", "@cap:IR-13").get(5, TimeUnit.SECONDS);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !laterSharer.isDone() && !counter.isDone());
        sharer.close();
        counter.get(5, TimeUnit.SECONDS);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !laterSharer.isDone());
        admitted.get(admitted.size() - 1).close(); // the counter is done
        laterSharer.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("unrelated", "counter", "later sharer");
    }

    @Test
    void one_waiting_to_count_resellers_behind_a_customer_count_does_not_hold_back_the_reseller_slots() throws Exception {
        LiveAdmission admission = admission(8, 5);
        ScenarioAdmission.Place customerCounter = admission.admit(Set.of("@quota:customers=75"));
        CompletableFuture<Void> resellerCounter = start(admission, "reseller counter", "@quota:indirect-resellers=5", "@makes-customers");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        start(admission, "slot taker", "@quota:indirect-resellers=1").get(5, TimeUnit.SECONDS);
        assertThat(resellerCounter).isNotDone();
        customerCounter.close();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !resellerCounter.isDone());
        CompletableFuture<Void> laterSlotTaker = start(admission, "later slot taker", "@quota:indirect-resellers=1");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 2);
        admitted.get(0).close(); // the slot taker: the reseller counter goes next, the later one after it
        resellerCounter.get(5, TimeUnit.SECONDS);
        assertThat(laterSlotTaker).isNotDone();
        admitted.get(1).close();
        laterSlotTaker.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("slot taker", "reseller counter", "later slot taker");
    }

    @Test
    void a_scenario_holds_nothing_while_it_waits_for_slots() throws Exception {
        LiveAdmission admission = admission(8, 1);
        ScenarioAdmission.Place slotHolder = admission.admit(Set.of("@quota:indirect-resellers=1"));
        CompletableFuture<Void> slotAndCustomers = start(admission, "needs a slot", "@quota:indirect-resellers=1", "@makes-customers");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        start(admission, "counter", "@quota:customers=75").get(5, TimeUnit.SECONDS);
        assertThat(slotAndCustomers).as("no slot free, and the customer count is taken").isNotDone();
        slotHolder.close();
        admitted.get(0).close(); // the counter
        slotAndCustomers.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("counter", "needs a slot");
    }

    @Test
    void no_more_start_than_there_are_places_and_slots() throws Exception {
        LiveAdmission admission = admission(2, 5);
        ScenarioAdmission.Place first = admission.admit(Set.of("@cap:X-01"));
        ScenarioAdmission.Place second = admission.admit(Set.of("@quota:indirect-resellers=4"));
        CompletableFuture<Void> third = start(admission, "third", "@quota:indirect-resellers=2");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        first.close();
        first.close(); // closing twice gives back nothing more
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !third.isDone());
        second.close();
        third.get(5, TimeUnit.SECONDS);
    }

    @Test
    void the_places_alone_hold_a_scenario_back_and_a_place_given_back_twice_counts_once() throws Exception {
        LiveAdmission admission = admission(1, 5);
        ScenarioAdmission.Place only = admission.admit(Set.of("@cap:X-01"));
        CompletableFuture<Void> second = start(admission, "second", "@cap:X-02");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        CompletableFuture<Void> third = start(admission, "third", "@cap:X-04");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 2);
        only.close();
        only.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> order.size() == 1);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> order.size() == 1);
        admitted.get(0).close();
        CompletableFuture.allOf(second, third).get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("second", "third");
    }

    @Test
    void the_next_free_place_goes_to_one_that_counts_then_to_one_that_takes_slots_then_to_the_rest() throws Exception {
        LiveAdmission admission = admission(1, 5);
        ScenarioAdmission.Place only = admission.admit(Set.of("@cap:X-01"));
        CompletableFuture<Void> plain = start(admission, "plain", "@cap:X-02");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        CompletableFuture<Void> slotTaker = start(admission, "slot taker", "@quota:indirect-resellers=1");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 2);
        CompletableFuture<Void> counter = start(admission, "counter", "@quota:customers=30");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 3);
        only.close();
        counter.get(5, TimeUnit.SECONDS);
        admitted.get(0).close();
        slotTaker.get(5, TimeUnit.SECONDS);
        admitted.get(1).close();
        plain.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("counter", "slot taker", "plain");
    }

    @Test
    void one_waiting_for_two_slots_is_not_overtaken_by_later_ones_that_need_one() throws Exception {
        LiveAdmission admission = admission(8, 2);
        ScenarioAdmission.Place holder = admission.admit(Set.of("@quota:indirect-resellers=1"));
        CompletableFuture<Void> two = start(admission, "needs two", "@quota:indirect-resellers=2");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
        CompletableFuture<Void> one = start(admission, "needs one", "@quota:indirect-resellers=1");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 2);
        assertThat(one).as("a slot is free, but the earlier one waits for two").isNotDone();
        holder.close();
        two.get(5, TimeUnit.SECONDS);
        admitted.get(0).close();
        one.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("needs two", "needs one");
    }

    @Test
    void a_scenario_that_needs_more_slots_than_were_free_is_not_run_at_once() {
        LiveAdmission admission = admission(8, 3);
        assertThatThrownBy(() -> admission.admit(Set.of("@quota:indirect-resellers=5")))
                .isInstanceOf(org.opentest4j.TestAbortedException.class).hasMessageContaining("not-run").hasMessageContaining("2 of 5 in use").hasMessageContaining("5 needed");
    }

    @Test
    void while_a_scenario_waits_the_pool_runs_another_in_its_place() throws Exception {
        LiveAdmission admission = admission(8, 5);
        ForkJoinPool pool = new ForkJoinPool(1, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false, 1, 16, 1,
                p -> true, 30, TimeUnit.SECONDS);
        try {
            ScenarioAdmission.Place counting = admission.admit(Set.of("@quota:indirect-resellers=5"));
            var waiting = pool.submit(() -> admission.admit(Set.of("@quota:indirect-resellers=1")).close());
            await().atMost(Duration.ofSeconds(5)).until(() -> admission.waitingCount() == 1);
            var other = pool.submit(() -> "ran");
            assertThat(other.get(5, TimeUnit.SECONDS)).as("a spare worker ran it; the only core one is waiting").isEqualTo("ran");
            assertThat(waiting.isDone()).isFalse();
            counting.close();
            waiting.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
