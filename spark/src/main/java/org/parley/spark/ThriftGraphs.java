package org.parley.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.thrift.ThriftRDF;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Triples as RDF Thrift bytes, the form in which the resolution stages carry parts of articles
 * between tasks. Read back, Thrift makes nodes as they were written: no text to tokenize and no
 * IRI to parse again, which is most of what reading N-Triples costs on small graphs read often.
 */
final class ThriftGraphs {
    private ThriftGraphs() {}

    static byte[] bytes(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = ThriftRDF.streamToOutputStream(out, false);
        stream.start();
        g.find().forEachRemaining(stream::triple);
        stream.finish();
        return out.toByteArray();
    }

    /**
     * The triples of all {@code parts} (each written by {@link #bytes}) in one graph. A Thrift stream
     * is a run of rows with nothing before or after them, so the parts are read as one stream: each
     * reader sets up a cache of nodes, which costs more than a small part holds.
     */
    static Graph graph(List<byte[]> parts) {
        Graph g = GraphFactory.createDefaultGraph();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        parts.forEach(all::writeBytes);
        ThriftRDF.inputStreamToStream(new ByteArrayInputStream(all.toByteArray()), StreamRDFLib.graph(g));
        return g;
    }
}
