package org.parley.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A statement one article reports.
 *
 * @param speaker     the actor who said it (a candidate id)
 * @param text        the quotation without its marks, or the reported clause
 * @param direct      true for a quotation, false for reported speech
 * @param date        when it was said: the date the text gives, else the article's story date
 * @param channel     the channel concept's local name ({@code tweet}, {@code press-conference} ...)
 * @param medium      who relayed it, when not the speaker ("a news agency quoted X as saying")
 * @param negotiation the negotiation it is about (a candidate id)
 * @param terms       scare-quoted terms inside it ("neutral status")
 */
public record StatementCandidate(
        String id,
        String speaker,
        String text,
        boolean direct,
        Optional<LocalDate> date,
        Optional<String> channel,
        Optional<String> medium,
        Optional<String> negotiation,
        List<String> terms,
        Provenance provenance) {

    public StatementCandidate {
        requireNonNull(id, "id");
        requireNonNull(speaker, "speaker");
        requireNonNull(text, "text");
        requireNonNull(date, "date");
        requireNonNull(channel, "channel");
        requireNonNull(medium, "medium");
        requireNonNull(negotiation, "negotiation");
        terms = List.copyOf(terms);
        requireNonNull(provenance, "provenance");
    }
}
