package org.parley.resolve;

import java.util.Optional;

/** The kinds of mention resolution works on, in the order it resolves them. */
public enum MentionKind {
    ACTOR, NEGOTIATION, STATEMENT, DELEGATION, DEMAND;

    /** The kind a blocking key belongs to, from its prefix. */
    static Optional<MentionKind> ofBlockKey(String key) {
        String prefix = key.substring(0, Math.max(0, key.indexOf('|')));
        return switch (prefix) {
            case "actor", "person" -> Optional.of(ACTOR);
            case "negotiation" -> Optional.of(NEGOTIATION);
            case "statement" -> Optional.of(STATEMENT);
            case "delegation" -> Optional.of(DELEGATION);
            case "demand" -> Optional.of(DEMAND);
            default -> Optional.empty();
        };
    }
}
