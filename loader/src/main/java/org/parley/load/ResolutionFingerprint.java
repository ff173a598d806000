package org.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.store.ParleyStore;
import org.parley.vocab.Parley;

/**
 * A digest of which articles, in which versions, the resolved graph was computed from. When the
 * stored articles no longer match it (a run changed them, or was killed before it resolved), the
 * next run resolves again.
 */
final class ResolutionFingerprint {
    private final ParleyStore store;
    private final Iris iris;

    ResolutionFingerprint(ParleyStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The digest of the articles stored now. */
    String current() {
        List<String> entries = store.read(dsg -> {
            List<String> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Parley.contentHash, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(iris.articleGraphPrefix())) {
                    out.add(q.getGraph().getURI() + " " + q.getObject().getLiteralLexicalForm());
                }
            });
            return out;
        });
        entries.sort(String::compareTo);
        return Hashes.sha256(String.join("\n", entries));
    }

    /** The digest the resolved graph was computed from, if there is one. */
    Optional<String> stored() {
        String graph = iris.resolvedGraph();
        return store.literalIn(graph, Nodes.iri(graph), Parley.contentHash);
    }

    static void write(Iris iris, String fingerprint, StreamRDF out) {
        out.triple(Triple.create(Nodes.iri(iris.resolvedGraph()), Parley.contentHash, Nodes.text(fingerprint)));
    }
}
