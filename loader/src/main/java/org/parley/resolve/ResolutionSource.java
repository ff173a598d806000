package org.parley.resolve;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.rdf.StoredArticle;

/**
 * What incremental resolution reads from earlier runs: the blocking index (which mentions share a
 * block), the resolved instances (which instance a mention denotes, the actors' labels and
 * affiliations), and the articles' mentions. The store implements it; answers are as of the
 * start of the run.
 */
public interface ResolutionSource {
    /** The mentions indexed under a blocking key. */
    Set<String> members(String blockKey);

    /**
     * A mention indexed under a blocking key that passes {@code wanted}, without reading the others:
     * a person's name key holds every mention of them.
     */
    default Optional<String> anyMember(String blockKey, Predicate<String> wanted) {
        return members(blockKey).stream().filter(wanted).findFirst();
    }

    /** The blocking keys a mention is indexed under. */
    Set<String> blockKeys(String mention);

    /** The resolved instance a mention denotes. */
    Optional<String> instanceOf(String mention);

    /** Every mention a resolved instance denotes. */
    Set<String> mentionsOf(String instance);

    /** An actor as resolved: kind, label, affiliation, country code (mentions left out). */
    Optional<ResolvedActor> actor(String iri);

    /** The resolved actors affiliated with an actor (an office with its organisation, a person with an office). */
    Set<String> affiliatedWith(String actorIri);

    /** An actor as resolved, whole: also its other names, roles, confidence and every mention. */
    Optional<ResolvedActor> wholeActor(String iri);

    /** An actor as resolved, with its other names, roles and confidence, but without its mentions. */
    Optional<ResolvedActor> actorWithoutMentions(String iri);

    /** A whole stored article. */
    Optional<StoredArticle> article(String articleIri);

    /** Some mentions of stored articles: for each article IRI, the local ids wanted. */
    Map<String, StoredArticle> mentions(Map<String, ? extends Collection<String>> localIdsByArticle);

    /** The mentions whose articles link to this one (a party, a speaker, an affiliation), by kind of mention. */
    Map<String, MentionKind> referrers(String mention);
}
