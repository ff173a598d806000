package org.parley.serve.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.parley.store.ParleyStore;

/** {@code /dumps/parley.nq.gz}: the whole store as gzipped N-Quads, streamed from one read transaction. */
public final class DumpServlet extends HttpServlet {
    private final transient ParleyStore store;

    public DumpServlet(ParleyStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().endsWith("/parley.nq.gz")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "The dump is at /dumps/parley.nq.gz");
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"parley.nq.gz\"");
        try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            store.read(dsg -> {
                RDFDataMgr.write(out, dsg, Lang.NQUADS);
                return null;
            });
        }
    }
}
