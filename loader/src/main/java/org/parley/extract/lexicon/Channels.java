package org.parley.extract.lexicon;

/** Words naming the channel of a statement ({@code channels.tsv}), mapped to channel concepts. */
public final class Channels {
    private final PhraseIndex<String> index = new PhraseIndex<>();

    Channels() {
        for (String[] r : Resources.rows("channels.tsv", false)) {
            index.add(r[0], r[1].strip(), false);
        }
    }

    public PhraseIndex<String> index() {
        return index;
    }
}
