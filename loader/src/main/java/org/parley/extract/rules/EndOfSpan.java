package org.parley.extract;

import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;

/**
 * "went on until the early hours of Sunday", "lasted till Friday": a time a clause says something
 * ran until. It is not the day the thing took place on, nor the day a lead reports.
 */
public final class EndOfSpan {
    private static final Set<String> UNTIL = Set.of("until", "till");

    private EndOfSpan() {}

    public static boolean isEnd(Sentence s, EntityMention e) {
        for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() >= e.tokenBegin() && up.get().governor() < e.tokenEnd()) {
                continue;
            }
            // The phrase's head, and the noun it may hang from ("the early hours of Sunday").
            if (marked(s, k) || up.get().relation().equals("nmod") && up.get().governor() >= 0 && marked(s, up.get().governor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(Sentence s, int head) {
        return s.children(head, "case").stream().anyMatch(c -> UNTIL.contains(s.token(c).lowerWord()));
    }
}
