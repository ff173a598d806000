package org.parley.resolve;

import java.util.List;
import java.util.Optional;

/** The team one party sent to one negotiation, as Parley knows it across articles. */
public record ResolvedDelegation(String iri, String negotiation, String party, Optional<String> head, List<String> members,
                                 Optional<Integer> size, List<MentionRef> mentions, double confidence) {}
