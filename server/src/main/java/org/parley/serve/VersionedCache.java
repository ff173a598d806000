package org.parley.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers worked out from the store, kept until the store changes ({@link StoreView#version()}):
 * the home page's counts, the browse pages' rows, saved-query answers. At most {@code capacity}
 * entries, the least recently used dropped first.
 */
public final class VersionedCache<K, V> {
    private final StoreView view;
    private final int capacity;
    private final Map<K, V> entries;
    private final Map<K, Object> computing = new java.util.concurrent.ConcurrentHashMap<>();
    private String version;

    public VersionedCache(StoreView view, int capacity) {
        this.view = view;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > VersionedCache.this.capacity;
            }
        };
    }

    /**
     * The cached value, or {@code compute}'s, cached when it is not null. Callers asking for the
     * same key at once wait for one computation rather than each running it.
     */
    public V get(K key, Supplier<V> compute) {
        String now = view.version();
        synchronized (this) {
            if (!now.equals(version)) {
                entries.clear();
                version = now;
            }
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            synchronized (this) {
                V known = now.equals(version) ? entries.get(key) : null;
                if (known != null) {
                    return known;
                }
            }
            V made = compute.get();
            synchronized (this) {
                if (made != null && now.equals(version)) {
                    entries.put(key, made);
                }
            }
            return made;
        }
    }
}
