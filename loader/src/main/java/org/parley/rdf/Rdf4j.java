package org.parley.rdf;

import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena nodes to RDF4J values, so that RDF4J Rio can write what Jena stores. */
public final class Rdf4j {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {}

    public static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", ""));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("not an RDF term: " + n);
    }

    public static Resource resource(Node n) {
        return (Resource) value(n);
    }

    public static Statement statement(Node s, Node p, Node o, Node graph) {
        Resource context = graph == null || graph.isURI() && graph.getURI().startsWith("urn:x-arq:") ? null : resource(graph);
        return VF.createStatement(resource(s), VF.createIRI(p.getURI()), value(o), context);
    }
}
