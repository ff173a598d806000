package org.parley.extract.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lemmas that trigger an extraction, by part of speech, each with a value: the format a negotiation
 * word implies ({@code negotiation-words.tsv}).
 */
public final class TriggerWords {
    private final Map<String, String> verbs = new HashMap<>();
    private final Map<String, String> nouns = new HashMap<>();
    private final PhraseIndex<String> nounPhrases = new PhraseIndex<>();

    TriggerWords(String file) {
        for (String[] r : Resources.rows(file, false)) {
            String lemma = r[0].strip().toLowerCase(Locale.ROOT);
            String value = r[2].strip();
            if (r[1].strip().equals("verb")) {
                verbs.put(lemma, value);
            } else {
                nouns.put(lemma, value);
                nounPhrases.add(lemma, value, false);
            }
        }
    }

    public Optional<String> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** Multi-word nouns ("phone call", "peace talks"), matched on lemmas. */
    public PhraseIndex<String> nounPhrases() {
        return nounPhrases;
    }
}
