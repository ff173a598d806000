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
import java.util.Locale;
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
 * {@code /queries}: the saved queries; {@code /queries/{name}}: one of them with a form made from
 * its parameters (an IRI parameter as a choice among the resources of the class it names, a date
 * as a date input), its results as a table, and the same call on the API.
 */
public final class SavedQueryPage extends HttpServlet {
    private static final int PAGE_ROWS = 100;
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + "> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private final transient StoreView view;
    private final transient Path queries;

    public SavedQueryPage(StoreView view, Path queries) {
        this.view = view;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Requests.path(request);
        if (path.equals("/queries") || path.equals("/queries/")) {
            list(response);
            return;
        }
        String name = path.substring("/queries/".length());
        Optional<Path> file = SavedQuery.locate(queries, name);
        if (file.isEmpty()) {
            Html.send(response, 404, "Not found", "<h1>Not found</h1><p>There is no saved query called <code>"
                    + escape(name) + "</code>.</p><p>" + Html.link("/queries", "All saved queries") + "</p>");
            return;
        }
        SavedQuery saved = SavedQuery.read(file.get());
        Map<String, String> given = new LinkedHashMap<>();
        for (SavedQuery.Parameter p : saved.parameters()) {
            String v = request.getParameter(p.name());
            if (v != null && !v.isBlank()) {
                given.put(p.name(), v.strip());
            }
        }
        boolean run = saved.parameters().stream().noneMatch(SavedQuery.Parameter::required)
                || saved.parameters().stream().filter(SavedQuery.Parameter::required).allMatch(p -> given.containsKey(p.name()));
        int offset = offset(request.getParameter("offset"));
        StringBuilder b = new StringBuilder("<h1>").append(escape(saved.name())).append("</h1>");
        b.append("<p class=\"intro\">").append(escape(saved.summary())).append("</p>");
        if (!saved.description().isEmpty()) {
            b.append("<p class=\"description\">").append(escape(saved.description())).append("</p>");
        }
        b.append(form(saved, given));
        String api = "/api/queries/" + saved.name() + query(given, -1);
        b.append("<p class=\"formats\">The same call on the API: <a class=\"api\" href=\"").append(escape(api)).append("\"><code>")
                .append(escape(api)).append("</code></a> (SPARQL JSON; CSV or TSV by <code>Accept</code>) · ")
                .append(Html.link("/query?saved=" + saved.name(), "edit the SPARQL")).append("</p>");
        if (!run) {
            b.append("<p class=\"note\">Choose the required values and press Run.</p>");
            Html.send(response, 200, saved.name(), b.toString());
            return;
        }
        Map<String, Node> bound;
        Query query;
        try {
            bound = ParameterBinder.bind(saved, given);
            query = QueryRunner.parse(saved.text());
        } catch (ParameterBinder.BadParameter | QueryRunner.InvalidQueryException e) {
            b.append("<p class=\"error\">").append(escape(e.getMessage())).append("</p>");
            Html.send(response, 400, saved.name(), b.toString());
            return;
        }
        query.setLimit(PAGE_ROWS + 1);
        query.setOffset(offset);
        List<Row> rows = view.select(query, bound);
        boolean more = rows.size() > PAGE_ROWS;
        List<Row> shown = more ? rows.subList(0, PAGE_ROWS) : rows;
        b.append(new ResultTable(view).render(query.getResultVars(), shown));
        List<String> pager = new ArrayList<>();
        if (offset > 0) {
            pager.add(Html.link("/queries/" + saved.name() + query(given, Math.max(0, offset - PAGE_ROWS)), "← previous"));
        }
        if (more) {
            pager.add(Html.link("/queries/" + saved.name() + query(given, offset + PAGE_ROWS), "next →"));
        }
        if (!pager.isEmpty()) {
            b.append("<nav class=\"pager\">").append(String.join(" ", pager)).append("</nav>");
        }
        Html.send(response, 200, saved.name(), b.toString());
    }

    private void list(HttpServletResponse response) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Saved queries</h1><p class=\"intro\">Each runs with a form for its parameters, ")
                .append("and is also a call on the web API.</p><table class=\"results\"><thead><tr><th>Query</th><th>What it answers</th>")
                .append("<th>Parameters</th></tr></thead><tbody>");
        for (SavedQuery q : SavedQuery.all(queries)) {
            b.append("<tr><td>").append(Html.link("/queries/" + q.name(), q.name())).append("</td><td>").append(escape(q.summary()))
                    .append("</td><td>").append(escape(String.join(", ", q.parameters().stream()
                            .map(p -> p.name() + (p.required() ? " (required)" : "")).toList()))).append("</td></tr>");
        }
        Html.send(response, 200, "Saved queries", b.append("</tbody></table>").toString());
    }

    private String form(SavedQuery saved, Map<String, String> given) {
        StringBuilder b = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/queries/")
                .append(escape(saved.name())).append("\">");
        for (SavedQuery.Parameter p : saved.parameters()) {
            String id = "p-" + p.name();
            String current = given.getOrDefault(p.name(), "");
            b.append("<label for=\"").append(escape(id)).append("\">").append(escape(ResultTable.heading(p.name())))
                    .append(p.required() ? " *" : "").append("</label>");
            switch (p.type()) {
                case "iri" -> {
                    b.append("<select id=\"").append(escape(id)).append("\" name=\"").append(escape(p.name())).append("\"")
                            .append(p.required() ? " required" : "").append("><option value=\"\">")
                            .append(p.required() ? "(choose)" : "(any)").append("</option>");
                    for (Row o : choices(p.name())) {
                        String iri = o.text("x");
                        b.append("<option value=\"").append(escape(iri)).append('"').append(iri.equals(current) ? " selected" : "")
                                .append('>').append(escape(o.text("l").isEmpty() ? view.label(iri) : o.text("l"))).append("</option>");
                    }
                    b.append("</select>");
                }
                case "boolean" -> b.append("<select id=\"").append(escape(id)).append("\" name=\"").append(escape(p.name()))
                        .append("\"><option value=\"\">(any)</option><option value=\"true\"").append("true".equals(current) ? " selected" : "")
                        .append(">yes</option><option value=\"false\"").append("false".equals(current) ? " selected" : "")
                        .append(">no</option></select>");
                default -> b.append("<input id=\"").append(escape(id)).append("\" name=\"").append(escape(p.name()))
                        .append("\" type=\"").append(inputType(p.type())).append("\" value=\"").append(escape(current)).append('"')
                        .append(p.required() ? " required" : "").append(">");
            }
        }
        return b.append("<button type=\"submit\">Run</button></form>").toString();
    }

    private static String inputType(String type) {
        return switch (type) {
            case "date" -> "date";
            case "datetime" -> "datetime-local";
            case "integer", "decimal" -> "number";
            default -> "text";
        };
    }

    /**
     * The values offered for an IRI parameter, by what its name says it is: the resources that can
     * actually fill that role (a party is a party of some negotiation or the maker of a demand, a
     * speaker someone who spoke), so a choice never gives an empty answer by construction.
     */
    List<Row> choices(String parameter) {
        String lower = parameter.toLowerCase(Locale.ROOT);
        String where;
        if (lower.contains("negotiation")) {
            where = "?x a parley:Negotiation ; rdfs:label ?l .";
        } else if (lower.contains("topic")) {
            where = "?d a parley:Demand ; parley:topic ?x . ?x skos:prefLabel ?l .";
        } else if (lower.contains("status")) {
            where = "?n a parley:Negotiation ; parley:status ?x . ?x skos:prefLabel ?l .";
        } else if (lower.contains("outlet")) {
            where = "?a parley:outlet ?x . ?x rdfs:label ?l .";
        } else if (lower.contains("kind")) {
            where = "VALUES ?x { parley:Person parley:Country parley:Organization } ?x rdfs:label ?l0 "
                    + "FILTER (LANG(?l0) = \"en\") BIND (STR(?l0) AS ?l)";
        } else if (lower.contains("speaker")) {
            where = "?s a parley:Statement ; parley:speaker ?x . ?x skos:prefLabel ?l .";
        } else if (lower.startsWith("party")) {
            where = "{ ?n a parley:Negotiation ; parley:party|parley:mediator ?x } UNION { ?d parley:demandedBy ?x } "
                    + "UNION { ?d parley:demandedBy/parley:affiliation ?x } UNION { ?s parley:speaker/parley:affiliation ?x } "
                    + "?x skos:prefLabel ?l . FILTER NOT EXISTS { ?x a parley:Person }";
        } else {
            where = "VALUES ?t { parley:Person parley:Country parley:Organization } ?x a ?t ; skos:prefLabel ?l .";
        }
        return view.select(PREFIXES + "SELECT DISTINCT ?x ?l WHERE { " + where + " } ORDER BY LCASE(STR(?l)) LIMIT 5000");
    }

    private static String query(Map<String, String> given, int offset) {
        List<String> parts = new ArrayList<>();
        given.forEach((k, v) -> parts.add(encode(k) + "=" + encode(v)));
        if (offset > 0) {
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

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
