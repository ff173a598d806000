package org.parley.extract.pattern;

import java.util.Locale;
import java.util.Optional;

/**
 * What a token bound by a pattern is to the fact being extracted. Patterns name their nodes or
 * groups after roles ({@code =party}, {@code (?$speaker ...)}); a trailing number lets one pattern
 * bind a role twice ({@code =party2}).
 */
public enum Role {
    /** The word that signals the fact: a speech verb, an event noun, a demand verb. */
    TRIGGER,
    SPEAKER,
    /** Who negotiates, agrees or sends a delegation. */
    PARTY,
    /** A third party that brokers, mediates, chairs or witnesses talks. */
    MEDIATOR,
    /** A third party that hosts talks. */
    HOST,
    /** Whom a demand or statement is addressed to. */
    ADDRESSEE,
    /** What a statement or demand is about, as a phrase head. */
    TOPIC,
    /** What was said or demanded: the head of the clause or phrase that holds it. */
    CONTENT,
    /** Who leads a delegation. */
    HEAD,
    /** Who belongs to a delegation. */
    MEMBER,
    PLACE,
    TIME,
    /** A number the fact states: the size of a delegation. */
    QUANTITY,
    /** The event a delegation attends or an agreement concludes. */
    EVENT,
    /** Who relays a statement made by someone else: "the agency quoted X as saying". */
    MEDIUM;

    /** The role a pattern's node or group name stands for: {@code party2} is {@link #PARTY}. */
    public static Optional<Role> named(String name) {
        String base = name.replaceFirst("^\\$", "").replaceFirst("\\d+$", "").toUpperCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.name().equals(base)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
