package org.observa.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used results, at most {@code capacity} of them. Keys carry the version of the data a
 * result was computed from, so a stale result is never found: it just ages out. Results are computed
 * outside the lock; two requests that miss together both compute, and the later one is kept.
 */
public final class RecentResults<K, V> {

    private final Map<K, V> results;

    public RecentResults(int capacity) {
        this.results = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public V get(K key, Supplier<V> compute) {
        synchronized (results) {
            V known = results.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.get();
        synchronized (results) {
            results.put(key, computed);
        }
        return computed;
    }
}
