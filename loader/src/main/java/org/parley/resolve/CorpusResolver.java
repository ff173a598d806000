package org.parley.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * Resolves a whole corpus: actors first (everything else refers to them), then negotiations
 * (statements, delegations and demands refer to them), statements (demands refer to them),
 * delegations and demands. Articles are taken in IRI order, so the result is the same whatever the
 * order they were loaded in. Loads resolve block by block with {@link IncrementalResolver}, which
 * gives the same result; this is the reference it is tested against.
 */
public final class CorpusResolver implements Resolver {
    private final Iris iris;

    public CorpusResolver(Iris iris) {
        this.iris = iris;
    }

    @Override
    public ResolvedCorpus resolve(List<StoredArticle> input) {
        List<StoredArticle> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(StoredArticle::iri));
        ActorResolution actorResolution = new ActorResolution(iris);
        List<ResolvedActor> actors = actorResolution.resolve(articles);
        Context ctx = new Context(iris, articles, actorResolution.canonicalOfMention(), actors);
        NegotiationResolution negotiationResolution = new NegotiationResolution(ctx);
        List<ResolvedNegotiation> negotiations = negotiationResolution.resolve();
        StatementResolution statementResolution = new StatementResolution(ctx);
        List<ResolvedStatement> statements = statementResolution.resolve(negotiationResolution.canonicalOfMention());
        List<ResolvedDelegation> delegations = new DelegationResolution(ctx).resolve(negotiationResolution.canonicalOfMention());
        List<ResolvedDemand> demands = new DemandResolution(ctx)
                .resolve(statementResolution.canonicalOfMention(), negotiationResolution.canonicalOfMention());
        return new ResolvedCorpus(actors, statements, demands, negotiations, delegations);
    }
}
