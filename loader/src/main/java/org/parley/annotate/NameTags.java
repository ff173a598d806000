package org.parley.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Surnames that are also English words ("Begin", "Rice", "Power"): the tagger reads "Menachem Begin
 * signed" as a verb and the parse falls apart, and a later "Begin told the audience" is no name to
 * the recogniser at all. A capitalised word the recogniser marks as part of a person's name is a
 * proper noun, and so is the surname of a person the article named in full before, wherever it
 * comes again with its capital. "HE" for "His Excellency" before a title is a proper noun too.
 */
final class NameTags {
    private static final String PERSON = "PERSON";
    /** Shorter surnames ("Li", "Ma") are too often something else written in capitals. */
    private static final int MIN_SURNAME = 3;

    private NameTags() {
    }

    static void fix(List<CoreMap> sentences) {
        Set<String> surnames = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if (!capitalised(t.word()) || t.tag() == null || t.tag().startsWith("NNP")) {
                    continue;
                }
                if (PERSON.equals(t.ner())) {
                    t.setTag("NNP");
                } else if (surnames.contains(t.word())) {
                    t.setTag("NNP");
                    t.setNER(PERSON);
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (honorificBefore(tokens.get(i), tokens.get(i + 1))) {
                    tokens.get(i).setTag("NNP");
                }
            }
            // Names given in full here are known from the next sentence on.
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                boolean lastOfName = PERSON.equals(t.ner()) && PERSON.equals(tokens.get(i - 1).ner())
                        && (i + 1 == tokens.size() || !PERSON.equals(tokens.get(i + 1).ner()));
                if (lastOfName && capitalised(t.word()) && t.word().length() >= MIN_SURNAME) {
                    surnames.add(t.word());
                }
            }
        }
    }

    /**
     * "HE the Minister of Foreign Affairs", "H.E. Sheikh X": the "His Excellency" of state-agency copy,
     * which the tagger reads as the pronoun "he". Only before "the" or a capitalised word that is not in
     * capitals itself, so a headline in capitals ("HE SAID") keeps its pronoun.
     */
    private static boolean honorificBefore(CoreLabel t, CoreLabel next) {
        return Token.isExcellency(t.word()) && (next.word().equals("the") || capitalised(next.word()));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && (word.length() == 1 || !word.equals(word.toUpperCase(Locale.ROOT)));
    }
}
