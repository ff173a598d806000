package org.parley.extract.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Titles and roles ({@code titles.txt}) and the words that may precede them ({@code title-modifiers.txt}). */
public final class Titles {
    private static final Set<String> OFFICE_PREPOSITIONS = Set.of("to", "of", "for", "at", "in", "on");
    private final PhraseIndex<String> titles = new PhraseIndex<>();
    private final Set<String> headWords = new HashSet<>();
    private final PhraseIndex<String> modifiers = new PhraseIndex<>();

    Titles() {
        for (String t : Resources.lines("titles.txt")) {
            titles.add(t, t, false);
            // The last word, not the office's head: reading a role runs until it ("minister of foreign affairs").
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

    /**
     * A title or role with its head word last: "minister of foreign affairs" is the foreign affairs
     * minister, "adviser to the president" a president('s) adviser, "secretary of state" a state
     * secretary (what follows the preposition says of what or whose, as a modifier before the head
     * would). A title without such a preposition is returned as it is.
     */
    public static String office(String role) {
        String[] words = role.strip().split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (OFFICE_PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
                List<String> out = new ArrayList<>();
                for (int j = i + 1; j < words.length; j++) {
                    if (!words[j].equalsIgnoreCase("the")) {
                        out.add(words[j]);
                    }
                }
                out.addAll(List.of(words).subList(0, i));
                return String.join(" ", out);
            }
        }
        return role.strip();
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
