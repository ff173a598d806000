package org.parley.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The team one party sent to a negotiation, as one article reports it.
 *
 * @param negotiation the negotiation (a candidate id)
 * @param party       the party that sent it (a candidate id)
 * @param head        who led it
 * @param members     named members, the head included
 * @param size        how many people, when the article says
 */
public record DelegationCandidate(
        String id,
        String negotiation,
        String party,
        Optional<String> head,
        List<String> members,
        Optional<Integer> size,
        Provenance provenance) {

    public DelegationCandidate {
        requireNonNull(id, "id");
        requireNonNull(negotiation, "negotiation");
        requireNonNull(party, "party");
        requireNonNull(head, "head");
        members = List.copyOf(members);
        requireNonNull(size, "size");
        requireNonNull(provenance, "provenance");
    }
}
