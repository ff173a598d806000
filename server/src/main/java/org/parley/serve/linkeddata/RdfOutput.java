package org.parley.serve.linkeddata;

import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.parley.rdf.Rdf4j;
import org.parley.vocab.Ontology;

/** Writes triples with RDF4J Rio, in any of the served formats, with Parley's prefixes. */
public final class RdfOutput {
    private RdfOutput() {}

    public static void write(Collection<Triple> triples, RdfMediaType type, OutputStream out) {
        RDFWriter writer = Rio.createWriter(type.format(), out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        writer.startRDF();
        for (Map.Entry<String, String> p : Ontology.prefixes().getNsPrefixMap().entrySet()) {
            writer.handleNamespace(p.getKey(), p.getValue());
        }
        for (Triple t : triples) {
            writer.handleStatement(Rdf4j.statement(t.getSubject(), t.getPredicate(), t.getObject(), null));
        }
        writer.endRDF();
    }
}
