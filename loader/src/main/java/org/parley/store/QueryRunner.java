package org.parley.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Runs one SPARQL query against the store (the union of its graphs) and writes the results. */
public final class QueryRunner {
    private final ParleyStore store;
    private final Duration timeout;

    public QueryRunner(ParleyStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** Parses a query, with a one-line reason when it is not SPARQL. */
    public static Query parse(String text) throws InvalidQueryException {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String m = e.getMessage() == null ? "syntax error" : e.getMessage().replace('\n', ' ').strip();
            throw new InvalidQueryException("not a valid SPARQL query: " + m);
        }
    }

    public void run(Query query, ResultFormat format, OutputStream out) {
        run(query, Map.of(), format, out);
    }

    /** Runs {@code query} with {@code values} bound to its variables (see {@link #bind}). */
    public void run(Query query, Map<String, Node> values, ResultFormat format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = bind(QueryExecution.dataset(store.dataset()).query(query), values)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                if (query.isSelectType()) {
                    write(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    switch (format) {
                        case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                        case XML -> ResultSetFormatter.outputAsXML(out, answer);
                        default -> ResultSetFormatter.out(out, answer);
                    }
                } else {
                    Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(out, model, Lang.TURTLE);
                }
            }
        });
    }

    private static void write(ResultSet rs, ResultFormat format, OutputStream out) {
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            case TABLE -> ResultSetFormatter.out(out, rs);
        }
    }

    /**
     * Binds values to a query's variables through Jena's substitution API: the values replace the
     * variables as RDF terms in the parsed query, so no value can ever change the query's text.
     */
    public static QueryExecutionDatasetBuilder bind(QueryExecutionDatasetBuilder builder, Map<String, Node> values) {
        Model terms = ModelFactory.createDefaultModel();
        values.forEach((var, node) -> builder.substitution(var, terms.asRDFNode(node)));
        return builder;
    }

    /** A query that cannot run; the message says why in one line. */
    public static final class InvalidQueryException extends Exception {
        public InvalidQueryException(String message) {
            super(message);
        }
    }
}
