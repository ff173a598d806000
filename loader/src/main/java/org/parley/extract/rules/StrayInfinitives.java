package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;

/**
 * "said Peru wanted Chile to reopen the port, and to return the seized boats": a finite verb cannot be
 * coordinated with a to-infinitive, yet the parser often hangs the second infinitive on the main verb
 * of the sentence. Such a conjunct continues the last infinitive before it, so it belongs to whatever
 * phrase holds that infinitive: the content of a demand or of a reported clause.
 */
final class StrayInfinitives {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Clauses the climb from a phrase to the verb its stray conjunct hangs on passes through, at most. */
    private static final int MAX_CLIMB = 8;

    private StrayInfinitives() {}

    /** The words of the infinitives hung above {@code head}'s phrase that continue an infinitive inside it. */
    static List<Integer> continuing(Sentence s, int head) {
        List<Integer> phrase = s.subtree(head);
        List<Integer> out = new ArrayList<>();
        if (phrase.isEmpty()) {
            return out;
        }
        int end = phrase.get(phrase.size() - 1);
        int k = head;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            k = up.get().governor();
            if (!FINITE.contains(s.token(k).pos()) && s.children(k, "aux").isEmpty()) {
                continue; // "has urged", "will urge" are finite through their auxiliary
            }
            for (int conj : s.children(k, "conj")) {
                if (conj > end && isSubjectlessToInfinitive(s, conj)
                        && lastInfinitiveBefore(s, conj).filter(phrase::contains).isPresent()) {
                    out.addAll(s.subtree(conj));
                }
            }
        }
        return out;
    }

    /** A to-infinitive without a subject of its own. */
    private static boolean isSubjectlessToInfinitive(Sentence s, int k) {
        return s.token(k).pos().equals("VB") && s.children(k, "nsubj").isEmpty() && Arguments.hasToMark(s, k);
    }

    private static Optional<Integer> lastInfinitiveBefore(Sentence s, int conj) {
        for (int k = conj - 1; k >= 0; k--) {
            if (s.token(k).pos().equals("VB") && Arguments.hasToMark(s, k)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
