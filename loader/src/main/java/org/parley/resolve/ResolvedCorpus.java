package org.parley.resolve;

import java.util.List;

/** Everything Parley concludes across the stored articles. */
public record ResolvedCorpus(List<ResolvedActor> actors, List<ResolvedStatement> statements, List<ResolvedDemand> demands,
                             List<ResolvedNegotiation> negotiations, List<ResolvedDelegation> delegations) {

    public ResolvedCorpus {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        demands = List.copyOf(demands);
        negotiations = List.copyOf(negotiations);
        delegations = List.copyOf(delegations);
    }

    public int size() {
        return actors.size() + statements.size() + demands.size() + negotiations.size() + delegations.size();
    }
}
