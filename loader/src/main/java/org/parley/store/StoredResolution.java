package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.extract.ActorKind;
import org.parley.rdf.ArticleGraphReader;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.rdf.ResolvedMapper;
import org.parley.rdf.StoredArticle;
import org.parley.resolve.MentionKind;
import org.parley.resolve.MentionRef;
import org.parley.resolve.ResolutionChange;
import org.parley.resolve.ResolutionSource;
import org.parley.resolve.ResolvedActor;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.OWL;
import org.parley.vocab.Vocab.RDF;
import org.parley.vocab.Vocab.RDFS;
import org.parley.vocab.Vocab.SKOS;

/**
 * Resolution's view of the store, inside one transaction: the resolution index (graph
 * {@code {base}graph/resolution}: each mention's blocking keys, articles awaiting resolution,
 * mentions of removed article versions), the resolved graph, and the article graphs. Applies a
 * {@link ResolutionChange} as a delta: only triples that differ are deleted or added, so a load
 * that touches a few blocks rewrites a few instances, not the whole resolved graph.
 */
public final class StoredResolution implements ResolutionSource {
    private static final Node TRUE = Nodes.bool(true);
    /**
     * The version of the blocking keys, kept on the index itself; change it with the keys of any kind,
     * so that a store indexed under the old ones is resolved again from its articles once.
     */
    private static final String KEY_SCHEME = "scheme|4: statements and demands by day, meetings by month, people by exact name too";
    /** The properties only the index uses: what serving, dumps and exports leave out. */
    private static final Set<Node> INDEX_PROPERTIES = Set.of(Parley.blockKey, Parley.awaitsResolution, Parley.removedMention,
            Parley.removedVersion);

    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node index;
    private final Node resolved;
    private final ArticleGraphReader reader = new ArticleGraphReader();
    /** The days of the articles read so far: a resolution is one transaction, in which they do not change. */
    private final Map<String, Optional<LocalDate>> issued = new HashMap<>();

    public StoredResolution(DatasetGraph dsg, Iris iris) {
        this.dsg = requireNonNull(dsg, "dsg");
        this.iris = requireNonNull(iris, "iris");
        this.index = Nodes.iri(iris.resolutionGraph());
        this.resolved = Nodes.iri(iris.resolvedGraph());
    }

    /**
     * Whether a triple is the loader's bookkeeping (a blocking key, a mark awaiting resolution),
     * which only the index graph holds: not data for analysts.
     */
    public static boolean isIndexTriple(Triple t) {
        return INDEX_PROPERTIES.contains(t.getPredicate());
    }

    // --- what awaits resolution --------------------------------------------------------------------

    /** Marks an article as stored but not yet resolved (in the transaction that stores it). */
    public void awaitResolution(String articleIri) {
        dsg.add(index, Nodes.iri(articleIri), Parley.awaitsResolution, TRUE);
    }

    /**
     * Records the mentions of an article version about to be removed, so resolution takes them out,
     * and, when it was resolved, its graph and hash, which leave the digest of the resolved articles.
     */
    public void removing(String articleIri, Graph articleGraph) {
        Node article = Nodes.iri(articleIri);
        if (!dsg.contains(index, article, Parley.awaitsResolution, TRUE)) {
            articleGraph.find(article, Parley.contentHash, Node.ANY).forEachRemaining(t -> dsg.add(index, article,
                    Parley.removedVersion, Nodes.text(version(iris.graphOfArticle(articleIri), t.getObject().getLiteralLexicalForm()))));
        }
        Set<Node> mentions = new HashSet<>();
        articleGraph.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(articleIri + "#")) {
                mentions.add(t.getSubject());
            }
        });
        mentions.forEach(m -> dsg.add(index, article, Parley.removedMention, m));
        dsg.delete(index, article, Parley.awaitsResolution, TRUE);
    }

    public Set<String> articlesAwaitingResolution() {
        Set<String> out = new TreeSet<>();
        dsg.find(index, Node.ANY, Parley.awaitsResolution, Node.ANY).forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    public Set<String> removedMentions() {
        Set<String> out = new TreeSet<>();
        dsg.find(index, Node.ANY, Parley.removedMention, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getURI()));
        return out;
    }

    /** The graph and hash of each resolved article version removed since (see {@link #removing}). */
    public List<String> removedVersions() {
        List<String> out = new ArrayList<>();
        dsg.find(index, Node.ANY, Parley.removedVersion, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    /** The graph and hash of a stored article, as {@link #removedVersions} gives them. */
    public Optional<String> version(String articleIri) {
        String graph = iris.graphOfArticle(articleIri);
        var it = dsg.find(Nodes.iri(graph), Nodes.iri(articleIri), Parley.contentHash, Node.ANY);
        return it.hasNext() ? Optional.of(version(graph, it.next().getObject().getLiteralLexicalForm())) : Optional.empty();
    }

    /** How an article version is named in the digest of resolved articles: its graph and its content hash. */
    public static String version(String graph, String contentHash) {
        return graph + " " + contentHash;
    }

    public boolean awaitsAnything() {
        return dsg.find(index, Node.ANY, Parley.awaitsResolution, Node.ANY).hasNext()
                || dsg.find(index, Node.ANY, Parley.removedMention, Node.ANY).hasNext();
    }

    /**
     * Whether the store has a resolution index made with the blocking keys of this version: stores
     * resolved before the index existed have none, and an index of other keys would miss members.
     */
    public boolean indexed() {
        return dsg.contains(index, index, Parley.blockKey, Nodes.text(KEY_SCHEME));
    }

    /** Forgets every blocking key and resolved instance, to resolve everything again from the articles. */
    public void clear() {
        dsg.removeGraph(index);
        dsg.removeGraph(resolved);
    }

    // --- ResolutionSource ----------------------------------------------------------------------------

    @Override
    public Set<String> members(String blockKey) {
        Set<String> out = new TreeSet<>();
        dsg.find(index, Node.ANY, Parley.blockKey, Nodes.text(blockKey)).forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    @Override
    public Optional<String> anyMember(String blockKey, Predicate<String> wanted) {
        var it = dsg.find(index, Node.ANY, Parley.blockKey, Nodes.text(blockKey));
        try {
            while (it.hasNext()) {
                String m = it.next().getSubject().getURI();
                if (wanted.test(m)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    @Override
    public Set<String> blockKeys(String mention) {
        Set<String> out = new TreeSet<>();
        dsg.find(index, Nodes.iri(mention), Parley.blockKey, Node.ANY)
                .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    @Override
    public Optional<String> instanceOf(String mention) {
        var it = dsg.find(resolved, Node.ANY, Parley.denotedBy, Nodes.iri(mention));
        return it.hasNext() ? Optional.of(it.next().getSubject().getURI()) : Optional.empty();
    }

    @Override
    public Set<String> mentionsOf(String instance) {
        Set<String> out = new TreeSet<>();
        dsg.find(resolved, Nodes.iri(instance), Parley.denotedBy, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getURI()));
        return out;
    }

    @Override
    public Optional<ResolvedActor> actor(String iri) {
        Node s = Nodes.iri(iri);
        Optional<ActorKind> kind = Optional.empty();
        var types = dsg.find(resolved, s, RDF.type, Node.ANY);
        while (types.hasNext() && kind.isEmpty()) {
            Node t = types.next().getObject();
            kind = t.equals(Parley.Person) ? Optional.of(ActorKind.PERSON) : t.equals(Parley.Country) ? Optional.of(ActorKind.COUNTRY)
                    : t.equals(Parley.Organization) ? Optional.of(ActorKind.ORGANIZATION)
                    : t.equals(Parley.Place) ? Optional.of(ActorKind.PLACE) : Optional.empty();
        }
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> affiliation = object(s, kind.get() == ActorKind.PLACE ? Parley.locatedIn : Parley.affiliation)
                .map(Node::getURI);
        return Optional.of(new ResolvedActor(iri, kind.get(), object(s, RDFS.label).map(Node::getLiteralLexicalForm).orElse(""),
                new TreeSet<>(), new TreeSet<>(), affiliation,
                object(s, Parley.countryCode).map(Node::getLiteralLexicalForm),
                object(s, Parley.named).map(n -> !"false".equals(n.getLiteralLexicalForm())).orElse(true), List.of(), 0));
    }

    @Override
    public Set<String> affiliatedWith(String actorIri) {
        Set<String> out = new TreeSet<>();
        dsg.find(resolved, Node.ANY, Parley.affiliation, Nodes.iri(actorIri)).forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    @Override
    public Optional<ResolvedActor> wholeActor(String iri) {
        return actorWithoutMentions(iri).map(a -> {
            List<MentionRef> mentions = new java.util.ArrayList<>();
            for (String m : mentionsOf(iri)) {
                mentions.add(new MentionRef(m, m.substring(0, m.indexOf('#'))));
            }
            return new ResolvedActor(iri, a.kind(), a.label(), a.altLabels(), a.roles(), a.affiliation(), a.countryCode(),
                    a.named(), mentions, a.confidence());
        });
    }

    @Override
    public Optional<ResolvedActor> actorWithoutMentions(String iri) {
        return actor(iri).map(a -> {
            Node s = Nodes.iri(iri);
            TreeSet<String> alt = new TreeSet<>();
            dsg.find(resolved, s, SKOS.altLabel, Node.ANY).forEachRemaining(q -> alt.add(q.getObject().getLiteralLexicalForm()));
            TreeSet<String> roles = new TreeSet<>();
            dsg.find(resolved, s, Parley.role, Node.ANY).forEachRemaining(q -> roles.add(q.getObject().getLiteralLexicalForm()));
            double confidence = object(s, Parley.confidence).map(n -> Double.parseDouble(n.getLiteralLexicalForm())).orElse(0.0);
            return new ResolvedActor(iri, a.kind(), a.label(), alt, roles, a.affiliation(), a.countryCode(), a.named(), List.of(),
                    confidence);
        });
    }

    @Override
    public Optional<StoredArticle> article(String articleIri) {
        return reader.read(dsg.getGraph(Nodes.iri(iris.graphOfArticle(articleIri))));
    }

    @Override
    public Map<String, StoredArticle> mentions(Map<String, ? extends Collection<String>> localIdsByArticle) {
        Map<String, StoredArticle> out = new TreeMap<>();
        localIdsByArticle.forEach((article, ids) -> {
            Graph g = dsg.getGraph(Nodes.iri(iris.graphOfArticle(article)));
            // Resolution asks for an article's mentions a few at a time as its blocks grow; its day is read once.
            Optional<LocalDate> day = issued.computeIfAbsent(article, a -> reader.issued(g, a));
            out.put(article, reader.readMentions(g, article, day, ids));
        });
        return out;
    }

    @Override
    public Map<String, MentionKind> referrers(String mention) {
        Node m = Nodes.iri(mention);
        String article = mention.substring(0, mention.indexOf('#'));
        Graph g = dsg.getGraph(Nodes.iri(iris.graphOfArticle(article)));
        Map<String, MentionKind> out = new TreeMap<>();
        g.find(Node.ANY, Node.ANY, m).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !s.equals(m) && s.getURI().startsWith(article + "#")) {
                kindOf(g, s).ifPresent(k -> out.put(s.getURI(), k));
            }
        });
        return out;
    }

    private static Optional<MentionKind> kindOf(Graph g, Node mention) {
        var it = g.find(mention, RDF.type, Node.ANY);
        while (it.hasNext()) {
            Node t = it.next().getObject();
            if (t.equals(Parley.ActorMention)) {
                return Optional.of(MentionKind.ACTOR);
            } else if (t.equals(Parley.NegotiationMention)) {
                return Optional.of(MentionKind.NEGOTIATION);
            } else if (t.equals(Parley.StatementMention)) {
                return Optional.of(MentionKind.STATEMENT);
            } else if (t.equals(Parley.DelegationMention)) {
                return Optional.of(MentionKind.DELEGATION);
            } else if (t.equals(Parley.DemandMention)) {
                return Optional.of(MentionKind.DEMAND);
            }
        }
        return Optional.empty();
    }

    private Optional<Node> object(Node s, Node p) {
        var it = dsg.find(resolved, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    // --- applying a change ---------------------------------------------------------------------------

    /**
     * Writes a change: each instance's triples as a delta against what is stored, retired
     * instances removed (with {@code owl:sameAs} to their successor, and older aliases moved on
     * to it), the blocking keys of the mentions looked at, and nothing left awaiting resolution.
     * Returns the number of quads added and deleted.
     */
    public long apply(ResolutionChange change) {
        Graph fresh = GraphFactory.createDefaultGraph();
        new ResolvedMapper().map(change.instances(), StreamRDFLib.graph(fresh));
        Set<Node> written = new java.util.LinkedHashSet<>();
        change.instances().actors().forEach(a -> written.add(Nodes.iri(a.iri())));
        change.instances().negotiations().forEach(a -> written.add(Nodes.iri(a.iri())));
        change.instances().statements().forEach(a -> written.add(Nodes.iri(a.iri())));
        change.instances().delegations().forEach(a -> written.add(Nodes.iri(a.iri())));
        change.instances().demands().forEach(a -> written.add(Nodes.iri(a.iri())));
        long touched = 0;
        for (String iri : change.extended()) {
            Node instance = Nodes.iri(iri);
            written.remove(instance);
            for (Triple t : owned(fresh, instance)) {
                // Only the confidence can change among what an actor says once; the rest adds up.
                if (t.getPredicate().equals(Parley.confidence)) {
                    dsg.deleteAny(resolved, instance, Parley.confidence, Node.ANY);
                }
                if (!dsg.contains(resolved, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.add(new Quad(resolved, t));
                    touched++;
                }
            }
        }
        for (Node instance : written) {
            Set<Triple> now = owned(fresh, instance);
            Set<Triple> before = owned(dsg.getGraph(resolved), instance);
            for (Triple t : before) {
                if (!now.contains(t)) {
                    dsg.delete(new Quad(resolved, t));
                    touched++;
                }
            }
            for (Triple t : now) {
                if (!before.contains(t)) {
                    dsg.add(new Quad(resolved, t));
                    touched++;
                }
            }
        }
        for (Map.Entry<String, Optional<String>> e : change.retired().entrySet()) {
            Node old = Nodes.iri(e.getKey());
            for (Triple t : owned(dsg.getGraph(resolved), old)) {
                dsg.delete(new Quad(resolved, t));
                touched++;
            }
            // Older aliases of the retired instance move on to its successor, or go with it when it has none.
            List<Quad> older = new java.util.ArrayList<>();
            dsg.find(resolved, Node.ANY, OWL.sameAs, old).forEachRemaining(older::add);
            older.forEach(dsg::delete);
            if (e.getValue().isPresent()) {
                Node successor = Nodes.iri(e.getValue().get());
                dsg.add(resolved, old, OWL.sameAs, successor);
                older.forEach(q -> dsg.add(resolved, q.getSubject(), OWL.sameAs, successor));
                touched++;
            }
        }
        for (Map.Entry<String, Set<String>> e : change.blockKeys().entrySet()) {
            Node m = Nodes.iri(e.getKey());
            Set<String> before = blockKeys(e.getKey());
            for (String k : before) {
                if (!e.getValue().contains(k)) {
                    dsg.delete(index, m, Parley.blockKey, Nodes.text(k));
                }
            }
            for (String k : e.getValue()) {
                if (!before.contains(k)) {
                    dsg.add(index, m, Parley.blockKey, Nodes.text(k));
                }
            }
        }
        dsg.deleteAny(index, Node.ANY, Parley.awaitsResolution, Node.ANY);
        dsg.deleteAny(index, Node.ANY, Parley.removedMention, Node.ANY);
        dsg.deleteAny(index, Node.ANY, Parley.removedVersion, Node.ANY);
        dsg.add(index, index, Parley.blockKey, Nodes.text(KEY_SCHEME));
        return touched;
    }

    /**
     * The triples that belong to one instance: those about it, except the links from a
     * negotiation to its delegations, which belong to the delegations (they are written with them).
     */
    private static Set<Triple> owned(Graph g, Node instance) {
        Set<Triple> out = new HashSet<>();
        g.find(instance, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(Parley.delegation)) {
                out.add(t);
            }
        });
        g.find(Node.ANY, Parley.delegation, instance).forEachRemaining(out::add);
        return out;
    }
}
