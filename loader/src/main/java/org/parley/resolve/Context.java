package org.parley.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.ActorKind;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/** What every resolution step reads: the articles in a fixed order, and the actors already resolved. */
final class Context {
    final Iris iris;
    final List<StoredArticle> articles;
    final Map<String, String> actorOfMention;
    private final Map<String, ResolvedActor> actors = new HashMap<>();

    Context(Iris iris, List<StoredArticle> articles, Map<String, String> actorOfMention, List<ResolvedActor> resolved) {
        this.iris = iris;
        this.articles = articles;
        this.actorOfMention = actorOfMention;
        for (ResolvedActor a : resolved) {
            actors.put(a.iri(), a);
        }
    }

    /** The canonical actor of a local actor id in an article. */
    Optional<String> actor(StoredArticle article, String localId) {
        return Optional.ofNullable(actorOfMention.get(Iris.mention(article.iri(), localId)));
    }

    Optional<ResolvedActor> resolved(String iri) {
        return Optional.ofNullable(actors.get(iri));
    }

    /**
     * The party an actor acts for: a person's country or organisation, a national body's country, an
     * office's organisation ("the UN Secretary-General" acts for the UN); countries and international
     * organisations for themselves.
     */
    String party(String actorIri) {
        ResolvedActor a = actors.get(actorIri);
        for (int depth = 0; a != null && depth < 3; depth++) {
            if (a.kind() == ActorKind.COUNTRY || a.affiliation().isEmpty()) {
                return a.iri();
            }
            ResolvedActor up = actors.get(a.affiliation().get());
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
        ResolvedActor a = actors.get(placeOrCountryIri);
        if (a == null) {
            return Optional.empty();
        }
        return a.kind() == ActorKind.COUNTRY ? Optional.of(a.iri()) : a.affiliation().filter(x -> actors.containsKey(x)
                && actors.get(x).kind() == ActorKind.COUNTRY);
    }

    String label(String actorIri) {
        ResolvedActor a = actors.get(actorIri);
        return a == null ? actorIri.substring(actorIri.lastIndexOf('/') + 1) : a.label();
    }

    Optional<LocalDate> published(StoredArticle a) {
        return a.article().metadata().published();
    }
}
