package org.parley.serve.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.parley.serve.StoreView;

/**
 * {@code /dumps/parley.nq.gz}: the whole store as gzipped N-Quads, streamed from one read
 * transaction; without the loader's resolution index, which is bookkeeping, not data.
 */
public final class DumpServlet extends HttpServlet {
    private final transient StoreView view;

    public DumpServlet(StoreView view) {
        this.view = view;
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
            var shown = view.shownGraphs();
            view.store().read(dsg -> {
                StreamRDF quads = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                quads.start();
                dsg.find().forEachRemaining(q -> {
                    if (shown.test(q.getGraph())) {
                        quads.quad(q);
                    }
                });
                quads.finish();
                return null;
            });
        }
    }
}
