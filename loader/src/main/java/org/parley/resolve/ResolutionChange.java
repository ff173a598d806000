package org.parley.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one incremental resolution changes: the instances of the blocks it recomputed (written
 * whole; the store writes only what differs), the instances that no longer exist (each with the
 * instance that took over most of its mentions, recorded as {@code owl:sameAs}, when there is one),
 * and the new blocking keys of the mentions it looked at (an empty set unindexes a mention).
 *
 * @param extended the instances given with their new mentions only: what they say is added to what
 *                 is stored of them (their label and affiliation are unchanged, their confidence
 *                 may rise), so that an actor with thousands of mentions is not written whole
 */
public record ResolutionChange(ResolvedCorpus instances, Map<String, Optional<String>> retired,
                               Map<String, Set<String>> blockKeys, Set<String> extended) {
    public ResolutionChange {
        retired = Map.copyOf(retired);
        blockKeys = Map.copyOf(blockKeys);
        extended = Set.copyOf(extended);
    }

    public boolean isEmpty() {
        return instances.size() == 0 && retired.isEmpty() && blockKeys.isEmpty();
    }
}
