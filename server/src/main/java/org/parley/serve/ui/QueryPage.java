package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import org.parley.serve.Html;
import org.parley.store.SavedQuery;

/**
 * {@code /query}: a SPARQL editor (YASGUI, served from its WebJar) on the store's endpoint, with each
 * saved query one click away. {@code ?saved=NAME} opens that saved query.
 */
public final class QueryPage extends HttpServlet {
    private final transient Path queries;

    public QueryPage(Path queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Query</h1>");
        b.append("<p class=\"intro\">SPARQL 1.1 over every article graph (the default graph is their union). ")
                .append("Pick a saved query to load it and run it; parameters such as <code>?_negotiation_iri</code> ")
                .append("stay variables here (the API binds them).</p>");
        b.append("<div class=\"saved-queries\" id=\"saved-queries\">");
        for (SavedQuery q : SavedQuery.all(queries)) {
            b.append("<button type=\"button\" class=\"saved\" data-name=\"").append(escape(q.name()))
                    .append("\" title=\"").append(escape(q.description().isEmpty() ? q.summary() : q.description()))
                    .append("\">").append(escape(q.name())).append("</button>");
            b.append("<template id=\"query-").append(escape(q.name())).append("\">").append(escape(q.text()))
                    .append("</template>");
        }
        b.append("</div><div id=\"yasgui\" data-endpoint=\"/parley/sparql\"></div>");
        String head = "<link rel=\"stylesheet\" href=\"/static/yasgui/yasgui.min.css\">"
                + "<script src=\"/static/yasgui/yasgui.min.js\" defer></script>"
                + "<script src=\"/static/parley.js\" defer></script>";
        Html.send(response, 200, "Query", b.toString(), head);
    }
}
