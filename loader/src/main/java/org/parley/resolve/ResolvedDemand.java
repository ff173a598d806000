package org.parley.resolve;

import java.util.List;
import java.util.Optional;

/** A demand as Parley knows it across articles. */
public record ResolvedDemand(String iri, List<String> demanders, Optional<String> addressee, String topic,
                             List<String> texts, Optional<String> condition, Optional<String> statement,
                             Optional<String> negotiation, List<MentionRef> mentions, double confidence) {}
