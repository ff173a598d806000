package org.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.vocab.Parley;

/**
 * A digest of which articles, in which versions, the resolved graph was computed from. Articles
 * stored by a load are marked as awaiting resolution; the digest is the safety net for anything
 * else: when the stored articles no longer match it and nothing is marked (the resolved graph was
 * removed, or an article was written some other way), the next run resolves everything again.
 */
final class ResolutionFingerprint {
    private ResolutionFingerprint() {}

    /** The digest of the articles stored now. */
    static String current(DatasetGraph dsg, Iris iris) {
        List<String> entries = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Parley.contentHash, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(iris.articleGraphPrefix())) {
                entries.add(q.getGraph().getURI() + " " + q.getObject().getLiteralLexicalForm());
            }
        });
        entries.sort(String::compareTo);
        return Hashes.sha256(String.join("\n", entries));
    }

    /** The digest the resolved graph was computed from, if there is one. */
    static Optional<String> stored(DatasetGraph dsg, Iris iris) {
        Node graph = Nodes.iri(iris.resolvedGraph());
        var it = dsg.find(graph, graph, Parley.contentHash, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    static void write(DatasetGraph dsg, Iris iris, String fingerprint) {
        Node graph = Nodes.iri(iris.resolvedGraph());
        dsg.deleteAny(graph, graph, Parley.contentHash, Node.ANY);
        dsg.add(graph, graph, Parley.contentHash, Nodes.text(fingerprint));
    }
}
