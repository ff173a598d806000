package org.parley.extract.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.lexicon.SpeechVerbs;

/**
 * "The miners insisted that the firms pay a levy, a Peruvian source said (on Friday).": the parser
 * may hang the source of a closing attribution inside the clause before it (as an apposition of its
 * last noun). The source's words are not part of what was said or demanded.
 */
final class TrailingAttribution {
    /** The longest source phrase between the comma and the closing speech verb ("a senior official in the ministry"). */
    private static final int MAX_SOURCE_WORDS = 8;

    private TrailingAttribution() {}

    /** The tokens of {@code clause} that belong to a ", SOURCE said" closing the sentence, if the clause took them in. */
    static Set<Integer> swallowed(Sentence s, Set<Integer> clause, SpeechVerbs speechVerbs) {
        Set<Integer> out = new TreeSet<>();
        // The closing speech verb: the last one, with none of the clause's words after it ("..., the ministry
        // said in a statement late on Friday").
        int verb = s.size() - 1;
        while (verb >= 0 && (s.token(verb).isPunctuation() || !clause.contains(verb)
                && !(s.token(verb).isVerb() && speechVerbs.isSpeechVerb(s.token(verb).lemma())))) {
            verb--;
        }
        if (verb < 1 || clause.contains(verb)) {
            return out;
        }
        for (int k = verb - 1; k >= 0 && verb - k <= MAX_SOURCE_WORDS + 1; k--) {
            Token t = s.token(k);
            if (t.word().equals(",")) {
                if (clause.contains(k - 1)) {
                    for (int j = k; j < verb; j++) {
                        if (clause.contains(j)) {
                            out.add(j);
                        }
                    }
                }
                return out;
            }
            if (t.isVerb() || t.isPunctuation() || t.isQuoteMark()) {
                return out;
            }
        }
        return out;
    }

    /**
     * "The growers want a floor price for cocoa, a cooperative official said.": the parser may also make the
     * clause's last noun the subject of the closing verb and the real source its apposition. The source is
     * that apposition when it runs from a comma up to the verb and the noun's own phrase belongs to the
     * clause before (no comma opens it, as one opens "..., the mayor, Ana Ruiz said"); otherwise the subject
     * the parser found.
     */
    static int source(Sentence s, int subject, int verb) {
        for (int a : s.children(subject, "appos")) {
            List<Integer> source = s.subtree(a);
            int first = source.get(0);
            if (a > subject && source.get(source.size() - 1) == verb - 1 && first > subject + 1
                    && s.token(first - 1).word().equals(",") && !source.contains(subject)) {
                List<Integer> own = new java.util.ArrayList<>(s.subtree(subject));
                own.removeAll(source);
                int opens = own.get(0);
                return opens > 0 && s.token(opens - 1).word().equals(",") ? subject : a;
            }
        }
        return subject;
    }
}
