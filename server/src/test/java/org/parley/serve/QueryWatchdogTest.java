package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watchdog stops a query that Jena itself was never told to time out. */
class QueryWatchdogTest {
    /** A fourfold cross product of 200 triples: 1.6 billion rows to count, far beyond a short limit. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private final Dataset dataset = DatasetFactory.createTxnMem();
    // Long enough that a quick query on a busy machine (CI shares its cores) is never mistaken for a slow one.
    private final QueryWatchdog watchdog = new QueryWatchdog(Duration.ofSeconds(2));

    @BeforeEach
    void fill() {
        dataset.executeWrite(() -> {
            for (int i = 0; i < 200; i++) {
                dataset.asDatasetGraph().add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i));
            }
        });
    }

    @AfterEach
    void close() {
        watchdog.close();
    }

    @Test
    void abortsAQueryThatRunsPastTheLimit() {
        dataset.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(ENDLESS).build()) {
                assertThatThrownBy(() -> watchdog.watch(qe, () -> qe.execSelect().next()))
                        .isInstanceOf(QueryCancelledException.class);
            }
        });
        assertThat(Thread.currentThread().isInterrupted()).as("the watchdog leaves no interrupt behind").isFalse();
    }

    @Test
    void leavesAQuickQueryAlone() {
        long n = dataset.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
                return watchdog.watch(qe, () -> qe.execSelect().next().getLiteral("n").getLong());
            }
        });
        assertThat(n).isEqualTo(200);
    }
}
