package org.parley.serve.linkeddata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.parley.serve.StoreView;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * What the server says about one resource: its own triples, the labels of what it links to, and
 * for an instance the mentions that ground it (their offsets and anchors), so that its provenance
 * travels with it.
 */
public final class ResourceDescription {
    private static final List<Node> LABELS = List.of(Vocab.SKOS.prefLabel, Vocab.RDFS.label, Vocab.DCTERMS.title);

    private ResourceDescription() {}

    public static Set<Triple> of(StoreView view, Node resource) {
        Set<Triple> out = new LinkedHashSet<>(view.outgoing(resource));
        Set<Node> linked = new LinkedHashSet<>();
        for (Triple t : List.copyOf(out)) {
            if (t.getObject().isURI() && !t.getObject().equals(resource)) {
                linked.add(t.getObject());
            }
            if (t.getPredicate().equals(Parley.denotedBy)) {
                out.addAll(view.outgoing(t.getObject()));
            }
        }
        for (Node n : linked) {
            for (Triple t : view.outgoing(n)) {
                if (LABELS.contains(t.getPredicate())) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
