package org.parley.annotate;

import java.util.Locale;
import java.util.Optional;

/**
 * One token: its character span in the article text, its word, lemma, part of speech and named
 * entity tag, and for dates and numbers the normalised value (a TIMEX value such as
 * {@code 2022-03-03} or {@code XXXX-WXX-4}).
 *
 * @param index     position in its sentence, from 0
 * @param sentence  index of its sentence in the article
 */
public record Token(int index, int sentence, int begin, int end, String word, String lemma, String pos, String ner,
                    Optional<String> normalized) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }

    /** "which", "who", "that" opening a relative clause. */
    public boolean isRelativePronoun() {
        return pos.equals("WDT") || pos.equals("WP");
    }

    /** "HE", "H.E.": the "His Excellency" of state-agency copy, which the tagger takes for the pronoun. */
    public static boolean isExcellency(String word) {
        return word.equals("HE") || word.equals("H.E.") || word.equals("H.E");
    }

    /** "HE the Minister of Foreign Affairs": the honorific, tagged a proper noun before a title. */
    public boolean isExcellency() {
        return isProperNoun() && isExcellency(word);
    }

    public String lowerWord() {
        return word.toLowerCase(Locale.ROOT);
    }

    public String lowerLemma() {
        return lemma.toLowerCase(Locale.ROOT);
    }

    /** True for a quotation mark of any style, as the tokenizer leaves it. */
    public boolean isQuoteMark() {
        return word.equals("\"") || word.equals("``") || word.equals("''") || word.equals("“") || word.equals("”")
                || word.equals("`") || word.equals("'") || word.equals("‘") || word.equals("’");
    }

    public boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }
}
