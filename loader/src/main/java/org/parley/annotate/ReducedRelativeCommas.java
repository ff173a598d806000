package org.parley.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subject noun followed by a past participle and its agent, then the sentence's own verb ("Fishing
 * talks chaired by Iceland resumed in Reykjavik on Tuesday", "A truce brokered by the bishops took
 * effect at dawn"), is read by the parser with the participle as the main verb and the real verb
 * hanging off it as an unlabelled dependent, so the subject loses its verb, its place and its day. The
 * parser is given the two commas a careful writer may have put around the reduced relative clause,
 * which it then reads as one; the commas are not part of the text and no relation keeps them. Only a
 * noun before any finite verb is such a subject ("Rebels shelled a convoy escorted by troops and the
 * army ..." is left alone), and the agent's phrase ends before a conjunction that opens a new noun
 * phrase with its determiner.
 */
final class ReducedRelativeCommas {
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** What the agent's phrase may hold before the main verb: names, their determiners and modifiers, a list. */
    private static final Set<String> AGENT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "DT", "JJ", "CC", "CD", "POS", "PRP$", "HYPH");
    /** Prepositions that may open a phrase of place or time after the agent ("by Chile in Lima"). */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("in", "on", "at", "of", "from", "between", "during");

    private ReducedRelativeCommas() {
    }

    /**
     * Where the two commas belong among the tokens handed to the parser, {@code [before the
     * participle, before the main verb]}, for the first such clause; else an empty array.
     */
    static int[] positions(List<CoreLabel> tokens) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (FINITE_VERB_TAGS.contains(tokens.get(i - 1).tag())) {
                return new int[0]; // past the subject: a participle after an object modifies the object
            }
            if (!NOUN_TAGS.contains(tokens.get(i - 1).tag()) || !"VBN".equals(tokens.get(i).tag())
                    || !tokens.get(i + 1).word().toLowerCase(Locale.ROOT).equals("by")) {
                continue;
            }
            int j = i + 2;
            while (j < tokens.size() && inAgentPhrase(tokens.get(j))
                    && !("CC".equals(tokens.get(j).tag()) && j + 1 < tokens.size() && "DT".equals(tokens.get(j + 1).tag()))) {
                j++;
            }
            if (j > i + 2 && j < tokens.size() && FINITE_VERB_TAGS.contains(tokens.get(j).tag())
                    && NOUN_TAGS.contains(tokens.get(j - 1).tag())) {
                return new int[] {i, j};
            }
        }
        return new int[0];
    }

    private static boolean inAgentPhrase(CoreLabel t) {
        return AGENT_TAGS.contains(t.tag())
                || "IN".equals(t.tag()) && AGENT_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
