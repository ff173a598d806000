package org.parley.extract;

import java.util.List;
import java.util.Optional;

/** Everything extracted from one article; candidates refer to each other by id. */
public record ArticleExtraction(
        List<ActorCandidate> actors,
        List<StatementCandidate> statements,
        List<DemandCandidate> demands,
        List<NegotiationCandidate> negotiations,
        List<DelegationCandidate> delegations) {

    public static final ArticleExtraction EMPTY = new ArticleExtraction(List.of(), List.of(), List.of(), List.of(), List.of());

    public ArticleExtraction {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        demands = List.copyOf(demands);
        negotiations = List.copyOf(negotiations);
        delegations = List.copyOf(delegations);
    }

    public Optional<ActorCandidate> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public int size() {
        return actors.size() + statements.size() + demands.size() + negotiations.size() + delegations.size();
    }
}
