package org.parley.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A negotiation one article reports (a meeting, round of talks, call or signing).
 *
 * @param places      where, most specific first (candidate ids of places or countries)
 * @param parties     who negotiated (candidate ids of countries, organisations or persons)
 * @param round       the round number the article states
 * @param format      {@code in-person}, {@code phone}, {@code video} or {@code indirect}
 * @param level       {@code heads-of-state}, {@code ministers} or {@code delegations}
 * @param outcome     {@code no-agreement}, {@code partial-agreement} or {@code agreement}
 * @param outcomeText what was agreed, or why nothing was, in the article's words
 */
public record NegotiationCandidate(
        String id,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        List<String> places,
        List<String> parties,
        List<String> mediators,
        List<String> hosts,
        Optional<Integer> round,
        NegotiationStatus status,
        Optional<String> format,
        Optional<String> level,
        Optional<String> outcome,
        Optional<String> outcomeText,
        Provenance provenance) {

    public NegotiationCandidate {
        requireNonNull(id, "id");
        requireNonNull(startDate, "startDate");
        requireNonNull(endDate, "endDate");
        places = List.copyOf(places);
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        hosts = List.copyOf(hosts);
        requireNonNull(round, "round");
        requireNonNull(status, "status");
        requireNonNull(format, "format");
        requireNonNull(level, "level");
        requireNonNull(outcome, "outcome");
        requireNonNull(outcomeText, "outcomeText");
        requireNonNull(provenance, "provenance");
    }
}
