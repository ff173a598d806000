package org.parley.cli;

import java.util.Optional;
import org.parley.serve.ServedStore;
import org.parley.store.StoreException;
import org.parley.store.StoreInUseException;

/** What a command says when it cannot open its store: for a store a server holds, where that server is. */
final class StoreMessages {
    private StoreMessages() {}

    static String of(StoreException e) {
        if (!(e instanceof StoreInUseException busy)) {
            return e.getMessage();
        }
        Optional<ServedStore> server = ServedStore.find(busy.directory());
        if (server.isEmpty()) {
            return e.getMessage() + "; wait for it to finish, or stop it";
        }
        String url = server.get().url();
        return "the store " + busy.directory() + " is served by a Parley server (pid " + server.get().pid() + ") at " + url
                + "; while it runs, ask it: SPARQL at " + url + "parley/sparql, saved queries at " + url + "api/queries, "
                + "the whole graph at " + url + "dumps/parley.nq.gz; add articles with ./parley load --server " + url
                + " --user USER --password-file FILE PATH... (or stop the server first)";
    }
}
