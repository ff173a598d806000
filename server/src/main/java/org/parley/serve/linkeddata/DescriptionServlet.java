package org.parley.serve.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;

/** {@code /.well-known/void}: the VoID description of the whole graph. */
public final class DescriptionServlet extends HttpServlet {
    private final transient StoreView view;

    public DescriptionServlet(StoreView view) {
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RdfResponse.write(DatasetDescription.voidOf(view, Requests.serverUrl(request)), request, response);
    }
}
