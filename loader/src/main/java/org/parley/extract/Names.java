package org.parley.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names across spellings. Names are folded to a key that forgets diacritics and the usual
 * transliteration variants (y/i, -yy/-iy/-y endings, kh/h, w/v, doubled letters), so that
 * "Kovalskyy", "Kovalsky" and "Kovalskiy", or "Sergei" and "Sergey", fold alike; so do the forms
 * of the Arabic article ("al-Hadi", "el-Hadi").
 */
public final class Names {
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
            "prof", "prof.", "sir", "dame", "lord", "lady", "messrs");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private Names() {}

    /** The words of a name without honorifics, suffixes or a possessive. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().replace('’', '\'').split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || HONORIFICS.contains(lower) || SUFFIXES.contains(lower) || lower.equals("'s")) {
                continue;
            }
            out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
        return out;
    }

    /** The name as people write it: honorifics and possessive dropped. */
    public static String clean(String name) {
        return String.join(" ", words(name));
    }

    /** True when the name begins with an honorific (so it is a person, even if the NER missed it). */
    public static boolean hasHonorific(String name) {
        String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return HONORIFICS.contains(first);
    }

    /** The folded key of one name word. */
    public static String fold(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                // The Arabic article, however transliterated: al-Murtada, el-Murtada, Al Murtada.
                .replaceFirst("^(?:al|el|ul|ad|ed|ar|as|at|az|an|ash|ad-)[-‐‑'’ ](?=\\p{L}{3})", "")
                .replaceAll("[^a-z]", "");
        s = s.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace('w', 'v').replace('y', 'i').replace('j', 'i');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        String f = out.toString();
        if (f.endsWith("ei") && f.length() > 4) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }

    /** The folded surname: the last word of the name. */
    public static String surnameKey(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : fold(w.get(w.size() - 1));
    }

    /** The folded given names: every word but the last. */
    public static String givenKey(String name) {
        List<String> w = words(name);
        if (w.size() < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String x : w.subList(0, w.size() - 1)) {
            out.append(fold(x));
        }
        return out.toString();
    }

    /** The folded key of a whole name. */
    public static String key(String name) {
        List<String> w = words(name);
        List<String> folded = new ArrayList<>();
        for (String x : w) {
            folded.add(fold(x));
        }
        return String.join(" ", folded);
    }

    /**
     * Whether two names can be the same person: same folded surname, and given names that are equal,
     * missing on one side, an initial of the other, or one or two letters apart (Dmytro / Dmitry).
     */
    public static boolean compatible(String a, String b) {
        if (!surnameKey(a).equals(surnameKey(b)) || surnameKey(a).isEmpty()) {
            return false;
        }
        return givenCompatible(givenKey(a), givenKey(b));
    }

    static boolean givenCompatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 4 && editDistance(a, b) <= 2;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
