package org.parley.it;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/** What the fault-injection tests check of a store after a kill or a full disk: that every article graph is whole. */
final class StoredArticles {
    private StoredArticles() {}

    /** The article graphs that lack part of what every stored article has: empty when all are whole. */
    static List<String> broken(ParleyStore store, Iris iris) {
        List<String> graphs = store.read(dsg -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(iris.articleGraphPrefix())) {
                    out.add(g.getURI());
                }
            });
            return out;
        });
        List<String> broken = new ArrayList<>();
        for (String g : graphs) {
            boolean whole = store.read(dsg -> {
                Graph graph = dsg.getGraph(NodeFactory.createURI(g));
                return graph.contains(Node.ANY, Vocab.RDF.type, Parley.Article)
                        && graph.contains(Node.ANY, Parley.contentHash, Node.ANY)
                        && graph.contains(Node.ANY, Vocab.NIF.isString, Node.ANY)
                        && graph.contains(Node.ANY, Vocab.RDF.type, Parley.StatementMention)
                        && graph.contains(Node.ANY, Vocab.RDF.type, Parley.NegotiationMention);
            });
            if (!whole) {
                broken.add(g);
            }
        }
        return broken;
    }
}
