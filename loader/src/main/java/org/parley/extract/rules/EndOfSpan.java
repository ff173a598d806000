package org.parley.extract.rules;

import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
import org.parley.extract.Document;
import org.parley.extract.lexicon.WordClasses;

/**
 * "The session lasted till dawn on Friday": a time a clause says something ran until. It is not
 * the day the thing took place on. In a negated or postponing clause the same words give the
 * start ("talks will not resume until Monday", "postponed until Friday"), which is no end.
 */
final class EndOfSpan {
    private EndOfSpan() {}

    static boolean isEnd(Sentence s, EntityMention e, Document doc) {
        WordClasses words = doc.lexicons().words();
        int head = s.headOfSpan(e.tokenBegin(), e.tokenEnd());
        Optional<Dependency> up = s.headOf(head);
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        int marked = head;
        int governor = up.get().governor();
        // "till dawn on Friday", "until the small hours of Sunday": the mark sits on the noun the day hangs from.
        if (!marked(s, head, words) && up.get().relation().equals("nmod") && marked(s, governor, words)) {
            marked = governor;
            governor = s.headOf(governor).map(Dependency::governor).orElse(-1);
        }
        if (!marked(s, marked, words) || governor < 0) {
            return false;
        }
        boolean startsThen = doc.negated(s, governor) || words.contains("cancellation-words", s.token(governor).lemma());
        return !startsThen;
    }

    private static boolean marked(Sentence s, int head, WordClasses words) {
        return s.children(head, "case").stream().anyMatch(c -> words.contains("span-end-marks", s.token(c).lowerWord()));
    }
}
