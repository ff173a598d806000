package org.parley.extract.lexicon;

import java.util.Locale;

/** A light English stemmer for matching vocabulary against text: plurals and possessives, and word roots. */
public final class Stems {
    /** Derivational endings, longest first, with what replaces them: "verification" and "verify" share "verif". */
    private static final String[][] DERIVATIONS = {
        {"ification", "if"}, {"ization", ""}, {"isation", ""}, {"ation", ""}, {"ment", ""},
        {"ance", ""}, {"ence", ""}, {"ize", ""}, {"ise", ""}, {"ify", "if"}, {"ate", ""}, {"al", ""},
        {"y", "i"}, {"e", ""},
    };
    private static final int MIN_ROOT = 3;
    private static final int PASSES = 2;

    private Stems() {}

    public static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * The root a noun shares with its verb, for matching a label in either form: "annexation" and
     * "annex", "withdrawal" and "withdraw", "implementation" and "implement" give one root each.
     * Up to two endings are taken off, each only when at least three letters remain; apply it to a
     * stem or lemma. Verb inflections are left to the lemma.
     */
    public static String root(String stemOrLemma) {
        String w = stemOrLemma.toLowerCase(Locale.ROOT);
        for (int pass = 0; pass < PASSES; pass++) {
            String before = w;
            for (String[] d : DERIVATIONS) {
                if (w.endsWith(d[0]) && w.length() - d[0].length() >= MIN_ROOT) {
                    w = w.substring(0, w.length() - d[0].length()) + d[1];
                    break;
                }
            }
            if (w.equals(before)) {
                break;
            }
        }
        return w;
    }
}
