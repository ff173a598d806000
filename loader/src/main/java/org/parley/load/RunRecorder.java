package org.parley.load;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
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
 * description (its URI space, last change) current. The record is begun, marked
 * {@code parley:interrupted}, in the transaction of the run's first change, and completed with its
 * end and counts in the transaction of its last: a run killed anywhere in between leaves its record
 * behind, never a store changed by no recorded run. Sharing those transactions rather than taking
 * two of its own matters to a load of one article, where each commit is a good part of the cost. A
 * run that changed nothing leaves no trace, so that loading the same articles again changes not a
 * single quad.
 */
final class RunRecorder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ParleyStore store;
    private final Iris iris;
    private final Instant start;
    private final String version;

    RunRecorder(ParleyStore store, Iris iris, Instant start, String version) {
        this.store = store;
        this.iris = iris;
        this.start = start;
        this.version = version;
    }

    /** Writes the run's provisional record in a transaction of its own (when the first change cannot carry it). */
    void begin() {
        store.write(this::begin);
    }

    /**
     * Adds the run's provisional record to a write transaction that changes the store, unless an
     * earlier one of this run added it: the store, not this object, says whether it was committed.
     */
    void begin(DatasetGraph dsg) {
        Node graph = Nodes.iri(iris.runsGraph());
        Node run = run();
        if (dsg.contains(graph, run, RDF.type, Parley.LoadRun)) {
            return;
        }
        dsg.add(graph, run, RDF.type, Parley.LoadRun);
        dsg.add(graph, run, RDFS.label, Nodes.english("Load run of " + start));
        dsg.add(graph, run, PROV.startedAtTime, Nodes.dateTime(start));
        dsg.add(graph, run, Parley.softwareVersion, Nodes.text(version));
        dsg.add(graph, run, Parley.interrupted, Nodes.bool(true));
        describeDataset(dsg, start);
    }

    /** Completes the record in a transaction of its own. */
    void finish(Instant end, LoadReport report) {
        store.write(dsg -> finish(dsg, end, report));
    }

    /** Completes the record within a write transaction: the run's end and what it counted; it is no longer interrupted. */
    void finish(DatasetGraph dsg, Instant end, LoadReport report) {
        begin(dsg);
        Node graph = Nodes.iri(iris.runsGraph());
        Node run = run();
        dsg.deleteAny(graph, run, Parley.interrupted, Node.ANY);
        dsg.add(graph, run, PROV.endedAtTime, Nodes.dateTime(end));
        dsg.add(graph, run, Parley.articlesLoaded, Nodes.integer(report.processed()));
        dsg.add(graph, run, Parley.articlesUnchanged, Nodes.integer(report.unchanged() + report.duplicates()));
        dsg.add(graph, run, Parley.articlesFailed, Nodes.integer(report.problems().size()));
        dsg.add(graph, run, Parley.tokensProcessed, Nodes.integer(report.tokens()));
        describeDataset(dsg, end);
    }

    private Node run() {
        return Nodes.iri(iris.run(STAMP.format(start)));
    }

    private void describeDataset(DatasetGraph dsg, Instant modified) {
        Node graph = Nodes.iri(iris.runsGraph());
        Node dataset = Nodes.iri(iris.dataset());
        dsg.deleteAny(graph, dataset, Node.ANY, Node.ANY);
        dsg.add(new Quad(graph, dataset, RDF.type, VOID.Dataset));
        dsg.add(new Quad(graph, dataset, RDFS.label, Nodes.english("Parley knowledge graph")));
        dsg.add(new Quad(graph, dataset, VOID.uriSpace, Nodes.text(iris.idSpace())));
        dsg.add(new Quad(graph, dataset, DCTERMS.modified, Nodes.dateTime(modified)));
        dsg.add(new Quad(graph, dataset, VOID.vocabulary, Nodes.iri(Parley.NS)));
    }
}
