package org.partnersandbox.emulator.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * In-memory resources of one kind, keyed by id (case-insensitive, as GUIDs are). Reads are
 * lock-free; compound rules (check a quota, then insert) run under the {@link Sandbox} lock.
 */
public final class ResourceStore<T> implements Resettable {

    private final Map<String, T> byId = new ConcurrentHashMap<>();
    private final Map<String, T> seed;

    public ResourceStore() {
        this(Map.of());
    }

    public ResourceStore(Map<String, T> seed) {
        this.seed = Map.copyOf(seed);
        reset();
    }

    public Optional<T> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(key(id)));
    }

    public void put(String id, T value) {
        byId.put(key(id), value);
    }

    public Optional<T> remove(String id) {
        return Optional.ofNullable(byId.remove(key(id)));
    }

    public List<T> where(Predicate<? super T> condition) {
        return byId.values().stream().filter(condition).toList();
    }

    public long count(Predicate<? super T> condition) {
        return byId.values().stream().filter(condition).count();
    }

    public Collection<T> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public void reset() {
        byId.clear();
        seed.forEach((id, value) -> byId.put(key(id), value));
    }

    private static String key(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
