package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares the wordings different outlets give one quotation. */
final class Texts {
    private Texts() {}

    /** The words of a wording, folded; a hyphenated compound is one word ("cease-fire" is "ceasefire"). */
    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})", "");
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^a-z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Words a fragment needs before it is recognised inside a longer quotation by position alone. */
    private static final int MIN_FRAGMENT = 5;
    /** Below this many words, wordings must share a larger part of their words to be one quotation. */
    private static final int SHORT = 10;
    /** Words in a row two wordings must share, whatever each adds before or after ("It is a deal that ..."). */
    private static final int COMMON_RUN = 6;

    /** A wording split into its {@link #tokens words}, with how often each occurs: compared with many others, it is split once. */
    record Wording(List<String> words, Map<String, Integer> counts) {
        static Wording of(String text) {
            List<String> words = tokens(text);
            Map<String, Integer> counts = new HashMap<>();
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
            return new Wording(List.copyOf(words), Map.copyOf(counts));
        }
    }

    /**
     * True when two wordings are the same quotation: the shorter one is a run of the longer one's
     * words (an outlet quoting a fragment), or most of its words are in the longer one (outlets cut
     * quotes and change punctuation, rarely words), or they share a long run of words and differ in
     * the words an outlet put around it (a paraphrased lead-in). Short wordings must share more, since
     * a few common words are easily shared by chance.
     */
    static boolean sameQuotation(String a, String b) {
        return sameQuotation(Wording.of(a), Wording.of(b));
    }

    /** As {@link #sameQuotation(String, String)}, on wordings already split. */
    static boolean sameQuotation(Wording a, Wording b) {
        List<String> ta = a.words();
        List<String> tb = b.words();
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Wording shortWording = ta.size() <= tb.size() ? a : b;
        Wording longWording = ta.size() <= tb.size() ? b : a;
        List<String> shorter = shortWording.words();
        List<String> longer = longWording.words();
        if (ta.equals(tb)) {
            return true;
        }
        if (shorter.size() < 4) {
            return false;
        }
        int shared = sharedWords(shortWording, longWording);
        // Each test below needs at least half the shorter wording's words in the longer one (a run of words
        // is shared words): most pairs a block compares are told apart here, without comparing runs.
        if (shared * 2 < shorter.size()) {
            return false;
        }
        if (shorter.size() >= MIN_FRAGMENT && Collections.indexOfSubList(longer, shorter) >= 0) {
            return true;
        }
        int run = longestCommonRun(shorter, longer);
        if (run >= COMMON_RUN && run * 2 >= shorter.size()) {
            return true;
        }
        double needed = shorter.size() < SHORT ? 0.85 : 0.7;
        return shared >= needed * shorter.size() && shared >= 0.3 * longer.size();
    }

    /** How many of one wording's words the other has, each word counted as often as both have it. */
    private static int sharedWords(Wording a, Wording b) {
        int shared = 0;
        for (Map.Entry<String, Integer> e : a.counts().entrySet()) {
            Integer n = b.counts().get(e.getKey());
            if (n != null) {
                shared += Math.min(n, e.getValue());
            }
        }
        return shared;
    }

    /** The length of the longest run of words both lists hold in the same order. */
    static int longestCommonRun(List<String> a, List<String> b) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }
}
