package org.parley.extract.pattern;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one pattern matched one sentence: the token indices each role bound (a Semgrex role binds
 * one head token per match, a TokensRegex role a span of tokens). Matches of one pattern at one
 * trigger are merged, so a role may hold several heads.
 */
public record PatternMatch(ExtractionPattern pattern, int sentence, Map<Role, List<Integer>> roles) {

    public PatternMatch {
        requireNonNull(pattern, "pattern");
        roles = Map.copyOf(roles);
    }

    public List<Integer> all(Role role) {
        return roles.getOrDefault(role, List.of());
    }

    public Optional<Integer> first(Role role) {
        List<Integer> bound = all(role);
        return bound.isEmpty() ? Optional.empty() : Optional.of(bound.get(0));
    }

    public boolean binds(Role role) {
        return !all(role).isEmpty();
    }

    /** The trigger token: the role every pattern should bind; the first bound token otherwise. */
    public int trigger() {
        return first(Role.TRIGGER).orElseGet(() -> roles.values().stream().flatMap(List::stream)
                .min(Integer::compare).orElse(-1));
    }

    public String rule() {
        return pattern.qualifiedName();
    }

    /** What the pattern says the match means beyond its roles, if anything ({@code value:} in its file). */
    public Optional<String> value() {
        return pattern.value();
    }

    public double confidence() {
        return pattern.confidence();
    }
}
