package org.parley.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parley.extract.ActorKind;
import org.parley.extract.ArticleExtraction;
import org.parley.load.ResolutionFingerprint;
import org.parley.rdf.ArticleGraphReader;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;
import org.parley.resolve.BlockResolution;
import org.parley.resolve.MentionKind;
import org.parley.resolve.ResolutionChange;
import org.parley.resolve.ResolvedActor;
import org.parley.resolve.ResolvedCorpus;
import org.parley.store.StoredResolution;
import scala.Tuple2;

/**
 * Resolution across articles as Spark stages over the blocking keys, one per kind of mention in
 * the order {@code ./parley load} resolves them (actors, negotiations, statements, delegations,
 * demands). In each stage every mention is indexed under its blocking keys, the blocks that
 * mentions read together are joined into connected components ({@link BlockComponents}), and each
 * component is resolved in one task with the same {@link BlockResolution} a load runs on the
 * blocks it touches; the instances each mention denotes then go back to its article for the
 * stages after. Since a component holds every block its mentions may meet, resolving it alone
 * gives what resolving every article at once gives.
 *
 * <p>What it writes, as N-Quads lines, is what {@code ./parley load} would write resolving the
 * same articles into an empty store: the resolved graph, the resolution index (each mention's
 * blocking keys), and the digest of the article versions it was computed from, so that a store
 * bulk-loaded with it is up to date and later loads resolve only what they touch.
 */
final class DistributedResolution {
    /** Rounds in which a meeting's name may join components (meetings named alike are numbered together). */
    private static final int NAME_ROUNDS = 5;

    private final JavaSparkContext sc;
    private final String base;

    DistributedResolution(JavaSparkContext sc, String base) {
        this.sc = sc;
        this.base = base;
        new Iris(base);
    }

    /** An article's graph as N-Quads, and the instance every mention resolved so far denotes. */
    record ArticleState(String iri, String nquads, HashMap<String, String> instanceOf) implements Serializable {
        StoredArticle read() {
            DatasetGraph dsg = RDFParser.fromString(nquads, Lang.NQUADS).toDatasetGraph();
            Node graph = dsg.listGraphNodes().next();
            return new ArticleGraphReader().read(dsg.getGraph(graph))
                    .orElseThrow(() -> new IllegalStateException("no article in graph " + graph));
        }

        ArticleState with(Map<String, String> more) {
            HashMap<String, String> all = new HashMap<>(instanceOf);
            all.putAll(more);
            return new ArticleState(iri, nquads, all);
        }
    }

    /** What the steps after the actors ask of an actor (its kind, label, affiliation, country). */
    record ActorFacts(String iri, ActorKind kind, String label, String affiliation, String countryCode, boolean named)
            implements Serializable {
        static ActorFacts of(ResolvedActor a) {
            return new ActorFacts(a.iri(), a.kind(), a.label(), a.affiliation().orElse(null), a.countryCode().orElse(null),
                    a.named());
        }

        ResolvedActor actor() {
            return new ResolvedActor(iri, kind, label, new TreeSet<>(), new TreeSet<>(), Optional.ofNullable(affiliation),
                    Optional.ofNullable(countryCode), named, List.of(), 0);
        }
    }

    /** A mention in a stage: its article, its blocking keys, and the blocks resolving it reads. */
    record MentionBlocks(String article, String localId, ArrayList<String> keys, ArrayList<String> reads) implements Serializable {}

    /** Some mentions of one article in one component, with the article. */
    record Piece(ArticleState article, ArrayList<String> localIds, HashMap<String, ArrayList<String>> keys)
            implements Serializable {}

    /**
     * What a task resolved: each member's instance, the meetings' name keys, the actors found (for
     * the stages after); and, once per task, the N-Quads of what it resolved.
     */
    record Outcome(HashMap<String, String> instanceOf, HashMap<String, String> instanceKeys, ArrayList<ActorFacts> actors,
                   String nquads) implements Serializable {}

    /**
     * @param articles each article's IRI with the N-Quads of its graph
     * @return the N-Quads lines of the resolved graph, the index and the digest
     */
    JavaRDD<String> resolve(JavaPairRDD<String, String> articles) {
        JavaPairRDD<String, ArticleState> states = articles
                .mapToPair(t -> new Tuple2<>(t._1(), new ArticleState(t._1(), t._2(), new HashMap<>())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<HashMap<String, ActorFacts>> actors = sc.broadcast(new HashMap<>());
        List<JavaRDD<String>> written = new ArrayList<>();
        for (MentionKind kind : MentionKind.values()) {
            JavaRDD<Outcome> outcomes = stage(kind, states, actors);
            written.add(outcomes.filter(o -> o.nquads() != null).map(Outcome::nquads));
            if (kind == MentionKind.ACTOR) {
                HashMap<String, ActorFacts> table = new HashMap<>();
                outcomes.flatMap(o -> o.actors().iterator()).collect().forEach(a -> table.put(a.iri(), a));
                actors = sc.broadcast(table);
            }
            JavaPairRDD<String, HashMap<String, String>> found = outcomes
                    .flatMapToPair(o -> o.instanceOf().entrySet().stream()
                            .map(e -> new Tuple2<>(articleOf(e.getKey()), e)).iterator())
                    .aggregateByKey(new HashMap<String, String>(), (m, e) -> {
                        m.put(e.getKey(), e.getValue());
                        return m;
                    }, (a, b) -> {
                        a.putAll(b);
                        return a;
                    });
            JavaPairRDD<String, ArticleState> next = states.leftOuterJoin(found)
                    .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().isPresent() ? t._2()._1().with(t._2()._2().get()) : t._2()._1()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            states.unpersist();
            states = next;
        }
        String baseIri = base;
        List<String> versions = states.values().map(s -> {
            StoredArticle a = s.read();
            return StoredResolution.version(new Iris(baseIri).graphOfArticle(a.iri()), a.contentHash());
        }).collect();
        Iris iris = new Iris(base);
        written.add(sc.parallelize(List.of(nquads(ResolutionFingerprint.quad(iris, ResolutionFingerprint.of(versions)))), 1));
        JavaRDD<String> out = written.get(0);
        for (JavaRDD<String> more : written.subList(1, written.size())) {
            out = out.union(more);
        }
        return out;
    }

    /** One kind: its mentions' blocks, their components, and each component resolved. */
    private JavaRDD<Outcome> stage(MentionKind kind, JavaPairRDD<String, ArticleState> states,
                                   Broadcast<HashMap<String, ActorFacts>> actors) {
        String baseIri = base;
        JavaPairRDD<String, MentionBlocks> mentions = states.values().flatMapToPair(s -> {
            Iris iris = new Iris(baseIri);
            StoredArticle a = s.read();
            BlockResolution blocks = new BlockResolution(iris, s.instanceOf(), lookup(actors.value()));
            Map<String, Set<String>> keys = blocks.blockKeys(kind, a, mentionsOf(kind, a));
            Map<String, Set<String>> reads = blocks.reads(kind, a, keys);
            List<Tuple2<String, MentionBlocks>> out = new ArrayList<>();
            for (String m : new TreeSet<>(keys.keySet())) {
                out.add(new Tuple2<>(m, new MentionBlocks(a.iri(), m.substring(m.indexOf('#') + 1),
                        new ArrayList<>(keys.get(m)), new ArrayList<>(reads.get(m)))));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        // Meetings named alike are numbered together: a name key joins the components of its meetings, until none does.
        JavaPairRDD<String, List<String>> extra = sc.parallelizePairs(new ArrayList<Tuple2<String, List<String>>>());
        JavaRDD<Outcome> outcomes = null;
        for (int round = 0; round < NAME_ROUNDS; round++) {
            JavaPairRDD<String, List<String>> reads = mentions.mapValues(b -> (List<String>) b.reads())
                    .leftOuterJoin(extra).mapValues(t -> {
                        List<String> all = new ArrayList<>(t._1());
                        if (t._2().isPresent()) {
                            all.addAll(t._2().get());
                        }
                        return all;
                    });
            JavaPairRDD<String, String> component = BlockComponents.of(reads).persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<Outcome> resolved = resolveComponents(kind, mentions, component, states, actors)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            if (outcomes != null) {
                outcomes.unpersist();
            }
            outcomes = resolved;
            if (kind != MentionKind.NEGOTIATION) {
                break;
            }
            // Does a meeting's name key fall in another component than the meeting's mention?
            JavaPairRDD<String, String> named = resolved.flatMapToPair(o -> o.instanceKeys().entrySet().stream()
                    .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator());
            JavaPairRDD<String, String> blockComponent = reads.join(component)
                    .flatMapToPair(t -> t._2()._1().stream().map(b -> new Tuple2<>(b, t._2()._2())).iterator()).distinct();
            JavaPairRDD<String, String> joining = named.join(component)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                    .join(blockComponent)
                    .filter(t -> !t._2()._1()._2().equals(t._2()._2()))
                    .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()));
            if (joining.isEmpty()) {
                break;
            }
            extra = extra.union(joining.mapValues(List::of)).reduceByKey((a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
        outcomes.count();
        mentions.unpersist();
        return outcomes;
    }

    /** Groups each component's mentions with their articles, and resolves each component in one task. */
    private JavaRDD<Outcome> resolveComponents(MentionKind kind, JavaPairRDD<String, MentionBlocks> mentions,
                                               JavaPairRDD<String, String> component,
                                               JavaPairRDD<String, ArticleState> states,
                                               Broadcast<HashMap<String, ActorFacts>> actors) {
        String baseIri = base;
        JavaPairRDD<String, Tuple2<String, MentionBlocks>> byArticle = mentions.join(component)
                .mapToPair(t -> new Tuple2<>(t._2()._1().article(), new Tuple2<>(t._2()._2(), t._2()._1())));
        JavaPairRDD<String, Iterable<Piece>> byComponent = byArticle.join(states)
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2()._1()._1(), t._1()), new Tuple2<>(t._2()._1()._2(), t._2()._2())))
                .groupByKey()
                .mapToPair(t -> {
                    ArrayList<String> ids = new ArrayList<>();
                    HashMap<String, ArrayList<String>> keys = new HashMap<>();
                    ArticleState article = null;
                    for (Tuple2<MentionBlocks, ArticleState> m : t._2()) {
                        ids.add(m._1().localId());
                        keys.put(Iris.mention(m._1().article(), m._1().localId()), m._1().keys());
                        article = m._2();
                    }
                    return new Tuple2<>(t._1()._1(), new Piece(article, ids, keys));
                })
                .groupByKey();
        return byComponent.mapPartitions(components -> resolveAll(kind, components, new Iris(baseIri), actors.value()));
    }

    /** Resolves the components of one task, and writes what they resolved into one in-memory dataset. */
    private static Iterator<Outcome> resolveAll(MentionKind kind, Iterator<Tuple2<String, Iterable<Piece>>> components, Iris iris,
                                                Map<String, ActorFacts> actors) {
        List<Outcome> out = new ArrayList<>();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StoredResolution written = new StoredResolution(dsg, iris);
        Function<String, ResolvedActor> actorLookup = lookup(actors);
        while (components.hasNext()) {
            List<Piece> pieces = new ArrayList<>();
            components.next()._2().forEach(pieces::add);
            Map<String, String> earlier = new HashMap<>();
            Map<String, Set<String>> keys = new TreeMap<>();
            List<StoredArticle> articles = new ArrayList<>();
            Set<String> members = new TreeSet<>();
            for (Piece p : pieces) {
                earlier.putAll(p.article().instanceOf());
                p.keys().forEach((m, k) -> keys.put(m, new TreeSet<>(k)));
                StoredArticle whole = p.article().read();
                Set<String> ids = new TreeSet<>(p.localIds());
                articles.add(BlockResolution.only(whole, BlockResolution.readAlong(kind, whole.extraction(), ids)));
                ids.forEach(id -> members.add(Iris.mention(whole.iri(), id)));
            }
            articles.sort(Comparator.comparing(StoredArticle::iri));
            BlockResolution.Result r = new BlockResolution(iris, earlier, actorLookup).resolve(kind, articles, members);
            ResolvedCorpus kept = BlockResolution.keeping(r.instances(), BlockResolution.denoted(r.instanceOf()));
            // A meeting's mentions are also indexed under its name, as a load indexes them.
            r.instanceKeys().forEach((m, k) -> keys.computeIfAbsent(m, x -> new TreeSet<>()).add(k));
            written.apply(new ResolutionChange(kept, Map.of(), keys, Set.of()));
            ArrayList<ActorFacts> found = new ArrayList<>();
            kept.actors().forEach(a -> found.add(ActorFacts.of(a)));
            out.add(new Outcome(new HashMap<>(r.instanceOf()), new HashMap<>(r.instanceKeys()), found, null));
        }
        if (!out.isEmpty()) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            RDFDataMgr.write(text, dsg, Lang.NQUADS);
            out.add(new Outcome(new HashMap<>(), new HashMap<>(), new ArrayList<>(), text.toString(StandardCharsets.UTF_8).stripTrailing()));
        }
        return out.iterator();
    }

    private static Function<String, ResolvedActor> lookup(Map<String, ActorFacts> actors) {
        return iri -> {
            ActorFacts a = actors.get(iri);
            return a == null ? null : a.actor();
        };
    }

    /** The IRIs of an article's mentions of one kind. */
    private static Set<String> mentionsOf(MentionKind kind, StoredArticle a) {
        ArticleExtraction x = a.extraction();
        List<String> ids = switch (kind) {
            case ACTOR -> x.actors().stream().map(c -> c.id()).toList();
            case NEGOTIATION -> x.negotiations().stream().map(c -> c.id()).toList();
            case STATEMENT -> x.statements().stream().map(c -> c.id()).toList();
            case DELEGATION -> x.delegations().stream().map(c -> c.id()).toList();
            case DEMAND -> x.demands().stream().map(c -> c.id()).toList();
        };
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> out.add(Iris.mention(a.iri(), id)));
        return out;
    }

    private static String articleOf(String mention) {
        return mention.substring(0, mention.indexOf('#'));
    }

    private static String nquads(org.apache.jena.sparql.core.Quad q) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.add(q);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        RDFDataMgr.write(text, one, Lang.NQUADS);
        return text.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
