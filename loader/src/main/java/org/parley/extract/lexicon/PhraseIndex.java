package org.parley.extract.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Longest-match lookup of multi-word phrases over a sequence of words. Phrases are matched without
 * regard to case, except those marked case-sensitive (acronyms such as "US" or "WHO", which would
 * otherwise match ordinary words) and proper names, whose capitalised words must be capitalised in
 * the text too (so the name "Amnesty" is not found in "a full amnesty").
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private int longest = 1;

    /** A phrase found at {@code [start, end)} of the word sequence. */
    public record Match<V>(int start, int end, V value, String phrase) {}

    private record Entry<V>(String[] words, boolean caseSensitive, boolean properName, V value, String phrase) {}

    public void add(String phrase, V value, boolean caseSensitive) {
        add(phrase, value, caseSensitive, false);
    }

    /** Adds a proper name: its capitalised words match only capitalised words. */
    public void addProperName(String phrase, V value) {
        add(phrase, value, false, true);
    }

    private void add(String phrase, V value, boolean caseSensitive, boolean properName) {
        String[] words = split(phrase);
        if (words.length == 0) {
            return;
        }
        String key = words[0].toLowerCase(Locale.ROOT);
        byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(words, caseSensitive, properName, value, phrase));
        longest = Math.max(longest, words.length);
    }

    /** The longest phrase starting at {@code start}, if any. */
    public <T> Optional<Match<V>> longestAt(List<T> items, int start, Function<T, String> word) {
        List<Entry<V>> candidates = byFirstWord.get(normal(word.apply(items.get(start))).toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        Entry<V> best = null;
        for (Entry<V> e : candidates) {
            if (start + e.words.length > items.size()) {
                continue;
            }
            if (matches(e, items, start, word) && (best == null || e.words.length > best.words.length)) {
                best = e;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Match<>(start, start + best.words.length, best.value, best.phrase));
    }

    /** All non-overlapping longest matches, left to right. */
    public <T> List<Match<V>> findAll(List<T> items, Function<T, String> word) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Optional<Match<V>> m = longestAt(items, i, word);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The value of a phrase given as text, matched whole. */
    public Optional<V> lookup(String phrase) {
        List<String> words = List.of(split(phrase));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return longestAt(words, 0, Function.identity()).filter(m -> m.end() == words.size()).map(Match::value);
    }

    public int longestPhrase() {
        return longest;
    }

    private static <T, V> boolean matches(Entry<V> e, List<T> items, int start, Function<T, String> word) {
        for (int k = 0; k < e.words.length; k++) {
            String w = normal(word.apply(items.get(start + k)));
            boolean same = e.caseSensitive ? w.equals(e.words[k]) : w.equalsIgnoreCase(e.words[k]);
            if (same && e.properName && Character.isUpperCase(e.words[k].codePointAt(0))) {
                same = Character.isUpperCase(w.codePointAt(0));
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /**
     * Typographic apostrophes read as plain ones ("People’s" is "People's"), and accents are dropped,
     * since English news writes "Bogota" and "Sao Tome" as often as "Bogotá" and "São Tomé".
     */
    private static String normal(String word) {
        String plain = word.replace('’', '\'');
        if (plain.chars().allMatch(c -> c < 128)) {
            return plain;
        }
        return COMBINING_MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Words as the tokenizer would give them: split on spaces, with a final possessive 's split off. */
    static String[] split(String phrase) {
        String p = normal(phrase.strip());
        if (p.isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String w : p.split("\\s+")) {
            if (w.length() > 2 && w.endsWith("'s")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }
}
