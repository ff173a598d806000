package org.parley.load;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Triple;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.store.ParleyStore;
import org.parley.vocab.Ontology;
import org.parley.vocab.Parley;

/**
 * Keeps the ontology and its concept schemes in the store (queries need the labels of demand
 * topics, SHACL needs the class hierarchy), replacing them only when the ontology files changed.
 */
final class VocabularyGraph {
    private final ParleyStore store;
    private final Iris iris;

    VocabularyGraph(ParleyStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Makes the stored vocabulary current; true when it had to be (re)written. */
    boolean ensureCurrent() {
        String hash = currentHash();
        String graph = iris.vocabularyGraph();
        if (store.literalIn(graph, Nodes.iri(graph), Parley.contentHash).filter(hash::equals).isPresent()) {
            return false;
        }
        store.replaceGraph(graph, out -> {
            Ontology.vocabulary().find().forEachRemaining(out::triple);
            out.triple(Triple.create(Nodes.iri(graph), Parley.contentHash, Nodes.text(hash)));
        });
        return true;
    }

    static String currentHash() {
        StringBuilder all = new StringBuilder();
        for (String file : Ontology.VOCABULARY_FILES) {
            all.append(new String(Ontology.bytes(file), StandardCharsets.UTF_8));
        }
        return Hashes.sha256(all.toString());
    }
}
