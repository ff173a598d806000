package org.parley.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
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
import org.parley.vocab.Vocab.DCTERMS;
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
    private static final long ARTICLES_PER_PARTITION = 2_000;
    /** The Spark setting for the most links between blocks joined into components on the driver ({@link BlockComponents}). */
    static final String COMPONENTS_ON_DRIVER = "spark.parley.componentsOnDriver";
    /** A few hundred MB of the driver's heap at most: the generated news has up to 11,000 links per 1,000 articles. */
    private static final long COMPONENTS_ON_DRIVER_DEFAULT = 500_000;

    private final JavaSparkContext sc;
    private final String base;
    private final long componentsOnDriver;

    DistributedResolution(JavaSparkContext sc, String base) {
        this.sc = sc;
        this.base = base;
        this.componentsOnDriver = sc.getConf().getLong(COMPONENTS_ON_DRIVER, COMPONENTS_ON_DRIVER_DEFAULT);
        new Iris(base);
    }

    /**
     * What resolution needs of an article, read from its graph once: its version (for the digest),
     * its day, each mention's own triples, the ids of each kind's mentions and of the mentions each
     * refers to; and the instance every mention resolved so far denotes.
     */
    record ArticleState(String iri, String version, byte[] day, HashMap<String, byte[]> triplesOf,
                        HashMap<MentionKind, ArrayList<String>> idsOf, HashMap<String, ArrayList<String>> refersTo,
                        HashMap<String, String> instanceOf) implements Serializable {
        static ArticleState of(Iris iris, String articleIri, String nquads) {
            Graph g = GraphFactory.createDefaultGraph();
            // Written by this job's own mapping: valid, so the parser need not check every IRI again.
            RDFParser.fromString(nquads, Lang.NQUADS).checking(false).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    g.add(quad.asTriple());
                }
            });
            StoredArticle a = new ArticleGraphReader().read(g)
                    .orElseThrow(() -> new IllegalStateException("no article in the graph of " + articleIri));
            Graph issued = GraphFactory.createDefaultGraph();
            g.find(NodeFactory.createURI(a.iri()), DCTERMS.issued, Node.ANY).forEachRemaining(issued::add);
            HashMap<String, byte[]> triplesOf = new HashMap<>();
            HashMap<MentionKind, ArrayList<String>> idsOf = new HashMap<>();
            HashMap<String, ArrayList<String>> refersTo = new HashMap<>();
            String prefix = a.iri() + "#";
            for (MentionKind kind : MentionKind.values()) {
                ArrayList<String> ids = new ArrayList<>();
                for (String m : mentionsOf(kind, a)) {
                    String id = m.substring(m.indexOf('#') + 1);
                    ids.add(id);
                    Graph own = GraphFactory.createDefaultGraph();
                    g.find(NodeFactory.createURI(m), Node.ANY, Node.ANY).forEachRemaining(own::add);
                    triplesOf.put(id, ThriftGraphs.bytes(own));
                    ArrayList<String> refs = new ArrayList<>();
                    own.find().forEachRemaining(t -> {
                        if (t.getObject().isURI() && t.getObject().getURI().startsWith(prefix)) {
                            refs.add(t.getObject().getURI().substring(prefix.length()));
                        }
                    });
                    refersTo.put(id, refs);
                }
                idsOf.put(kind, ids);
            }
            return new ArticleState(a.iri(), StoredResolution.version(iris.graphOfArticle(a.iri()), a.contentHash()),
                    ThriftGraphs.bytes(issued), triplesOf, idsOf, refersTo, new HashMap<>());
        }

        /**
         * The article as resolving its mentions of one kind reads it (as {@code ./parley load} reads a
         * stored article): its day, those mentions, and what they refer to in it (a person's
         * affiliation, a demand's statement).
         */
        Graph partFor(MentionKind kind) {
            List<byte[]> parts = new ArrayList<>(List.of(day));
            Set<String> refs = new TreeSet<>();
            for (String id : idsOf.getOrDefault(kind, new ArrayList<>())) {
                parts.add(triplesOf.get(id));
                refs.addAll(refersTo.get(id));
            }
            refs.removeAll(idsOf.getOrDefault(kind, new ArrayList<>()));
            refs.stream().filter(triplesOf::containsKey).forEach(id -> parts.add(triplesOf.get(id)));
            return ThriftGraphs.graph(parts);
        }

        ArticleState with(Map<String, String> more) {
            HashMap<String, String> all = new HashMap<>(instanceOf);
            all.putAll(more);
            return new ArticleState(iri, version, day, triplesOf, idsOf, refersTo, all);
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

    /**
     * A mention in a stage, with all its resolution needs: its blocking keys, the blocks it reads, and
     * of its article, as {@code ./parley load} reads a stored article, its day and the triples of the
     * mention and of what is read along with it (a person's affiliation, a demand's statement), and
     * what the mentions those refer to (parties, speakers, statements, meetings) denote. Not the
     * article's text: a component that holds every mention of a country gathers those, not every
     * article whole.
     */
    record MentionSlice(String article, String localId, ArrayList<String> keys, ArrayList<String> reads, byte[] triples,
                        ArrayList<String> readIds, HashMap<String, String> refers) implements Serializable {
        static MentionSlice of(ArticleState s, Graph g, StoredArticle a, MentionKind kind, String mention, Set<String> keys,
                               Set<String> reads) {
            String localId = mention.substring(mention.indexOf('#') + 1);
            Set<String> along = BlockResolution.readAlong(kind, a.extraction(), Set.of(localId));
            Graph part = GraphFactory.createDefaultGraph();
            g.find(NodeFactory.createURI(a.iri()), DCTERMS.issued, Node.ANY).forEachRemaining(part::add);
            along.forEach(id -> g.find(NodeFactory.createURI(Iris.mention(a.iri(), id)), Node.ANY, Node.ANY)
                    .forEachRemaining(part::add));
            HashMap<String, String> refers = new HashMap<>();
            part.find().forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isURI() && o.getURI().startsWith(a.iri() + "#") && s.instanceOf().containsKey(o.getURI())) {
                    refers.put(o.getURI(), s.instanceOf().get(o.getURI()));
                }
            });
            return new MentionSlice(a.iri(), localId, new ArrayList<>(keys), new ArrayList<>(reads), ThriftGraphs.bytes(part),
                    new ArrayList<>(along), refers);
        }
    }

    /**
     * What a task resolved: each member's instance, the meetings' name keys, the actors found (for
     * the stages after); and, once per task, the N-Quads of what it resolved.
     */
    record Outcome(HashMap<String, String> instanceOf, HashMap<String, String> instanceKeys, ArrayList<ActorFacts> actors,
                   String nquads) implements Serializable {}

    /**
     * How many partitions every shuffle of the resolution has: one per core, and more once they would
     * hold more than {@value #ARTICLES_PER_PARTITION} articles each. A stage has a dozen shuffles and
     * every task costs some milliseconds of scheduling whatever it holds, so small inputs want few.
     */
    static int partitions(long articles, int cores) {
        return (int) Math.max(cores, Math.min(Integer.MAX_VALUE, (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION));
    }

    /**
     * @param articles each article's IRI with the N-Quads of its graph
     * @return the N-Quads lines of the resolved graph, the index and the digest
     */
    JavaRDD<String> resolve(JavaPairRDD<String, String> articles) {
        String baseIri = base;
        Partitioner partitioner = new HashPartitioner(partitions(articles.count(), sc.defaultParallelism()));
        JavaPairRDD<String, ArticleState> states = articles
                .mapToPair(t -> new Tuple2<>(t._1(), ArticleState.of(new Iris(baseIri), t._1(), t._2())))
                .partitionBy(partitioner)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Broadcast<HashMap<String, ActorFacts>> actors = sc.broadcast(new HashMap<>());
        List<JavaRDD<String>> written = new ArrayList<>();
        for (MentionKind kind : MentionKind.values()) {
            JavaRDD<Outcome> outcomes = stage(kind, states, actors, partitioner);
            written.add(outcomes.filter(o -> o.nquads() != null).map(Outcome::nquads));
            if (kind == MentionKind.ACTOR) {
                HashMap<String, ActorFacts> table = new HashMap<>();
                outcomes.flatMap(o -> o.actors().iterator()).collect().forEach(a -> table.put(a.iri(), a));
                actors = sc.broadcast(table);
            }
            // Shuffled as plain pairs and merged per partition: Spark's own join would put every state in a
            // map whose size it keeps estimating, which costs more than the merge.
            JavaPairRDD<String, Tuple2<String, String>> found = outcomes
                    .flatMapToPair(o -> o.instanceOf().entrySet().stream()
                            .map(e -> new Tuple2<>(articleOf(e.getKey()), new Tuple2<>(e.getKey(), e.getValue()))).iterator())
                    .partitionBy(partitioner);
            JavaPairRDD<String, ArticleState> next = JavaPairRDD.fromJavaRDD(states.zipPartitions(found, (ss, fs) -> {
                Map<String, Map<String, String>> byArticle = new HashMap<>();
                fs.forEachRemaining(f -> byArticle.computeIfAbsent(f._1(), k -> new HashMap<>()).put(f._2()._1(), f._2()._2()));
                List<Tuple2<String, ArticleState>> out = new ArrayList<>();
                ss.forEachRemaining(t -> out.add(new Tuple2<>(t._1(), t._2().with(byArticle.getOrDefault(t._1(), Map.of())))));
                return out.iterator();
            })).persist(StorageLevel.MEMORY_AND_DISK_SER());
            next.count();
            states.unpersist();
            states = next;
        }
        List<String> versions = states.values().map(ArticleState::version).collect();
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
                                   Broadcast<HashMap<String, ActorFacts>> actors, Partitioner partitioner) {
        String baseIri = base;
        JavaPairRDD<String, MentionSlice> mentions = states.values().flatMapToPair(s -> {
            Iris iris = new Iris(baseIri);
            Graph g = s.partFor(kind);
            Set<String> wanted = new TreeSet<>();
            s.idsOf().get(kind).forEach(id -> wanted.add(Iris.mention(s.iri(), id)));
            Set<String> read = new TreeSet<>();
            g.find().forEachRemaining(t -> {
                String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
                if (subject.startsWith(s.iri() + "#")) {
                    read.add(subject.substring(s.iri().length() + 1));
                }
            });
            StoredArticle a = new ArticleGraphReader().readMentions(g, s.iri(), read);
            BlockResolution blocks = new BlockResolution(iris, s.instanceOf(), lookup(actors.value()));
            Map<String, Set<String>> keys = blocks.blockKeys(kind, a, wanted);
            Map<String, Set<String>> reads = blocks.reads(kind, a, keys);
            List<Tuple2<String, MentionSlice>> out = new ArrayList<>();
            for (String m : new TreeSet<>(keys.keySet())) {
                out.add(new Tuple2<>(m, MentionSlice.of(s, g, a, kind, m, keys.get(m), reads.get(m))));
            }
            return out.iterator();
        }).partitionBy(partitioner).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Meetings named alike are numbered together: a name key joins the components of its meetings, until none does.
        JavaPairRDD<String, List<String>> extra = sc.parallelizePairs(new ArrayList<Tuple2<String, List<String>>>(), 1);
        JavaRDD<Outcome> outcomes = null;
        for (int round = 0; round < NAME_ROUNDS; round++) {
            JavaPairRDD<String, List<String>> reads = mentions.mapValues(b -> (List<String>) b.reads())
                    .leftOuterJoin(extra, partitioner).mapValues(t -> {
                        List<String> all = new ArrayList<>(t._1());
                        if (t._2().isPresent()) {
                            all.addAll(t._2().get());
                        }
                        return all;
                    });
            JavaPairRDD<String, String> component = BlockComponents.of(reads, partitioner, componentsOnDriver).partitionBy(partitioner)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            JavaRDD<Outcome> resolved = resolveComponents(kind, mentions, component, actors, partitioner)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
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
            JavaPairRDD<String, String> blockComponent = reads.join(component, partitioner)
                    .flatMapToPair(t -> t._2()._1().stream().map(b -> new Tuple2<>(b, t._2()._2())).iterator()).distinct(partitioner.numPartitions());
            JavaPairRDD<String, String> joining = named.join(component, partitioner)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                    .join(blockComponent, partitioner)
                    .filter(t -> !t._2()._1()._2().equals(t._2()._2()))
                    .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()));
            if (joining.isEmpty()) {
                break;
            }
            extra = extra.union(joining.mapValues(List::of)).reduceByKey(partitioner, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
        outcomes.count();
        mentions.unpersist();
        return outcomes;
    }

    /** Groups each component's mentions, and resolves each component in one task. */
    private JavaRDD<Outcome> resolveComponents(MentionKind kind, JavaPairRDD<String, MentionSlice> mentions,
                                               JavaPairRDD<String, String> component,
                                               Broadcast<HashMap<String, ActorFacts>> actors, Partitioner partitioner) {
        String baseIri = base;
        // Both are partitioned by mention alike: each partition pairs its mentions with their components
        // in a map of its own, and the mentions go to their component's partition as plain pairs.
        JavaRDD<Tuple2<String, MentionSlice>> byComponent = mentions.zipPartitions(component, (ms, cs) -> {
            Map<String, String> componentOf = new HashMap<>();
            cs.forEachRemaining(c -> componentOf.put(c._1(), c._2()));
            List<Tuple2<String, MentionSlice>> out = new ArrayList<>();
            ms.forEachRemaining(m -> out.add(new Tuple2<>(componentOf.get(m._1()), m._2())));
            return out.iterator();
        });
        return JavaPairRDD.fromJavaRDD(byComponent).partitionBy(partitioner)
                .mapPartitions(slices -> resolveAll(kind, slices, new Iris(baseIri), actors.value()));
    }

    /** Resolves the components of one task, and writes what they resolved into one in-memory dataset. */
    private static Iterator<Outcome> resolveAll(MentionKind kind, Iterator<Tuple2<String, MentionSlice>> byComponentKey,
                                                Iris iris, Map<String, ActorFacts> actors) {
        Map<String, List<MentionSlice>> byComponent = new TreeMap<>();
        byComponentKey.forEachRemaining(t -> byComponent.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2()));
        Iterator<List<MentionSlice>> components = byComponent.values().iterator();
        List<Outcome> out = new ArrayList<>();
        // Written once and read by one thread: a plain in-memory dataset, without a transaction per quad added.
        DatasetGraph dsg = DatasetGraphFactory.create();
        StoredResolution written = new StoredResolution(dsg, iris);
        Function<String, ResolvedActor> actorLookup = lookup(actors);
        ArticleGraphReader reader = new ArticleGraphReader();
        while (components.hasNext()) {
            Map<String, List<MentionSlice>> byArticle = new TreeMap<>();
            components.next().forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
            Map<String, String> earlier = new HashMap<>();
            Map<String, Set<String>> keys = new TreeMap<>();
            List<StoredArticle> articles = new ArrayList<>();
            Set<String> members = new TreeSet<>();
            byArticle.forEach((article, slices) -> {
                List<byte[]> parts = new ArrayList<>();
                Set<String> readIds = new TreeSet<>();
                for (MentionSlice m : slices) {
                    String mention = Iris.mention(article, m.localId());
                    members.add(mention);
                    keys.put(mention, new TreeSet<>(m.keys()));
                    earlier.putAll(m.refers());
                    readIds.addAll(m.readIds());
                    parts.add(m.triples());
                }
                articles.add(reader.readMentions(ThriftGraphs.graph(parts), article, readIds));
            });
            articles.sort(Comparator.comparing(StoredArticle::iri));
            BlockResolution.Result r = new BlockResolution(iris, earlier, actorLookup).resolve(kind, articles, members);
            ResolvedCorpus kept = BlockResolution.keeping(r.instances(), new HashSet<>(r.instanceOf().values()));
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

    private static String nquads(Quad q) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.add(q);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        RDFDataMgr.write(text, one, Lang.NQUADS);
        return text.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
