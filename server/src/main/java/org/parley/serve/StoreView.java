package org.parley.serve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.StoredResolution;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * What the web parts of the server read from the store: its base IRI, the mapping between IRIs and
 * the paths they are served at, labels, and a version token that says when the store changed.
 */
public final class StoreView {
    private static final long VERSION_TTL_NANOS = 1_000_000_000L;
    private static final int LABEL_CACHE_SIZE = 200_000;

    private final ParleyStore store;
    private final AtomicReference<Versioned> version = new AtomicReference<>();
    private final AtomicReference<LabelCache> labels = new AtomicReference<>();
    private final AtomicLong edits = new AtomicLong();

    public StoreView(ParleyStore store) {
        this.store = requireNonNull(store, "store");
    }

    public ParleyStore store() {
        return store;
    }

    /**
     * A token that changes whenever the store changed: the digest of the articles the resolved
     * graph was computed from and the time of the last load run, which every load that changes
     * anything writes (any process, any thread), and the number of SPARQL Update and Graph Store
     * Protocol writes this server took ({@link #edited()}), which change neither. Caches and the
     * search index compare it to know they are stale. Read at most once a second.
     */
    public String version() {
        long now = System.nanoTime();
        Versioned last = version.get();
        if (last != null && now - last.readAt() < VERSION_TTL_NANOS) {
            return last.token();
        }
        String token = store.read(dsg -> {
            StringBuilder b = new StringBuilder();
            dsg.find(Node.ANY, NodeFactory.createURI(base() + "graph/resolved"), Parley.contentHash, Node.ANY)
                    .forEachRemaining(q -> b.append(q.getObject().getLiteralLexicalForm()));
            b.append('|');
            dsg.find(Node.ANY, NodeFactory.createURI(base() + "id/dataset"), Vocab.DCTERMS.modified, Node.ANY)
                    .forEachRemaining(q -> b.append(q.getObject().getLiteralLexicalForm()));
            b.append('|').append(edits.get());
            return b.toString();
        });
        version.set(new Versioned(token, now));
        return token;
    }

    /**
     * The part of a {@linkplain #version() version token} that means the same in another process:
     * without the count of edits, which each server counts from its start. What is kept on disk
     * beside the store (the search index) compares this.
     */
    public static String lasting(String version) {
        int last = version.lastIndexOf('|');
        return last < 0 ? version : version.substring(0, last);
    }

    /** Marks what was read from the store as stale at once, as after a write in this process. */
    public void changed() {
        version.set(null);
    }

    /** Counts a write that no load recorded (a SPARQL Update, a Graph Store Protocol request): the store changed. */
    public void edited() {
        edits.incrementAndGet();
        changed();
    }

    private Map<Node, String> labelCache() {
        String v = version();
        LabelCache c = labels.get();
        if (c == null || !c.version().equals(v)) {
            c = new LabelCache(v, new ConcurrentHashMap<>());
            labels.set(c);
        }
        return c.labels();
    }

    private record Versioned(String token, long readAt) {}

    private record LabelCache(String version, Map<Node, String> labels) {}

    /** The base the store was loaded with; the default base if nothing was loaded yet. */
    public String base() {
        return store.baseIri().orElse(Iris.DEFAULT_BASE);
    }

    /**
     * The path part of the base ({@code /} for {@code http://host:port/}, {@code /kg/} for
     * {@code https://example.org/kg/}): resource paths are served both with and without it.
     */
    public String basePath() {
        String path = java.net.URI.create(base()).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    /** A request path with the base's own path taken off the front, so that {@code /kg/id/x} becomes {@code /id/x}. */
    public String localPath(String requestPath) {
        String prefix = basePath();
        return !prefix.equals("/") && requestPath.startsWith(prefix) ? requestPath.substring(prefix.length() - 1) : requestPath;
    }

    /** The IRI a request path names ({@code /id/person/x} under the store's base). */
    public String iriOf(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The local path an IRI is served at, when it is one of Parley's; else empty. */
    public Optional<String> pathOf(String iri) {
        String base = base();
        if (iri.startsWith(base)) {
            String rest = iri.substring(base.length());
            int hash = rest.indexOf('#');
            return Optional.of("/" + (hash < 0 ? rest : rest.substring(0, hash)));
        }
        return Optional.empty();
    }

    /** A link target for an IRI: its page on this server, else the IRI itself. */
    public String href(String iri) {
        return pathOf(iri).map(p -> p.startsWith("/id/") ? "/page/" + p.substring(4) : p).orElse(iri);
    }

    /**
     * What a person reads for a node: its label (see {@link Labels}: made from what it links to
     * when it has none), a literal as a value (a date as a date, never a language tag or datatype).
     */
    public String label(Node n) {
        if (n.isLiteral()) {
            return Values.text(n);
        }
        Map<Node, String> cache = labelCache();
        String known = cache.get(n);
        if (known != null) {
            return known;
        }
        String made = store.read(dsg -> new Labels(dsg.getUnionGraph()).of(n));
        if (cache.size() < LABEL_CACHE_SIZE) {
            cache.put(n, made);
        }
        return made;
    }

    public String label(String iri) {
        return label(NodeFactory.createURI(iri));
    }

    /**
     * The instance an IRI now stands for, when resolution merged or renamed what it named: such an
     * IRI keeps only its {@code owl:sameAs} link, so that links to it from elsewhere still lead somewhere.
     */
    public Optional<String> aliasOf(String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(dsg -> {
            var graph = dsg.getUnionGraph();
            if (graph.find(n, Vocab.RDF.type, Node.ANY).hasNext()) {
                return Optional.empty();
            }
            return graph.find(n, Vocab.OWL.sameAs, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isURI).map(Node::getURI).findFirst();
        });
    }

    public boolean exists(String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(dsg -> dsg.getUnionGraph().find(n, Node.ANY, Node.ANY).hasNext());
    }

    /** What the store says about {@code subject}, without the loader's resolution index. */
    public List<Triple> outgoing(Node subject) {
        return store.read(dsg -> dsg.getUnionGraph().find(subject, Node.ANY, Node.ANY)
                .filterDrop(StoredResolution::isIndexTriple).toList());
    }

    /** Up to {@code limit} statements about other resources that point at {@code object}, without the resolution index. */
    public List<Triple> incoming(Node object, int limit) {
        return store.read(dsg -> {
            List<Triple> out = new ArrayList<>();
            var it = dsg.getUnionGraph().find(Node.ANY, Node.ANY, object).filterDrop(StoredResolution::isIndexTriple);
            while (it.hasNext() && out.size() < limit) {
                out.add(it.next());
            }
            it.close();
            return out;
        });
    }

    /** Which graphs the server shows: every graph but the loader's resolution index. */
    public java.util.function.Predicate<Node> shownGraphs() {
        Node index = NodeFactory.createURI(new Iris(base()).resolutionGraph());
        return graph -> !index.equals(graph);
    }

    /** Runs a SELECT query; the rows are copied inside the read transaction, so they outlive it. */
    public List<Row> select(String sparql) {
        List<Row> rows = new ArrayList<>();
        store.select(sparql, solution -> rows.add(Row.of(solution)));
        return rows;
    }

    /** Runs a SELECT query with {@code ?x} bound to {@code x}'s node, through Jena's substitution API. */
    public List<Row> select(String sparql, java.util.Map<String, Node> values) {
        return select(org.apache.jena.query.QueryFactory.create(sparql), values);
    }

    /** Runs a parsed SELECT query with {@code ?x} bound to {@code x}'s node, through Jena's substitution API. */
    public List<Row> select(org.apache.jena.query.Query query, java.util.Map<String, Node> values) {
        List<Row> rows = new ArrayList<>();
        store.select(query, values, solution -> rows.add(Row.of(solution)));
        return rows;
    }

    /** One result row, as plain nodes. */
    public record Row(java.util.Map<String, Node> values) {
        static Row of(QuerySolution s) {
            java.util.Map<String, Node> m = new java.util.HashMap<>();
            s.varNames().forEachRemaining(v -> {
                if (s.get(v) != null) {
                    m.put(v, s.get(v).asNode());
                }
            });
            return new Row(m);
        }

        public Optional<Node> node(String var) {
            return Optional.ofNullable(values.get(var));
        }

        public String text(String var) {
            Node n = values.get(var);
            if (n == null) {
                return "";
            }
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        }
    }
}
