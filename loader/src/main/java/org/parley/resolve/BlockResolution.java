package org.parley.resolve;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.DemandCandidate;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * One resolution step over some blocks: the blocking keys of one kind's mentions, what else of
 * their articles resolving them reads, and the instances they make up, given what the steps
 * before answered (which instance each earlier mention denotes, and the resolved actors). What
 * {@link IncrementalResolver} runs on the blocks a load touches, and what a distributed
 * resolution runs on each connected component of blocks.
 */
public final class BlockResolution {
    private final Iris iris;
    private final Map<String, String> earlier;
    private final Function<String, ResolvedActor> actors;

    /**
     * @param earlier mention to instance, for every mention of the kinds resolved before (null when unknown)
     * @param actors  resolved actors by IRI (null when unknown)
     */
    public BlockResolution(Iris iris, Map<String, String> earlier, Function<String, ResolvedActor> actors) {
        this.iris = requireNonNull(iris, "iris");
        this.earlier = requireNonNull(earlier, "earlier");
        this.actors = requireNonNull(actors, "actors");
    }

    /** What resolving some blocks gave: the instances, the members' instances, and the name keys of the meetings. */
    public record Result(ResolvedCorpus instances, Map<String, String> instanceOf, Map<String, String> instanceKeys) {}

    /** The blocking keys of an article's mentions of one kind, among those {@code wanted}, by mention IRI. */
    public Map<String, Set<String>> blockKeys(MentionKind kind, StoredArticle a, Set<String> wanted) {
        Context ctx = new Context(iris, List.of(), earlier, actors);
        ArticleExtraction x = a.extraction();
        Map<String, Set<String>> out = new HashMap<>();
        switch (kind) {
            case ACTOR -> x.actors().forEach(c -> keys(out, wanted, a, c.id(), () -> ActorResolution.blockKeys(iris, a, c)));
            case NEGOTIATION -> {
                NegotiationResolution r = new NegotiationResolution(ctx);
                x.negotiations().forEach(c -> keys(out, wanted, a, c.id(), () -> r.blockKeys(a, c)));
            }
            case STATEMENT -> {
                StatementResolution r = new StatementResolution(ctx);
                x.statements().forEach(c -> keys(out, wanted, a, c.id(), () -> r.blockKeys(a, c)));
            }
            case DELEGATION -> {
                DelegationResolution r = new DelegationResolution(ctx);
                x.delegations().forEach(c -> keys(out, wanted, a, c.id(),
                        () -> r.blockKey(a, c, earlier).map(Set::of).orElse(Set.of())));
            }
            case DEMAND -> {
                DemandResolution r = new DemandResolution(ctx);
                x.demands().forEach(c -> keys(out, wanted, a, c.id(), () -> r.blockKeys(a, c)));
            }
        }
        return out;
    }

    /**
     * The blocks resolving each of an article's mentions reads, from their {@code keys}: the blocks
     * the keys {@linkplain ScopedKeys#reach reach}, and for a mention affiliated with a person (who
     * is clustered, and resolved along with it) that person's blocks too. Mentions whose blocks
     * meet this way, directly or through others, are resolved together or the answer may differ.
     */
    public Map<String, Set<String>> reads(MentionKind kind, StoredArticle a, Map<String, Set<String>> keys) {
        Map<String, Set<String>> out = new HashMap<>();
        keys.forEach((m, k) -> {
            Set<String> blocks = new TreeSet<>(k);
            k.forEach(key -> blocks.addAll(ScopedKeys.reach(key)));
            out.put(m, blocks);
        });
        if (kind == MentionKind.ACTOR) {
            for (ActorCandidate c : a.extraction().actors()) {
                Set<String> blocks = out.get(Iris.mention(a.iri(), c.id()));
                if (blocks == null || c.affiliation().isEmpty()) {
                    continue;
                }
                a.extraction().actor(c.affiliation().get())
                        .filter(up -> ActorResolution.fixedIri(iris, a, up).isEmpty())
                        .ifPresent(up -> blocks.addAll(ActorResolution.blockKeys(iris, a, up)));
            }
        }
        return out;
    }

    private static void keys(Map<String, Set<String>> out, Set<String> wanted, StoredArticle a, String localId,
                             Supplier<Set<String>> keys) {
        String mention = Iris.mention(a.iri(), localId);
        if (wanted.contains(mention)) {
            out.put(mention, keys.get());
        }
    }

    /**
     * The local ids of an article that resolving some of its mentions of one kind reads: those
     * mentions, and beside them a person's affiliation (resolved along with the person), a demand's
     * statement (its day is the demand's).
     */
    public static Set<String> readAlong(MentionKind kind, ArticleExtraction x, Set<String> localIds) {
        Set<String> out = new TreeSet<>(localIds);
        if (kind == MentionKind.ACTOR) {
            for (ActorCandidate c : x.actors()) {
                if (localIds.contains(c.id())) {
                    c.affiliation().ifPresent(out::add);
                }
            }
        } else if (kind == MentionKind.DEMAND) {
            for (DemandCandidate d : x.demands()) {
                if (localIds.contains(d.id())) {
                    d.statement().ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** An article with only some of its mentions. */
    public static StoredArticle only(StoredArticle a, Set<String> localIds) {
        ArticleExtraction x = a.extraction();
        return new StoredArticle(a.iri(), a.contentHash(), a.article(), new ArticleExtraction(
                x.actors().stream().filter(c -> localIds.contains(c.id())).toList(),
                x.statements().stream().filter(c -> localIds.contains(c.id())).toList(),
                x.demands().stream().filter(c -> localIds.contains(c.id())).toList(),
                x.negotiations().stream().filter(c -> localIds.contains(c.id())).toList(),
                x.delegations().stream().filter(c -> localIds.contains(c.id())).toList()));
    }

    /**
     * Resolves the mentions of one kind in some articles (in IRI order, holding what {@link #readAlong}
     * names): every instance they make up, and for each of the {@code members}, its instance.
     */
    public Result resolve(MentionKind kind, List<StoredArticle> articles, Set<String> members) {
        Context ctx = new Context(iris, articles, earlier, actors);
        Map<String, String> now = new HashMap<>();
        Map<String, String> instanceKeys = new HashMap<>();
        List<ResolvedActor> actorsFound = List.of();
        List<ResolvedNegotiation> negotiations = List.of();
        List<ResolvedStatement> statements = List.of();
        List<ResolvedDelegation> delegations = List.of();
        List<ResolvedDemand> demands = List.of();
        switch (kind) {
            case ACTOR -> {
                ActorResolution resolution = new ActorResolution(iris);
                actorsFound = resolution.resolve(articles);
                now.putAll(resolution.canonicalOfMention());
            }
            case NEGOTIATION -> {
                NegotiationResolution resolution = new NegotiationResolution(ctx);
                negotiations = resolution.resolve();
                negotiations.forEach(n -> n.mentions().forEach(r -> now.put(r.mention(), n.iri())));
                instanceKeys.putAll(resolution.nameKeys());
            }
            case STATEMENT -> {
                statements = new StatementResolution(ctx).resolve(earlier);
                statements.forEach(x -> x.mentions().forEach(r -> now.put(r.mention(), x.iri())));
            }
            case DELEGATION -> {
                delegations = new DelegationResolution(ctx).resolve(earlier);
                delegations.forEach(d -> d.mentions().forEach(r -> now.put(r.mention(), d.iri())));
            }
            case DEMAND -> {
                demands = new DemandResolution(ctx).resolve(earlier, earlier);
                demands.forEach(d -> d.mentions().forEach(r -> now.put(r.mention(), d.iri())));
            }
        }
        // Affiliations are read along to resolve people; only the members' own instances count.
        now.keySet().retainAll(members);
        instanceKeys.keySet().retainAll(members);
        return new Result(new ResolvedCorpus(actorsFound, statements, demands, negotiations, delegations), now, instanceKeys);
    }

    /** Of some instances, those with an IRI in {@code kept}. */
    public static ResolvedCorpus keeping(ResolvedCorpus all, Set<String> kept) {
        return new ResolvedCorpus(all.actors().stream().filter(x -> kept.contains(x.iri())).toList(),
                all.statements().stream().filter(x -> kept.contains(x.iri())).toList(),
                all.demands().stream().filter(x -> kept.contains(x.iri())).toList(),
                all.negotiations().stream().filter(x -> kept.contains(x.iri())).toList(),
                all.delegations().stream().filter(x -> kept.contains(x.iri())).toList());
    }
}
