package org.parley.annotate;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param governor  index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation, with its subtype ({@code nsubj}, {@code nmod:poss}, {@code obl:tmod} ...)
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: {@code nmod} for {@code nmod:poss}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
