package org.parley.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * "After two days of talks in Brasilia, Argentina and Brazil agreed to ...", "Speaking aboard the Queen
 * Mary, Mr X said ...": a fronted phrase that ends with a name, its comma, and a subject that opens with
 * one read to the parser as one list of names ("Brasilia, Argentina and Brazil"; "Queen Mary, Mr X" as
 * a name and its apposition), and the verb is left without a subject. A second comma after the first,
 * not part of the text, makes the phrase's end plain to it (as {@link FrontedDateComma} gives a missing
 * one).
 */
final class FrontedPhraseComma {
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private FrontedPhraseComma() {
    }

    /**
     * The position a second comma belongs at, among the tokens handed to the parser: right after the
     * comma that closes an opening prepositional phrase with no verb of its own, when a name stands on
     * both sides of that comma and a finite verb comes later; else -1.
     */
    static int position(List<CoreLabel> tokens) {
        if (tokens.size() < 6 || !opensWithAPreposition(tokens.get(0))) {
            return -1;
        }
        int comma = -1;
        for (int k = 1; k < tokens.size(); k++) {
            String tag = tokens.get(k).tag();
            if (tokens.get(k).word().equals(",")) {
                comma = k;
                break;
            }
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD") || tag.startsWith("W"))) {
                return -1; // "After the envoys met in Doha, ...": a clause, which the parser reads well
            }
        }
        if (comma < 3 || comma + 2 >= tokens.size() || !NAME_TAGS.contains(tokens.get(comma - 1).tag())
                || !NAME_TAGS.contains(tokens.get(comma + 1).tag())) {
            return -1;
        }
        for (int k = comma + 2; k < tokens.size(); k++) {
            if (FINITE_TAGS.contains(tokens.get(k).tag())) {
                return comma + 1;
            }
        }
        return -1;
    }

    /**
     * "After", "During", "At": a preposition opening the sentence; or a participle ("Speaking at a news
     * conference aboard the Queen Mary, Mr X said", "Following", "Asked about ...").
     */
    private static boolean opensWithAPreposition(CoreLabel first) {
        return "IN".equals(first.tag()) && !first.word().equalsIgnoreCase("if") && !first.word().equalsIgnoreCase("that")
                || "VBG".equals(first.tag()) || "VBN".equals(first.tag());
    }
}
