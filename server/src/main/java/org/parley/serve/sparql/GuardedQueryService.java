package org.parley.serve.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
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
 * SPARQL 1.1 Service Description (Fuseki would answer 400), and every query runs under the
 * {@link QueryWatchdog}, which aborts it at the time limit even when the engine does not check its
 * own timeout in time.
 */
public final class GuardedQueryService extends SPARQL_QueryDataset {
    private static final String ARMED = GuardedQueryService.class.getName() + ".armed";

    private final StoreView view;
    private final QueryWatchdog watchdog;

    public GuardedQueryService(StoreView view, QueryWatchdog watchdog) {
        this.view = view;
        this.watchdog = watchdog;
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

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        action.getRequest().setAttribute(ARMED, watchdog.arm(exec::abort));
        return exec;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            if (action.getRequest().getAttribute(ARMED) instanceof QueryWatchdog.Armed armed) {
                armed.close();
            }
        }
    }
}
