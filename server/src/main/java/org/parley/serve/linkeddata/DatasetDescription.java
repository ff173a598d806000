package org.parley.serve.linkeddata;

import static org.parley.rdf.Nodes.integer;
import static org.parley.rdf.Nodes.iri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.parley.serve.StoreView;
import org.parley.store.Stats;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * The VoID description of the store (triples, articles, instances per class, last load time) and
 * the SPARQL 1.1 Service Description of its endpoint.
 */
public final class DatasetDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private DatasetDescription() {}

    public static List<Triple> voidOf(StoreView view, String serverUrl) {
        Node dataset = iri(view.base() + "id/dataset");
        List<Triple> out = new ArrayList<>();
        Stats.Counts counts = new Stats().count(view.store());
        add(out, dataset, Vocab.RDF.type, Vocab.VOID.Dataset);
        add(out, dataset, Vocab.RDFS.label, NodeFactory.createLiteralLang("Parley knowledge graph", "en"));
        add(out, dataset, Vocab.VOID.uriSpace, NodeFactory.createLiteralString(view.base() + "id/"));
        add(out, dataset, Vocab.VOID.triples, integer(counts.triples()));
        add(out, dataset, Vocab.VOID.sparqlEndpoint, iri(serverUrl + "/parley/sparql"));
        add(out, dataset, Vocab.VOID.dataDump, iri(serverUrl + "/dumps/parley.nq.gz"));
        add(out, dataset, Vocab.VOID.vocabulary, iri(Parley.NS));
        add(out, dataset, iri("http://rdfs.org/ns/void#documents"), integer(counts.articles()));
        for (Map.Entry<String, Long> e : counts.instances().entrySet()) {
            Node partition = iri(view.base() + "id/dataset#class-" + e.getKey());
            add(out, dataset, Vocab.VOID.classPartition, partition);
            add(out, partition, Vocab.VOID.clazz, iri(Parley.NS + e.getKey()));
            add(out, partition, Vocab.VOID.entities, integer(e.getValue()));
        }
        view.store().read(dsg -> {
            dsg.getUnionGraph().find(Node.ANY, Vocab.DCTERMS.modified, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().equals(dataset)) {
                    out.add(Triple.create(dataset, Vocab.DCTERMS.modified, t.getObject()));
                }
            });
            return null;
        });
        return out;
    }

    public static List<Triple> serviceOf(StoreView view, String serverUrl) {
        Node service = iri(serverUrl + "/parley/sparql#service");
        Node dataset = iri(view.base() + "id/dataset");
        Node defaultGraph = NodeFactory.createBlankNode("defaultGraph");
        List<Triple> out = new ArrayList<>();
        add(out, service, Vocab.RDF.type, iri(SD + "Service"));
        add(out, service, iri(SD + "endpoint"), iri(serverUrl + "/parley/sparql"));
        add(out, service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Query"));
        add(out, service, iri(SD + "feature"), iri(SD + "UnionDefaultGraph"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples")) {
            add(out, service, iri(SD + "resultFormat"), iri(FORMATS + f));
        }
        add(out, service, iri(SD + "defaultDataset"), dataset);
        add(out, dataset, Vocab.RDF.type, iri(SD + "Dataset"));
        add(out, dataset, iri(SD + "defaultGraph"), defaultGraph);
        add(out, defaultGraph, Vocab.RDF.type, iri(SD + "Graph"));
        add(out, defaultGraph, Vocab.RDFS.label, NodeFactory.createLiteralString("the union of every named graph"));
        add(out, dataset, iri(Vocab.RDFS.NS + "seeAlso"), iri(serverUrl + "/.well-known/void"));
        return out;
    }

    private static void add(List<Triple> out, Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }
}
