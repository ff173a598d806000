package org.parley.store;

import java.util.List;
import java.util.Optional;

/**
 * What storing one article does, given what the store holds.
 *
 * @param kind        unchanged, new, replacing an older version, or the same text as another source
 * @param replaces    graphs of older versions that storing it drops
 * @param duplicateOf the source already stored with the same text, for {@link Kind#DUPLICATE}
 */
public record ArticleState(Kind kind, List<String> replaces, Optional<String> duplicateOf) {

    public enum Kind {
        /** The same content from the same source is stored: nothing to do. */
        UNCHANGED,
        /** Nothing from this source is stored yet. */
        NEW,
        /** An older version from the same source (or older metadata) is stored and is replaced whole. */
        REPLACED,
        /** The same text is stored already, read from another source: stored once. */
        DUPLICATE
    }

    public ArticleState {
        replaces = List.copyOf(replaces);
    }

    static ArticleState unchanged() {
        return new ArticleState(Kind.UNCHANGED, List.of(), Optional.empty());
    }

    static ArticleState fresh() {
        return new ArticleState(Kind.NEW, List.of(), Optional.empty());
    }

    static ArticleState replacing(List<String> graphs) {
        return new ArticleState(Kind.REPLACED, graphs, Optional.empty());
    }

    static ArticleState duplicateOf(String source) {
        return new ArticleState(Kind.DUPLICATE, List.of(), Optional.of(source));
    }

    public boolean needsWrite() {
        return kind == Kind.NEW || kind == Kind.REPLACED;
    }
}
