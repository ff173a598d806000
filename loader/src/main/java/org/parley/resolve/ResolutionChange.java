package org.parley.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one incremental resolution changes: the instances of the blocks it recomputed (written
 * whole; the store writes only what differs), the instances that no longer exist (each with the
 * instance that took over most of its mentions, recorded as {@code owl:sameAs}, when there is one),
 * and the new blocking keys of the mentions it looked at (an empty set unindexes a mention).
 */
public record ResolutionChange(ResolvedCorpus instances, Map<String, Optional<String>> retired,
                               Map<String, Set<String>> blockKeys) {
    public ResolutionChange {
        retired = Map.copyOf(retired);
        blockKeys = Map.copyOf(blockKeys);
    }

    public boolean isEmpty() {
        return instances.size() == 0 && retired.isEmpty() && blockKeys.isEmpty();
    }
}
