package org.parley.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence opens with a date and no comma after it ("On Wednesday Foreign Minister Ana Ruiz
 * opened the talks"), the parser reads the title as part of the date phrase and the verb is left
 * without a subject. The parser is given the comma a careful writer would have put there; the comma
 * is not part of the text and no relation keeps it.
 */
final class FrontedDateComma {
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME");

    private FrontedDateComma() {
    }

    /**
     * The position a comma belongs at, among the tokens handed to the parser: after "On" and the
     * date words that follow it, when a proper noun comes right after them; else -1.
     */
    static int position(List<CoreLabel> tokens) {
        if (tokens.size() < 4 || !tokens.get(0).word().toLowerCase(Locale.ROOT).equals("on")) {
            return -1;
        }
        int k = 1;
        while (k < tokens.size() && TIME_TAGS.contains(tokens.get(k).ner()) && !tokens.get(k).word().equals(",")) {
            k++;
        }
        if (k == 1 || k >= tokens.size() - 1) {
            return -1;
        }
        return "NNP".equals(tokens.get(k).tag()) ? k : -1;
    }

    /** A comma token to hand to the parser at {@code position}, empty in the text before that token. */
    static CoreLabel comma(CoreLabel before) {
        CoreLabel c = new CoreLabel();
        c.setWord(",");
        c.setValue(",");
        c.setOriginalText(",");
        c.setTag(",");
        c.setLemma(",");
        c.setNER("O");
        c.setBeginPosition(before.endPosition());
        c.setEndPosition(before.endPosition());
        return c;
    }
}
