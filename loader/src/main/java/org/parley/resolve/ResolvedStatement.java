package org.parley.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** A statement as Parley knows it across articles: every outlet's wording, and every mention. */
public record ResolvedStatement(String iri, String speaker, List<String> texts, boolean direct, Optional<LocalDate> date,
                                Optional<String> channel, Optional<String> medium, Optional<String> negotiation,
                                SortedSet<String> terms, List<MentionRef> mentions, double confidence) {}
