package org.parley.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.parley.extract.NegotiationStatus;

/** One meeting, round of talks or call, as Parley knows it across articles and outlets. */
public record ResolvedNegotiation(String iri, String label, Optional<LocalDate> startDate, Optional<LocalDate> endDate,
                                  List<String> places, List<String> parties, List<String> mediators, List<String> hosts,
                                  SortedSet<Integer> rounds, NegotiationStatus status, Optional<String> format,
                                  SortedSet<String> levels, Optional<String> outcome, List<String> outcomeTexts,
                                  List<MentionRef> mentions, double confidence) {}
