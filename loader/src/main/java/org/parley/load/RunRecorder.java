package org.parley.load;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.store.ParleyStore;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.DCTERMS;
import org.parley.vocab.Vocab.PROV;
import org.parley.vocab.Vocab.RDF;
import org.parley.vocab.Vocab.RDFS;
import org.parley.vocab.Vocab.VOID;

/**
 * Records a load run that changed the store as a PROV activity, and keeps the store's VoID
 * description (its URI space, last change) current. A run that changed nothing leaves no trace,
 * so that loading the same articles again changes not a single quad.
 */
final class RunRecorder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ParleyStore store;
    private final Iris iris;

    RunRecorder(ParleyStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    void record(Instant start, Instant end, String version, LoadReport report) {
        Node graph = Nodes.iri(iris.runsGraph());
        Node run = Nodes.iri(iris.run(STAMP.format(start)));
        Node dataset = Nodes.iri(iris.dataset());
        store.write(dsg -> {
            dsg.add(graph, run, RDF.type, Parley.LoadRun);
            dsg.add(graph, run, RDFS.label, Nodes.english("Load run of " + start));
            dsg.add(graph, run, PROV.startedAtTime, Nodes.dateTime(start));
            dsg.add(graph, run, PROV.endedAtTime, Nodes.dateTime(end));
            dsg.add(graph, run, Parley.softwareVersion, Nodes.text(version));
            dsg.add(graph, run, Parley.articlesLoaded, Nodes.integer(report.processed()));
            dsg.add(graph, run, Parley.articlesUnchanged, Nodes.integer(report.unchanged() + report.duplicates()));
            dsg.add(graph, run, Parley.articlesFailed, Nodes.integer(report.problems().size()));
            dsg.add(graph, run, Parley.tokensProcessed, Nodes.integer(report.tokens()));
            dsg.deleteAny(graph, dataset, Node.ANY, Node.ANY);
            dsg.add(new Quad(graph, dataset, RDF.type, VOID.Dataset));
            dsg.add(new Quad(graph, dataset, RDFS.label, Nodes.english("Parley knowledge graph")));
            dsg.add(new Quad(graph, dataset, VOID.uriSpace, Nodes.text(iris.idSpace())));
            dsg.add(new Quad(graph, dataset, DCTERMS.modified, Nodes.dateTime(end)));
            dsg.add(new Quad(graph, dataset, VOID.vocabulary, Nodes.iri(Parley.NS)));
        });
    }
}
