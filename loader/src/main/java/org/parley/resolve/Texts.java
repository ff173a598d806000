package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares the wordings different outlets give one quotation. */
final class Texts {
    private Texts() {}

    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^a-z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String normalized(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * True when two wordings are the same quotation: most of the shorter one's words are in the
     * longer one (outlets cut quotes and change punctuation, rarely words).
     */
    static boolean sameQuotation(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        List<String> shorter = ta.size() <= tb.size() ? ta : tb;
        List<String> longer = ta.size() <= tb.size() ? tb : ta;
        if (shorter.size() < 4) {
            return String.join(" ", ta).equals(String.join(" ", tb));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String t : longer) {
            counts.merge(t, 1, Integer::sum);
        }
        int shared = 0;
        for (String t : shorter) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                shared++;
                counts.put(t, n - 1);
            }
        }
        return shared >= 0.7 * shorter.size() && shared >= 0.3 * longer.size();
    }
}
