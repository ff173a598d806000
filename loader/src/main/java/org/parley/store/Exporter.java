package org.parley.store;

import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.parley.rdf.Iris;
import org.parley.rdf.Rdf4j;
import org.parley.vocab.Ontology;

/**
 * Streams the store (or one graph of it) through an RDF4J Rio writer, with Parley's prefixes.
 * Formats that keep graphs get every quad; triple formats get the union of all graphs, each triple
 * once. The whole store is exported without the loader's resolution index (its bookkeeping, rebuilt
 * from the articles when missing); asked for by name, that graph is exported too.
 */
public final class Exporter {
    private final ParleyStore store;

    public Exporter(ParleyStore store) {
        this.store = store;
    }

    /** Writes and returns the number of statements written. */
    public long export(ExportFormat format, Optional<String> graph, OutputStream out) {
        return store.read(dsg -> {
            RDFWriter writer = Rio.createWriter(format.rioFormat(), out);
            writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, false);
            writer.startRDF();
            for (Map.Entry<String, String> p : Ontology.prefixes().getNsPrefixMap().entrySet()) {
                writer.handleNamespace(p.getKey(), p.getValue());
            }
            long n = graph.isPresent() ? oneGraph(dsg, NodeFactory.createURI(graph.get()), format, writer)
                    : format.keepsGraphs() ? allQuads(dsg, writer) : unionTriples(dsg, writer);
            writer.endRDF();
            return n;
        });
    }

    private static long oneGraph(DatasetGraph dsg, Node graph, ExportFormat format, RDFWriter writer) {
        long[] n = {0};
        dsg.getGraph(graph).find().forEachRemaining(t -> {
            writer.handleStatement(Rdf4j.statement(t.getSubject(), t.getPredicate(), t.getObject(),
                    format.keepsGraphs() ? graph : null));
            n[0]++;
        });
        return n[0];
    }

    private static long allQuads(DatasetGraph dsg, RDFWriter writer) {
        long[] n = {0};
        Optional<Node> index = StoreIdentity.base(dsg).map(base -> NodeFactory.createURI(new Iris(base).resolutionGraph()));
        dsg.find().forEachRemaining(q -> {
            if (index.isPresent() && index.get().equals(q.getGraph())) {
                return;
            }
            writer.handleStatement(Rdf4j.statement(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()));
            n[0]++;
        });
        return n[0];
    }

    private static long unionTriples(DatasetGraph dsg, RDFWriter writer) {
        long[] n = {0};
        var union = dsg.getUnionGraph();
        union.find().forEachRemaining((Triple t) -> {
            if (StoredResolution.isIndexTriple(t)) {
                return;
            }
            writer.handleStatement(Rdf4j.statement(t.getSubject(), t.getPredicate(), t.getObject(), null));
            n[0]++;
        });
        return n[0];
    }
}
