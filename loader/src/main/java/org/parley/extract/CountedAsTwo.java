package org.parley.extract;

import org.parley.annotate.Sentence;
import org.parley.extract.lexicon.WordClasses;

/** "both governments", "the two men": a plural noun counted as two, which names two sides, never one. */
public final class CountedAsTwo {
    private CountedAsTwo() {}

    public static boolean test(WordClasses words, Sentence s, int noun) {
        return s.childrenOf(noun).stream().anyMatch(d -> (d.relation().equals("nummod") || d.relation().startsWith("det"))
                && words.contains("dual-words", s.token(d.dependent()).lemma()));
    }
}
