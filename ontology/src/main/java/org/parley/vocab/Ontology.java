package org.parley.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/** The Turtle files of {@code ontology/}, read from the classpath. */
public final class Ontology {
    /** The ontology, the demand topic scheme and the small vocabularies: what the store's vocabulary graph holds. */
    public static final List<String> VOCABULARY_FILES = List.of("parley.ttl", "vocabularies.ttl", "topics.ttl");
    public static final String SHAPES_FILE = "shapes.ttl";

    private static final String RESOURCE_DIR = "/org/parley/ontology/";

    private Ontology() {}

    /** A fresh graph holding the ontology and its vocabularies. */
    public static Graph vocabulary() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : VOCABULARY_FILES) {
            parseInto(file, graph);
        }
        return graph;
    }

    /** A fresh graph holding the SHACL shapes. */
    public static Graph shapes() {
        Graph graph = GraphFactory.createDefaultGraph();
        parseInto(SHAPES_FILE, graph);
        return graph;
    }

    /** The raw bytes of one ontology file, for hashing and serving. */
    public static byte[] bytes(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prefixes Parley writes with: those of the ontology plus the usual ones. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Map.ofEntries(
                Map.entry("parley", Parley.NS),
                Map.entry("topic", Parley.TOPIC_NS),
                Map.entry("channel", Parley.CHANNEL_NS),
                Map.entry("status", Parley.STATUS_NS),
                Map.entry("format", Parley.FORMAT_NS),
                Map.entry("level", Parley.LEVEL_NS),
                Map.entry("outcome", Parley.OUTCOME_NS),
                Map.entry("rdf", Vocab.RDF.NS),
                Map.entry("rdfs", Vocab.RDFS.NS),
                Map.entry("xsd", Vocab.XSD.NS),
                Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
                Map.entry("skos", Vocab.SKOS.NS),
                Map.entry("dcterms", Vocab.DCTERMS.NS),
                Map.entry("prov", Vocab.PROV.NS),
                Map.entry("schema", Vocab.SCHEMA.NS),
                Map.entry("nif", Vocab.NIF.NS),
                Map.entry("sem", Vocab.SEM.NS),
                Map.entry("gaf", Vocab.GAF.NS),
                Map.entry("void", Vocab.VOID.NS)));
        return pm;
    }

    private static void parseInto(String file, Graph graph) {
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(Parley.ONTOLOGY_IRI).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Ontology.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("Ontology file missing from the classpath: " + file);
        }
        return in;
    }
}
