package org.parley.extract;

import org.parley.annotate.Sentence;
import org.parley.extract.lexicon.WordClasses;

/**
 * "US Ambassador to Ghana Mary Lott", "UN Special Envoy for Syria Ana Dias": the country after an
 * envoy's title and "to" or "for" is where the envoy serves, not whom they serve ("a spokesman for
 * Chile" does serve Chile, so only the titles of {@code envoy-titles} count).
 */
public final class EnvoyPost {
    private EnvoyPost() {}

    /** True when the token at {@code i} is the "to" or "for" between an envoy's title and the post's country. */
    public static boolean isPostPreposition(Sentence s, int i, WordClasses words) {
        String w = s.token(i).lowerWord();
        return (w.equals("to") || w.equals("for")) && i > 0 && words.contains("envoy-titles", s.token(i - 1).lowerLemma());
    }

    /** The first word of the post's country after the preposition at {@code i} ("to the Philippines": "Philippines"). */
    public static int countryAfter(Sentence s, int i) {
        return i + 1 < s.size() && s.token(i + 1).lowerWord().equals("the") ? i + 2 : i + 1;
    }

    /**
     * True when the country or organisation starting at {@code k} follows an envoy's title and "to" or
     * "for"; its mention may begin with the "the" of "to the United Nations" or after it.
     */
    public static boolean isPostCountry(Sentence s, int k, WordClasses words) {
        int preposition = k > 0 && s.token(k - 1).lowerWord().equals("the") ? k - 2 : k - 1;
        return preposition >= 0 && isPostPreposition(s, preposition, words);
    }
}
