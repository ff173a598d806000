package org.parley.extract;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A demand one article reports.
 *
 * @param demander    who demands (a candidate id)
 * @param addressee   of whom: explicit, else the other party of the negotiation it concerns
 * @param topic       the demand topic's local name in the SKOS scheme ({@code ceasefire})
 * @param text        the demand as the article words it
 * @param condition   a condition attached to it ("only after the surrender of ...")
 * @param statement   the statement it was made in (a candidate id)
 * @param negotiation the negotiation it concerns (a candidate id)
 */
public record DemandCandidate(
        String id,
        String demander,
        Optional<String> addressee,
        String topic,
        String text,
        Optional<String> condition,
        Optional<String> statement,
        Optional<String> negotiation,
        Provenance provenance) {

    public DemandCandidate {
        requireNonNull(id, "id");
        requireNonNull(demander, "demander");
        requireNonNull(addressee, "addressee");
        requireNonNull(topic, "topic");
        requireNonNull(text, "text");
        requireNonNull(condition, "condition");
        requireNonNull(statement, "statement");
        requireNonNull(negotiation, "negotiation");
        requireNonNull(provenance, "provenance");
    }
}
