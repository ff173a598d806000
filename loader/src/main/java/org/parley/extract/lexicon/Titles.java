package org.parley.extract.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Titles and roles ({@code titles.txt}) and the words that may precede them ({@code title-modifiers.txt}). */
public final class Titles {
    private final PhraseIndex<String> titles = new PhraseIndex<>();
    private final Set<String> headWords = new HashSet<>();
    private final PhraseIndex<String> modifiers = new PhraseIndex<>();

    Titles() {
        for (String t : Resources.lines("titles.txt")) {
            titles.add(t, t, false);
            String[] words = t.split("\\s+");
            headWords.add(Stems.of(words[words.length - 1]));
        }
        for (String m : Resources.lines("title-modifiers.txt")) {
            modifiers.add(m, m, false);
        }
    }

    /** True when {@code word} can end a title ("minister", "adviser", "spokeswoman"), plurals included. */
    public boolean isHeadWord(String word) {
        return headWords.contains(Stems.of(word));
    }

    /** The last words of titles, as written in the list ("minister", "negotiator"). */
    public Set<String> headWordList() {
        Set<String> out = new java.util.TreeSet<>();
        for (String t : Resources.lines("titles.txt")) {
            String[] words = t.split("\\s+");
            out.add(words[words.length - 1].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    public PhraseIndex<String> index() {
        return titles;
    }

    public PhraseIndex<String> modifiers() {
        return modifiers;
    }

    /** Gender a title implies, when it does. */
    public static Gender genderOf(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        for (String w : List.of("spokeswoman", "chairwoman", "queen", "businesswoman", "congresswoman")) {
            if (t.contains(w)) {
                return Gender.FEMALE;
            }
        }
        for (String w : List.of("spokesman", "chairman", "king", "emir", "sultan", "sheikh", "crown prince", "congressman")) {
            if (t.contains(w)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }
}
