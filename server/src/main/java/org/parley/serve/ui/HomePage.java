package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.serve.Html;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;
import org.parley.serve.VersionedCache;
import org.parley.store.SavedQuery;
import org.parley.vocab.Parley;

/** {@code /}: what the graph holds, and the ways into it. */
public final class HomePage extends HttpServlet {
    private static final Map<String, String> COUNTED = countedClasses();

    private final transient StoreView view;
    private final transient Path queries;
    private final transient VersionedCache<String, Object> cache;

    public HomePage(StoreView view, Path queries) {
        this.view = view;
        this.queries = queries;
        this.cache = new VersionedCache<>(view, 4);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Requests.path(request).equals("/") && !Requests.path(request).isEmpty()) {
            Html.send(response, 404, "Not found", "<h1>Not found</h1><p>Nothing is served at <code>"
                    + escape(Requests.path(request)) + "</code>.</p>" + BrowseServlet.index());
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = (Map<String, Long>) cache.get("counts", this::counts);
        String lastLoad = (String) cache.get("lastLoad", this::lastLoad);
        page(request, response, counts, lastLoad);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.keySet().forEach(c -> counts.put(c, 0L));
        view.select("PREFIX parley: <" + Parley.NS + "> SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { "
                + "VALUES ?class { " + String.join(" ", COUNTED.keySet().stream().map(c -> "parley:" + c).toList())
                + " } ?s a ?class } GROUP BY ?class").forEach(r -> counts.put(
                r.text("class").substring(Parley.NS.length()), Long.parseLong(r.text("n"))));
        return counts;
    }

    private String lastLoad() {
        return view.select("PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT (MAX(?m) AS ?last) WHERE { ?d dcterms:modified ?m }").stream()
                .map(r -> r.node("last").map(org.parley.serve.Values::text).orElse("")).filter(s -> !s.isEmpty()).findFirst().orElse("never");
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Map<String, Long> counts, String lastLoad)
            throws IOException {

        StringBuilder b = new StringBuilder("<h1>Parley</h1>");
        b.append("<p class=\"intro\">A knowledge graph of negotiations reported in the news: who met whom, where and when, ")
                .append("who demanded what of whom, and who said what, each fact linked to the sentence it came from.</p>");
        b.append("<ul class=\"counts\">");
        counts.forEach((c, n) -> b.append("<li><span class=\"n\" id=\"count-").append(escape(c.toLowerCase(java.util.Locale.ROOT)))
                .append("\">").append(n).append("</span> ").append(escape(COUNTED.get(c))).append("</li>"));
        b.append("</ul><p class=\"updated\">Last load: ").append(escape(lastLoad)).append("</p>");
        b.append("<form class=\"search-page\" role=\"search\" method=\"get\" action=\"/search\"><input type=\"search\" name=\"q\" ")
                .append("aria-label=\"Search the graph\" placeholder=\"Search statements, demands, actors and articles\">")
                .append("<button type=\"submit\">Search</button></form>");
        b.append("<h2>Browse</h2>").append(BrowseServlet.index());
        b.append("<h2>Query</h2><ul class=\"entry\">")
                .append("<li>").append(Html.link("/query", "SPARQL query editor")).append(" — with the saved queries one click away</li>")
                .append("<li>SPARQL 1.1 endpoint: <code>").append(escape(Requests.serverUrl(request))).append("/parley/sparql</code></li>")
                .append("<li>").append(Html.link("/api/queries", "Saved queries as a web API")).append(" (")
                .append(Html.link("/api/openapi.json", "OpenAPI description")).append(")</li>")
                .append("<li>").append(Html.link("/dumps/parley.nq.gz", "Whole graph as N-Quads (gzip)")).append(" · ")
                .append(Html.link("/.well-known/void", "VoID description")).append("</li></ul>");
        b.append("<h2>Saved queries</h2><ul class=\"saved\">");
        for (SavedQuery q : SavedQuery.all(queries)) {
            b.append("<li>").append(Html.link("/queries/" + q.name(), q.name())).append(" — ")
                    .append(escape(q.summary())).append("</li>");
        }
        b.append("</ul>");
        Html.send(response, 200, "Home", b.toString());
    }

    private static Map<String, String> countedClasses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Article", "articles");
        m.put("Negotiation", "negotiations");
        m.put("Delegation", "delegations");
        m.put("Demand", "demands");
        m.put("Statement", "statements");
        m.put("Person", "people");
        m.put("Country", "countries");
        m.put("Organization", "organisations");
        return m;
    }
}
