package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.parley.serve.Html;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.store.ParameterBinder;
import org.parley.store.QueryRunner;
import org.parley.store.SavedQuery;
import org.parley.vocab.Parley;

/**
 * {@code /browse/{page}}: the browse pages, each a saved query shown as a table, with a form for
 * the query's parameters (actors, negotiations and topics offered as choices) and paging.
 */
public final class BrowseServlet extends HttpServlet {
    private static final int PAGE_ROWS = 500;
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + "> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    /** A browse page: its path under /browse/, title, saved query and a sentence saying what it shows. */
    record Page(String path, String title, String query, String intro) {}

    static final List<Page> PAGES = List.of(
            new Page("negotiations", "Negotiations", "negotiation-timeline",
                    "Every meeting, round of talks and call, in date order, held or not; pick two parties to see only their talks."),
            new Page("actors", "Actors", "actors",
                    "People, countries and organisations, with how often they speak, demand and take part in talks."),
            new Page("demands", "Demands by party and topic", "demands-by-party-topic",
                    "Who demanded what of whom, grouped by the party a demand was made for and by topic."),
            new Page("statements", "Statements and their sources", "statements-by-speaker",
                    "What each speaker said, quoted or reported, with every article and outlet that carried it."));

    private final transient StoreView view;
    private final transient Path queries;

    public BrowseServlet(StoreView view, Path queries) {
        this.view = view;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Requests.path(request).substring("/browse/".length());
        Optional<Page> page = PAGES.stream().filter(p -> p.path().equals(name)).findFirst();
        Optional<Path> file = page.flatMap(p -> SavedQuery.locate(queries, p.query()));
        if (file.isEmpty()) {
            Html.send(response, 404, "Not found", "<h1>Not found</h1><p>There is no browse page called <code>"
                    + escape(name) + "</code>.</p>" + index());
            return;
        }
        SavedQuery saved = SavedQuery.read(file.get());
        Map<String, String> given = new LinkedHashMap<>();
        for (SavedQuery.Parameter p : saved.parameters()) {
            String v = request.getParameter(p.name());
            if (v != null && !v.isBlank()) {
                given.put(p.name(), v);
            }
        }
        int offset = offset(request.getParameter("offset"));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(page.get().title())).append("</h1>");
        b.append("<p class=\"intro\">").append(escape(page.get().intro())).append("</p>");
        b.append(form(page.get(), saved, given));
        Map<String, Node> bound;
        try {
            bound = ParameterBinder.bind(saved, given);
        } catch (ParameterBinder.BadParameter e) {
            b.append("<p class=\"error\">").append(escape(e.getMessage())).append("</p>");
            Html.send(response, 400, page.get().title(), b.toString());
            return;
        }
        Query query;
        try {
            query = QueryRunner.parse(saved.text());
        } catch (QueryRunner.InvalidQueryException e) {
            Html.send(response, 500, page.get().title(), "<p class=\"error\">" + escape(e.getMessage()) + "</p>");
            return;
        }
        query.setLimit(PAGE_ROWS);
        query.setOffset(offset);
        List<Row> rows = view.select(query, bound);
        b.append(new ResultTable(view).render(query.getResultVars(), rows));
        b.append(pager(page.get(), given, offset, rows.size()));
        b.append("<p class=\"formats\">The same as data: ")
                .append(Html.link("/api/queries/" + saved.name() + queryString(given, -1), "SPARQL JSON"))
                .append(" · ").append(Html.link("/query?saved=" + saved.name(), "open in the query editor")).append("</p>");
        Html.send(response, 200, page.get().title(), b.toString());
    }

    private String form(Page page, SavedQuery saved, Map<String, String> given) {
        if (saved.parameters().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/browse/")
                .append(escape(page.path())).append("\">");
        for (SavedQuery.Parameter p : saved.parameters()) {
            String id = "p-" + p.name();
            b.append("<label for=\"").append(escape(id)).append("\">").append(escape(ResultTable.heading(p.name())))
                    .append("</label>");
            String current = given.getOrDefault(p.name(), "");
            if (p.type().equals("iri")) {
                b.append("<select id=\"").append(escape(id)).append("\" name=\"").append(escape(p.name())).append("\">")
                        .append("<option value=\"\">(any)</option>");
                for (Row o : choices(p.name())) {
                    String iri = o.text("x");
                    b.append("<option value=\"").append(escape(iri)).append('"')
                            .append(iri.equals(current) ? " selected" : "").append('>')
                            .append(escape(o.text("l"))).append("</option>");
                }
                b.append("</select>");
            } else {
                b.append("<input id=\"").append(escape(id)).append("\" name=\"").append(escape(p.name()))
                        .append("\" type=\"").append(p.type().equals("date") ? "date" : "text")
                        .append("\" value=\"").append(escape(current)).append("\">");
            }
        }
        return b.append("<button type=\"submit\">Show</button></form>").toString();
    }

    /** The values offered for an IRI parameter, by what its name says it is. */
    private List<Row> choices(String parameter) {
        String lower = parameter.toLowerCase(java.util.Locale.ROOT);
        String where;
        if (lower.contains("negotiation")) {
            where = "?x a parley:Negotiation ; rdfs:label ?l .";
        } else if (lower.contains("topic")) {
            where = "?d a parley:Demand ; parley:topic ?x . ?x skos:prefLabel ?l .";
        } else if (lower.contains("kind")) {
            where = "VALUES ?x { parley:Person parley:Country parley:Organization } ?x rdfs:label ?l0 "
                    + "FILTER (LANG(?l0) = \"en\") BIND (STR(?l0) AS ?l)";
        } else {
            where = "VALUES ?t { parley:Person parley:Country parley:Organization } ?x a ?t ; skos:prefLabel ?l .";
        }
        return view.select(PREFIXES + "SELECT DISTINCT ?x ?l WHERE { " + where + " } ORDER BY ?l LIMIT 2000");
    }

    private static String pager(Page page, Map<String, String> given, int offset, int returned) {
        List<String> links = new ArrayList<>();
        if (offset > 0) {
            links.add(Html.link("/browse/" + page.path() + queryString(given, Math.max(0, offset - PAGE_ROWS)), "← previous"));
        }
        if (returned == PAGE_ROWS) {
            links.add(Html.link("/browse/" + page.path() + queryString(given, offset + PAGE_ROWS), "next →"));
        }
        return links.isEmpty() ? "" : "<p class=\"pager\">" + String.join(" ", links) + "</p>";
    }

    private static String queryString(Map<String, String> given, int offset) {
        List<String> parts = new ArrayList<>();
        given.forEach((k, v) -> parts.add(encode(k) + "=" + encode(v)));
        if (offset >= 0) {
            parts.add("offset=" + offset);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static int offset(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String index() {
        StringBuilder b = new StringBuilder("<ul class=\"entry\">");
        for (Page p : PAGES) {
            b.append("<li>").append(Html.link("/browse/" + p.path(), p.title())).append(" — ").append(escape(p.intro()))
                    .append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
