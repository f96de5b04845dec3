package org.partnersandbox.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OldestFirstMemoryTest {

    @Test
    void beyond_its_capacity_it_forgets_the_oldest_first() {
        OldestFirstMemory<String, Integer> memory = new OldestFirstMemory<>(3);
        for (int i = 1; i <= 5; i++) {
            memory.put("k" + i, i);
        }
        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.get("k1")).isNull();
        assertThat(memory.get("k2")).isNull();
        assertThat(List.of(memory.get("k3"), memory.get("k4"), memory.get("k5"))).containsExactly(3, 4, 5);
    }

    @Test
    void a_key_written_again_keeps_its_age_and_takes_no_second_place() {
        OldestFirstMemory<String, Integer> memory = new OldestFirstMemory<>(2);
        memory.put("a", 1);
        memory.put("a", 2);
        memory.put("b", 3);
        assertThat(memory.get("a")).as("two writes of one key are one entry").isEqualTo(2);
        memory.put("c", 4);
        assertThat(memory.get("a")).as("still the oldest").isNull();
        assertThat(memory.get("b")).isEqualTo(3);
        assertThat(memory.get("c")).isEqualTo(4);
    }

    @Test
    void replace_all_and_clear_reach_every_entry() {
        OldestFirstMemory<String, Integer> memory = new OldestFirstMemory<>(10);
        memory.put("a", 1);
        memory.put("b", 2);
        memory.replaceAll((key, value) -> value * 10);
        assertThat(List.of(memory.get("a"), memory.get("b"))).containsExactly(10, 20);
        memory.clear();
        assertThat(memory.size()).isZero();
        memory.put("c", 3);
        memory.put("d", 4);
        assertThat(memory.size()).as("a cleared memory forgets the old order too").isEqualTo(2);
    }

    @Test
    void writers_of_different_keys_at_once_never_leave_it_above_its_capacity() throws Exception {
        OldestFirstMemory<String, Integer> memory = new OldestFirstMemory<>(100);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(threads.submit(() -> IntStream.range(0, 5_000).forEach(i -> memory.put(writer + "-" + i, i))));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(memory.size()).as("two writers over capacity may both evict, so a few less at most").isBetween(92, 100);
        memory.put("last", 0);
        assertThat(memory.get("last")).as("the newest is kept").isZero();
        assertThat(memory.size()).isBetween(93, 100);
    }
}
