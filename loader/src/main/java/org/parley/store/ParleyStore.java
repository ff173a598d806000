package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.parley.rdf.ArticleGraphReader;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;
import org.parley.vocab.Parley;

/**
 * The Apache Jena TDB2 dataset Parley loads into: one named graph per article, plus graphs for what
 * is resolved across articles, for load runs and for the vocabulary. Every change is one TDB2
 * write transaction, so a load killed midway (even {@code kill -9}) leaves every finished article
 * whole. Queries see the union of all graphs as their default graph.
 */
public final class ParleyStore implements AutoCloseable {
    private final Path directory;
    private final Dataset dataset;

    private ParleyStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if need be) the store in {@code directory}. */
    public static ParleyStore open(Path directory) throws StoreException {
        requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + directory + ": " + e.getMessage(), e);
        }
        ParleyStore store;
        try {
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            store = new ParleyStore(directory, dataset);
        } catch (RuntimeException e) {
            if (StoreInUseException.isLockFailure(e)) {
                throw StoreInUseException.of(directory, e);
            }
            throw new StoreException("cannot open store " + directory + ": " + e.getMessage(), e);
        }
        try {
            store.checked(StoreIdentity::check);
            return store;
        } catch (StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens an existing store for reading; fails clearly when {@code directory} holds none. */
    public static ParleyStore openExisting(Path directory) throws StoreException {
        if (!Files.isDirectory(directory) || !hasData(directory)) {
            throw new StoreException("no Parley store in " + directory + " (load articles into it first)");
        }
        return open(directory);
    }

    private static boolean hasData(Path directory) {
        try (var files = Files.list(directory)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    // --- articles --------------------------------------------------------------------------------

    /** What storing an article would do, judged from what is stored now. */
    public ArticleState stateOf(String graphIri, String contentHash, String sourceKey) {
        return Txn.calculateRead(dataset, () -> state(graphIri, contentHash, sourceKey));
    }

    private ArticleState state(String graphIri, String contentHash, String sourceKey) {
        DatasetGraph dsg = datasetGraph();
        Node graph = NodeFactory.createURI(graphIri);
        if (dsg.containsGraph(graph) && !dsg.getGraph(graph).isEmpty()) {
            Graph g = dsg.getGraph(graph);
            Optional<String> storedKey = literal(g, Parley.sourceKey);
            if (storedKey.isPresent() && !storedKey.get().equals(sourceKey)) {
                return ArticleState.duplicateOf(literal(g, Parley.sourceFile).orElse(storedKey.get()));
            }
            Optional<String> storedHash = literal(g, Parley.contentHash);
            if (storedHash.isPresent() && storedHash.get().equals(contentHash)) {
                return ArticleState.unchanged();
            }
            return ArticleState.replacing(List.of(graphIri));
        }
        List<String> older = graphsWithSourceKey(sourceKey);
        return older.isEmpty() ? ArticleState.fresh() : ArticleState.replacing(older);
    }

    private List<String> graphsWithSourceKey(String sourceKey) {
        List<String> out = new ArrayList<>();
        Node key = NodeFactory.createLiteralString(sourceKey);
        datasetGraph().find(Node.ANY, Node.ANY, Parley.sourceKey, key).forEachRemaining(q -> out.add(q.getGraph().getURI()));
        return out;
    }

    /**
     * One article to store: its graph, built in memory beforehand so that a mapping error is the
     * article's alone and never fails the batch it would have been written with.
     */
    public record ArticleWrite(String articleIri, String graphIri, String contentHash, String sourceKey, Graph content) {}

    /**
     * Stores a batch of articles in one write transaction, all or nothing: for each, drops older
     * versions from the same source and writes the article's graph, judging again inside the
     * transaction what to do (an earlier article of the same batch counts). Each stored article
     * is marked as awaiting resolution, and the mentions of the versions it replaces are recorded
     * for resolution to take out, in the same transaction, so that a load killed after the commit
     * resolves it on the next run. Returns what was done with each article, in order.
     */
    public List<ArticleState> writeArticles(Iris iris, List<ArticleWrite> batch) {
        return writeArticles(iris, batch, dsg -> {});
    }

    /**
     * As {@link #writeArticles(Iris, List)}, with {@code alongside} written in the same transaction
     * when it stores any article (a load's record of its run).
     */
    public List<ArticleState> writeArticles(Iris iris, List<ArticleWrite> batch, Consumer<DatasetGraph> alongside) {
        return Txn.calculateWrite(dataset, () -> {
            List<ArticleState> out = writeArticles(datasetGraph(), iris, batch);
            if (out.stream().anyMatch(ArticleState::needsWrite)) {
                alongside.accept(datasetGraph());
            }
            return out;
        });
    }

    /**
     * As {@link #writeArticles(Iris, List)}, within a write transaction on this store that the caller
     * began ({@link #update}) and commits with whatever else it writes; {@code dsg} is the one
     * {@link #update} handed it.
     */
    public List<ArticleState> writeArticles(DatasetGraph dsg, Iris iris, List<ArticleWrite> batch) {
        if (dsg != datasetGraph() || dsg.transactionMode() != ReadWrite.WRITE) {
            throw new IllegalStateException("articles are written in a write transaction on this store");
        }
        StoredResolution resolution = new StoredResolution(dsg, iris);
        List<ArticleState> out = new ArrayList<>();
        for (ArticleWrite w : batch) {
            ArticleState state = state(w.graphIri(), w.contentHash(), w.sourceKey());
            if (state.needsWrite()) {
                for (String old : state.replaces()) {
                    Node oldGraph = NodeFactory.createURI(old);
                    resolution.removing(iris.article(iris.contentIdOf(old)), dsg.getGraph(oldGraph));
                    dsg.removeGraph(oldGraph);
                }
                dsg.addGraph(NodeFactory.createURI(w.graphIri()), w.content());
                resolution.awaitResolution(w.articleIri());
            }
            out.add(state);
        }
        return out;
    }

    /** Runs {@code work} in one write transaction and returns what it returns. */
    public <T> T update(Function<DatasetGraph, T> work) {
        return Txn.calculateWrite(dataset, () -> work.apply(datasetGraph()));
    }

    /**
     * Compacts the database: copies what is live into a fresh generation and deletes the old one,
     * giving back the space TDB2's copy-on-write transactions leave behind.
     */
    public void compact() {
        DatabaseMgr.compact(datasetGraph(), true);
    }

    /** Bytes the store's files take on disk. */
    public long diskBytes() {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stored article, read back from its graph. */
    public List<StoredArticle> articles(Iris iris) {
        return Txn.calculateRead(dataset, () -> {
            ArticleGraphReader reader = new ArticleGraphReader();
            List<StoredArticle> out = new ArrayList<>();
            DatasetGraph dsg = datasetGraph();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) {
                if (g.isURI() && g.getURI().startsWith(iris.articleGraphPrefix())) {
                    reader.read(dsg.getGraph(g)).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    public int articleCount(Iris iris) {
        return Txn.calculateRead(dataset, () -> {
            int[] n = {0};
            datasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(iris.articleGraphPrefix())) {
                    n[0]++;
                }
            });
            return n[0];
        });
    }

    // --- whole graphs ----------------------------------------------------------------------------

    /** Replaces a graph with what {@code content} writes, in one write transaction. */
    public void replaceGraph(String graphIri, Consumer<StreamRDF> content) {
        Txn.executeWrite(dataset, () -> {
            Node graph = NodeFactory.createURI(graphIri);
            DatasetGraph dsg = datasetGraph();
            dsg.removeGraph(graph);
            Graph g = GraphFactory.createDefaultGraph();
            content.accept(StreamRDFLib.graph(g));
            dsg.addGraph(graph, g);
        });
    }

    /** Adds to a graph, in one write transaction. */
    public void addToGraph(String graphIri, Consumer<StreamRDF> content) {
        Txn.executeWrite(dataset, () -> {
            Graph g = datasetGraph().getGraph(NodeFactory.createURI(graphIri));
            content.accept(StreamRDFLib.graph(g));
        });
    }

    /** The literal value of {@code property} on {@code subject} in graph {@code graphIri}. */
    public Optional<String> literalIn(String graphIri, Node subject, Node property) {
        return Txn.calculateRead(dataset, () -> {
            var it = datasetGraph().find(NodeFactory.createURI(graphIri), subject, property, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** The base IRI the store was loaded with (see {@link StoreIdentity}), if anything was loaded. */
    public Optional<String> baseIri() {
        return Txn.calculateRead(dataset, () -> StoreIdentity.base(datasetGraph()));
    }

    /**
     * Makes {@code base} the store's base IRI, in a write transaction of its own, before anything
     * is loaded under it; refuses it when the store was loaded under another base. A store that
     * declares its base already is only read: most loads find it so, and a load that changes
     * nothing commits nothing.
     */
    public void claimBase(String base) throws StoreException {
        checked(dsg -> StoreIdentity.claim(dsg, base), read(StoreIdentity::undeclared));
    }

    /** Work on the dataset that may refuse it with a {@link StoreException}. */
    interface Check {
        void apply(DatasetGraph dsg) throws StoreException;
    }

    private void checked(Check check) throws StoreException {
        checked(check, false);
    }

    private void checked(Check check, boolean write) throws StoreException {
        StoreException[] refused = {null};
        Runnable work = () -> {
            try {
                check.apply(datasetGraph());
            } catch (StoreException e) {
                refused[0] = e;
            }
        };
        if (write) {
            Txn.executeWrite(dataset, work);
        } else {
            Txn.executeRead(dataset, work);
        }
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    /** Runs {@code work} in one write transaction. */
    public void write(Consumer<DatasetGraph> work) {
        Txn.executeWrite(dataset, () -> work.accept(datasetGraph()));
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(datasetGraph()));
    }

    /** Runs a SELECT query in a read transaction and hands each row to {@code rows}. */
    public void select(String sparql, Consumer<QuerySolution> rows) {
        select(sparql, java.util.Map.of(), rows);
    }

    /**
     * Runs a SELECT query with values for some of its variables, bound through Jena's substitution
     * API (never by editing the query text), and hands each row to {@code rows}.
     */
    public void select(String sparql, java.util.Map<String, Node> values, Consumer<QuerySolution> rows) {
        select(QueryFactory.create(sparql), values, rows);
    }

    /** As {@link #select(String, java.util.Map, Consumer)}, for a query already parsed. */
    public void select(Query query, java.util.Map<String, Node> values, Consumer<QuerySolution> rows) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryRunner.bind(QueryExecution.dataset(dataset).query(query), values).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    rows.accept(rs.next());
                }
            }
        });
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            datasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    private static Optional<String> literal(Graph g, Node property) {
        var it = g.find(Node.ANY, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return Optional.of(o.getLiteralLexicalForm());
                }
            }
            return Optional.empty();
        } finally {
            it.close();
        }
    }

    /** Closes the store and releases its files, so that another process (or test) may open it. */
    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
