package org.parley.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.extract.ActorKind;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/** What every resolution step reads: the articles in a fixed order, and the actors already resolved. */
final class Context {
    final Iris iris;
    final List<StoredArticle> articles;
    final Map<String, String> actorOfMention;
    private final Function<String, ResolvedActor> actors;

    Context(Iris iris, List<StoredArticle> articles, Map<String, String> actorOfMention, List<ResolvedActor> resolved) {
        this.iris = iris;
        this.articles = articles;
        this.actorOfMention = actorOfMention;
        Map<String, ResolvedActor> byIri = new HashMap<>();
        for (ResolvedActor a : resolved) {
            byIri.put(a.iri(), a);
        }
        this.actors = byIri::get;
    }

    /**
     * For resolution of a few blocks: {@code actorOfMention} and {@code actors} answer for every
     * mention and actor, also those resolved in earlier runs (from the store); null when unknown.
     */
    Context(Iris iris, List<StoredArticle> articles, Map<String, String> actorOfMention,
            Function<String, ResolvedActor> actors) {
        this.iris = iris;
        this.articles = articles;
        this.actorOfMention = actorOfMention;
        this.actors = actors;
    }

    /** The canonical actor of a local actor id in an article. */
    Optional<String> actor(StoredArticle article, String localId) {
        return Optional.ofNullable(actorOfMention.get(Iris.mention(article.iri(), localId)));
    }

    Optional<ResolvedActor> resolved(String iri) {
        return Optional.ofNullable(actors.apply(iri));
    }

    /**
     * The party an actor acts for: a person's country or organisation, a national body's country, an
     * office's organisation ("the UN Secretary-General" acts for the UN); countries and international
     * organisations for themselves.
     */
    String party(String actorIri) {
        ResolvedActor a = actors.apply(actorIri);
        for (int depth = 0; a != null && depth < 3; depth++) {
            if (a.kind() == ActorKind.COUNTRY || a.affiliation().isEmpty()) {
                return a.iri();
            }
            ResolvedActor up = actors.apply(a.affiliation().get());
            if (up == null) {
                return a.iri();
            }
            if (a.kind() == ActorKind.ORGANIZATION && up.kind() == ActorKind.PERSON) {
                return a.iri();
            }
            a = up;
        }
        return a == null ? actorIri : a.iri();
    }

    Optional<String> countryOf(String placeOrCountryIri) {
        ResolvedActor a = actors.apply(placeOrCountryIri);
        if (a == null) {
            return Optional.empty();
        }
        return a.kind() == ActorKind.COUNTRY ? Optional.of(a.iri()) : a.affiliation().filter(x -> actors.apply(x) != null
                && actors.apply(x).kind() == ActorKind.COUNTRY);
    }

    String label(String actorIri) {
        ResolvedActor a = actors.apply(actorIri);
        return a == null ? actorIri.substring(actorIri.lastIndexOf('/') + 1) : a.label();
    }

    Optional<LocalDate> published(StoredArticle a) {
        return a.article().metadata().published();
    }
}
