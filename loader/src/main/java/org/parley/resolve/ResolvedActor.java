package org.parley.resolve;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.parley.extract.ActorKind;

/**
 * An actor or place as Parley knows it across articles.
 *
 * @param label       its preferred name
 * @param altLabels   every other name the articles use
 * @param affiliation the IRI of the country or organisation it belongs to (for a place, the country it lies in)
 * @param countryCode ISO 3166-1 alpha-2, for a country or for a place whose country is known
 * @param named       false for a person known only by role, kept apart from everyone else
 */
public record ResolvedActor(String iri, ActorKind kind, String label, SortedSet<String> altLabels, SortedSet<String> roles,
                            Optional<String> affiliation, Optional<String> countryCode, boolean named,
                            List<MentionRef> mentions, double confidence) {}
