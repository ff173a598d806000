package org.parley.serve.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.parley.serve.QueryWatchdog;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;
import org.parley.serve.linkeddata.DatasetDescription;
import org.parley.serve.linkeddata.RdfResponse;

/**
 * Fuseki's SPARQL query service with two additions: a GET without a query returns the endpoint's
 * SPARQL 1.1 Service Description (Fuseki would answer 400), a query text longer than the limit is
 * refused before it is parsed, and every query runs under the {@link QueryWatchdog} from the moment
 * it arrives (parsing included), which aborts it at the time limit even when the engine does not
 * check its own timeout in time.
 */
public final class GuardedQueryService extends SPARQL_QueryDataset {
    private static final String ARMED = GuardedQueryService.class.getName() + ".armed";
    private static final String EXEC = GuardedQueryService.class.getName() + ".exec";

    private final StoreView view;
    private final QueryWatchdog watchdog;
    private final int maxQueryChars;

    /** @param maxQueryChars the longest query text accepted; longer ones are refused before parsing */
    public GuardedQueryService(StoreView view, QueryWatchdog watchdog, int maxQueryChars) {
        this.view = view;
        this.watchdog = watchdog;
        this.maxQueryChars = maxQueryChars;
    }

    @Override
    public void execGet(HttpAction action) {
        HttpServletRequest request = action.getRequest();
        if (request.getParameter("query") == null && request.getParameter("update") == null) {
            try {
                RdfResponse.write(DatasetDescription.serviceOf(view, Requests.serverUrl(request)), request,
                        action.getResponse());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        super.execGet(action);
    }

    /**
     * Arms the watchdog before the query is parsed, so that parsing counts against the time limit;
     * the execution, once created, is what the watchdog aborts.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > maxQueryChars) {
            ServletOps.errorBadRequest("the query is " + queryString.length() + " characters long; this server accepts at most "
                    + maxQueryChars + " (--max-query-length)");
            return;
        }
        HttpServletRequest request = action.getRequest();
        QueryWatchdog.Armed armed = watchdog.arm(() -> {
            if (request.getAttribute(EXEC) instanceof QueryExec exec) {
                exec.abort();
            }
        });
        request.setAttribute(ARMED, armed);
        try {
            super.execute(queryString, action);
        } finally {
            armed.close();
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        action.getRequest().setAttribute(EXEC, exec);
        if (action.getRequest().getAttribute(ARMED) instanceof QueryWatchdog.Armed armed && armed.expired()) {
            exec.abort();
        }
        return exec;
    }
}
