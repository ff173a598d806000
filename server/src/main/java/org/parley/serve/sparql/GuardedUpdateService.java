package org.parley.serve.sparql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update service, refusing what would make the server fetch: {@code LOAD} (which
 * reads any URL, {@code file:} included) and {@code SERVICE} in an update's {@code WHERE}. An update
 * is read whole (up to the size limit) and checked before anything runs.
 */
public final class GuardedUpdateService extends SPARQL_Update {
    private final long maxBytes;

    /** @param maxBytes the largest update request accepted */
    public GuardedUpdateService(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        if (bytes.length > maxBytes) {
            ServletOps.error(413, "the update is larger than " + maxBytes + " bytes (--max-query-length)");
            return;
        }
        Optional<String> refusal;
        try {
            refusal = refusal(UpdateFactory.create(new String(bytes, StandardCharsets.UTF_8)));
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest("not a valid SPARQL update: " + String.valueOf(e.getMessage()).replace('\n', ' '));
            return;
        }
        if (refusal.isPresent()) {
            ServletOps.errorBadRequest(refusal.get());
            return;
        }
        super.execute(action, new ByteArrayInputStream(bytes));
    }

    /** Why an update may not run here, if it may not. */
    static Optional<String> refusal(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                return Optional.of("LOAD is not allowed: this server never fetches URLs or reads files (" + load.getSource()
                        + "); load articles with POST /api/articles or ./parley load");
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null && hasService(modify)) {
                return Optional.of("SERVICE is not allowed: this server never fetches from other endpoints");
            }
        }
        return Optional.empty();
    }

    private static boolean hasService(UpdateModify modify) {
        boolean[] found = {false};
        ElementWalker.walk(modify.getWherePattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
