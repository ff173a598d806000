package org.parley.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Words naming the channel of a statement ({@code channels.tsv}), mapped to channel concepts. The
 * file lists the channels from the most specific to the most general: where words of several are
 * found, the one listed first wins (a tweet read out at a press conference is a tweet).
 */
public final class Channels {
    private final PhraseIndex<String> index = new PhraseIndex<>();
    private final List<String> precedence = new ArrayList<>();

    Channels() {
        for (String[] r : Resources.rows("channels.tsv", false)) {
            String concept = r[1].strip();
            index.add(r[0], concept, false);
            if (!precedence.contains(concept)) {
                precedence.add(concept);
            }
        }
    }

    public PhraseIndex<String> index() {
        return index;
    }

    /** The channel concepts in order of precedence. */
    public List<String> precedence() {
        return List.copyOf(precedence);
    }
}
