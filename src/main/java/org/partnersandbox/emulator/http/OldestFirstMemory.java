package org.partnersandbox.emulator.http;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;

/**
 * A concurrent map that keeps at most {@code capacity} entries, forgetting the oldest first. Not one
 * synchronized map: the replay memory's was a lock every create of every partner went through (issue
 * 14's POST profile). Writers of one key are expected to be serialised by their caller (the replay
 * memory puts a key only under its caller's lock); different keys go in concurrently. Under contention
 * it may forget a few more than needed (two writers over capacity both evict), never keep more.
 */
final class OldestFirstMemory<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Queue<K> order = new ConcurrentLinkedQueue<>();

    OldestFirstMemory(int capacity) {
        this.capacity = capacity;
    }

    V get(K key) {
        return entries.get(key);
    }

    /** Remembers a new key (a key already present keeps its age), then forgets the oldest beyond capacity. */
    void put(K key, V value) {
        if (entries.put(key, value) == null) {
            order.add(key);
        }
        while (entries.size() > capacity) {
            K oldest = order.poll();
            if (oldest == null) {
                return;
            }
            entries.remove(oldest);
        }
    }

    void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        entries.replaceAll(function);
    }

    int size() {
        return entries.size();
    }

    /** The order first: a put racing it leaves at worst a queued key without an entry, never an entry no eviction reaches. */
    void clear() {
        order.clear();
        entries.clear();
    }
}
