package org.parley.extract.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISO 3166-1 countries with their names, capitals and demonyms ({@code countries.tsv}), plus
 * the other English names outlets use ({@code country-variants.tsv}). A form shared by two
 * countries ("Congolese") is left out rather than guessed.
 */
public final class Countries {
    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final PhraseIndex<CountryMatch> index = new PhraseIndex<>();
    private final Map<String, String> capitals = new HashMap<>();

    Countries() {
        Map<String, CountryMatch> forms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, Boolean> caseSensitive = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (String[] r : Resources.rows("country-variants.tsv", true)) {
            if (r[1].equals("label")) {
                labels.put(r[0], r[2]);
            }
        }
        for (String[] r : Resources.rows("countries.tsv", true)) {
            List<String> demonyms = Resources.split(r[6]);
            Country c = new Country(r[0], labels.getOrDefault(r[0], r[2]), demonyms.isEmpty() ? r[2] : demonyms.get(0),
                    "1".equals(r[7].strip()));
            byCode.put(c.code(), c);
            put(forms, ambiguous, caseSensitive, r[2], new CountryMatch(c, CountryForm.NAME));
            put(forms, ambiguous, caseSensitive, r[3], new CountryMatch(c, CountryForm.NAME));
            for (String alt : Resources.split(r[4])) {
                put(forms, ambiguous, caseSensitive, alt, new CountryMatch(c, CountryForm.NAME));
            }
            Resources.split(r[5]).stream().findFirst().ifPresent(capital -> capitals.put(c.code(), capital));
            for (String capital : Resources.split(r[5])) {
                put(forms, ambiguous, caseSensitive, capital, new CountryMatch(c, CountryForm.CAPITAL));
            }
            for (String demonym : demonyms) {
                put(forms, ambiguous, caseSensitive, demonym, new CountryMatch(c, CountryForm.DEMONYM));
                plural(demonym).ifPresent(p -> put(forms, ambiguous, caseSensitive, p, new CountryMatch(c, CountryForm.PEOPLE)));
            }
        }
        for (String[] r : Resources.rows("country-variants.tsv", true)) {
            Country c = byCode.get(r[0]);
            if (c == null) {
                throw new IllegalStateException("country-variants.tsv names unknown code " + r[0]);
            }
            if (r[1].equals("label")) {
                continue;
            }
            CountryForm form = CountryForm.valueOf(r[1].toUpperCase(Locale.ROOT));
            forms.remove(r[2].toLowerCase(Locale.ROOT));
            ambiguous.remove(r[2].toLowerCase(Locale.ROOT));
            put(forms, ambiguous, caseSensitive, r[2], new CountryMatch(c, form));
            if (form == CountryForm.DEMONYM) {
                plural(r[2]).ifPresent(p -> put(forms, ambiguous, caseSensitive, p, new CountryMatch(c, CountryForm.PEOPLE)));
            }
        }
        forms.forEach((phrase, match) -> {
            if (!ambiguous.contains(phrase)) {
                index.add(phrase, match, caseSensitive.get(phrase));
            }
        });
    }

    private static void put(Map<String, CountryMatch> forms, Set<String> ambiguous, Map<String, Boolean> caseSensitive,
                            String phrase, CountryMatch match) {
        if (phrase == null || phrase.isBlank() || phrase.length() < 2) {
            return;
        }
        boolean acronym = Resources.isAcronym(phrase) && phrase.replaceAll("[^\\p{L}]", "").length() <= 4;
        String key = acronym ? phrase : phrase.toLowerCase(Locale.ROOT);
        CountryMatch m = acronym ? new CountryMatch(match.country(), CountryForm.ACRONYM) : match;
        CountryMatch existing = forms.get(key);
        caseSensitive.put(key, acronym);
        if (existing == null) {
            forms.put(key, m);
        } else if (existing.country().equals(m.country())) {
            if (rank(m) < rank(existing)) {
                forms.put(key, m);
            }
        } else if (rank(m) < rank(existing)) {
            forms.put(key, m);
            ambiguous.remove(key);
        } else if (rank(m) == rank(existing)) {
            // "French" is the adjective of France and of the French Southern Lands: the sovereign state wins.
            if (m.country().independent() && !existing.country().independent()) {
                forms.put(key, m);
                ambiguous.remove(key);
            } else if (m.country().independent() == existing.country().independent()) {
                ambiguous.add(key);
            }
        }
    }

    /** Names outrank capitals, which outrank adjectives: "Georgia" the country beats a state capital of that name. */
    private static int rank(CountryMatch m) {
        return switch (m.form()) {
            case NAME, ACRONYM -> 0;
            case CAPITAL -> 1;
            case DEMONYM, PEOPLE -> 2;
            case PLACE -> 3;
        };
    }

    /** The plural that names a nation's people ("Cypriots", "Serbs"), for demonyms that take one. */
    public static Optional<String> plural(String demonym) {
        char last = demonym.charAt(demonym.length() - 1);
        // "Cypriots", "Serbs", "Croats", "Soviets"; not "-ese" or "-ish", which take no plural "s"
        if (last == 'n' || last == 'i' || last == 'r' || last == 'k' || last == 't' || last == 'b') {
            return Optional.of(demonym + "s");
        }
        return Optional.empty();
    }

    /** The (first) capital city of the country with this alpha-2 code. */
    public Optional<String> capitalOf(String code) {
        return Optional.ofNullable(capitals.get(code));
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    public PhraseIndex<CountryMatch> index() {
        return index;
    }

    /** The country a whole phrase names, in any form. */
    public Optional<CountryMatch> lookup(String phrase) {
        return index.lookup(phrase);
    }

    public int size() {
        return byCode.size();
    }
}
