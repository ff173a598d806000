package org.parley.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One sentence: its span, tokens and dependency parse, and the paragraph it belongs to. */
public record Sentence(int index, int begin, int end, int paragraph, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The token that governs {@code dependent}, if it is not the root. */
    public Optional<Dependency> headOf(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether "whose" owns {@code noun} ("whose government"): the noun opens a relative clause. */
    public boolean ownedByWhose(int noun) {
        return children(noun, "nmod:poss").stream().anyMatch(k -> token(k).pos().equals("WP$"));
    }

    /** The relations going out of {@code governor}. */
    public List<Dependency> childrenOf(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** The children of {@code governor} by a relation whose base is {@code baseRelation}. */
    public List<Integer> children(int governor, String baseRelation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor && (d.relation().equals(baseRelation) || d.baseRelation().equals(baseRelation))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The token of the span [{@code begin}, {@code end}) that hangs from outside it (the span's first when none does). */
    public int headOfSpan(int begin, int end) {
        for (int k = begin; k < end; k++) {
            Optional<Dependency> up = headOf(k);
            if (up.isEmpty() || up.get().governor() < begin || up.get().governor() >= end) {
                return k;
            }
        }
        return begin;
    }

    /** The root token's index, or -1 for an empty parse. */
    public int root() {
        for (Dependency d : dependencies) {
            if (d.governor() == -1) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** All token indices in the subtree under {@code head}, including it, in order. */
    public List<Integer> subtree(int head) {
        boolean[] in = new boolean[tokens.size()];
        in[head] = true;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Dependency d : dependencies) {
                if (d.governor() >= 0 && in[d.governor()] && !in[d.dependent()]) {
                    in[d.dependent()] = true;
                    changed = true;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** Index of the token covering character {@code offset}, if any. */
    public Optional<Integer> tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.begin() && offset < t.end()) {
                return Optional.of(t.index());
            }
        }
        return Optional.empty();
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
