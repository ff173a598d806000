package org.parley.serve.search;

import java.util.Locale;
import java.util.Optional;

/** What a search hit is. */
public enum SearchKind {
    STATEMENT("statements"),
    DEMAND("demands"),
    NEGOTIATION("negotiations"),
    ACTOR("actors"),
    ARTICLE("articles");

    private final String plural;

    SearchKind(String plural) {
        this.plural = plural;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String plural() {
        return plural;
    }

    public static Optional<SearchKind> of(String id) {
        for (SearchKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
