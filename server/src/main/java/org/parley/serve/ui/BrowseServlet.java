package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Query;
import org.parley.serve.Html;
import org.parley.serve.Requests;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.serve.Values;
import org.parley.store.QueryRunner;
import org.parley.store.SavedQuery;

/**
 * {@code /browse/{page}}: one fact per row (negotiations, statements, demands, actors, articles),
 * from the saved query behind each page, with facets, a date range, sortable columns, pages of
 * {@value #PAGE_ROWS} rows, and the rows shown as CSV or JSON ({@code /browse/{page}.csv}).
 */
public final class BrowseServlet extends HttpServlet {
    static final int PAGE_ROWS = 50;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final transient StoreView view;
    private final transient Path queries;
    private final transient FactTable table;
    private final transient Cells cells;

    public BrowseServlet(StoreView view, Path queries) {
        this.view = view;
        this.queries = queries;
        this.table = new FactTable(view);
        this.cells = new Cells(view);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Requests.path(request).substring("/browse/".length());
        String format = "html";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            format = name.substring(dot + 1);
            name = name.substring(0, dot);
        }
        String wanted = name;
        Optional<BrowsePage> page = BrowsePage.ALL.stream().filter(p -> p.path().equals(wanted)).findFirst();
        Optional<Path> file = page.flatMap(p -> SavedQuery.locate(queries, p.query()));
        if (file.isEmpty() || !List.of("html", "csv", "json").contains(format)) {
            Html.send(response, 404, "Not found", "<h1>Not found</h1><p>There is no browse page called <code>"
                    + escape(Requests.path(request)) + "</code>.</p>" + index());
            return;
        }
        BrowsePage p = page.get();
        Query query;
        try {
            query = QueryRunner.parse(SavedQuery.read(file.get()).text());
        } catch (QueryRunner.InvalidQueryException e) {
            Html.send(response, 500, p.title(), "<p class=\"error\">" + escape(e.getMessage()) + "</p>");
            return;
        }
        FactTable.Selection selection = selection(p, request);
        List<Row> all = table.all(p, () -> view.select(query, Map.of()));

        List<Row> kept = table.select(p, all, selection);
        switch (format) {
            case "csv" -> csv(p, kept, response);
            case "json" -> json(p, kept, response);
            default -> Html.send(response, 200, p.title(), html(p, all, kept, selection, pageNumber(request)));
        }
    }

    /** Runs every page's query now, so that the first reader after a load does not wait for it. */
    public void warm() {
        for (BrowsePage p : BrowsePage.ALL) {
            Optional<Path> file = SavedQuery.locate(queries, p.query());
            if (file.isPresent()) {
                try {
                    Query query = QueryRunner.parse(SavedQuery.read(file.get()).text());
                    table.all(p, () -> view.select(query, Map.of()));
                } catch (IOException | QueryRunner.InvalidQueryException | RuntimeException e) {
                    // the page itself will say what is wrong (or time out) when it is asked for
                }
            }
        }
    }

    private static FactTable.Selection selection(BrowsePage p, HttpServletRequest request) {
        Map<String, String> facets = new LinkedHashMap<>();
        for (BrowsePage.Facet f : p.facets()) {
            String v = request.getParameter(f.param());
            if (v != null && !v.isBlank()) {
                facets.put(f.param(), v.strip());
            }
        }
        String sort = request.getParameter("sort");
        boolean known = sort != null && p.column(sort).isPresent();
        String dir = request.getParameter("dir");
        return new FactTable.Selection(facets, date(request.getParameter("since")), date(request.getParameter("until")),
                known ? sort : p.defaultSort(), known ? "desc".equals(dir) : p.defaultDescending());
    }

    private String html(BrowsePage p, List<Row> all, List<Row> kept, FactTable.Selection s, int pageNumber) {
        int pages = Math.max(1, (kept.size() + PAGE_ROWS - 1) / PAGE_ROWS);
        int current = Math.min(pageNumber, pages);
        int from = (current - 1) * PAGE_ROWS;
        List<Row> shown = kept.subList(Math.min(from, kept.size()), Math.min(from + PAGE_ROWS, kept.size()));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(p.title())).append("</h1>");
        b.append("<p class=\"intro\">").append(escape(p.intro())).append("</p>");
        b.append("<div class=\"browse\">").append(facets(p, all, s)).append("<div class=\"table-area\">");
        b.append("<p class=\"summary\" id=\"summary\">");
        if (kept.isEmpty()) {
            b.append("No ").append(escape(p.noun())).append(" match these filters.");
        } else {
            b.append("Showing ").append(from + 1).append("–").append(from + shown.size()).append(" of <span id=\"total\">")
                    .append(kept.size()).append("</span> ").append(escape(p.noun()));
        }
        String params = queryString(s, -1, null, null);
        b.append(" · Download ").append(Html.link("/browse/" + p.path() + ".csv" + params, "CSV"))
                .append(" ").append(Html.link("/browse/" + p.path() + ".json" + params, "JSON"))
                .append(" · ").append(Html.link("/api/queries/" + p.query() + apiParams(s), "the same from the API"))
                .append(" · ").append(Html.link("/queries/" + p.query(), "query page")).append("</p>");
        b.append("<table class=\"results facts\" id=\"facts\"><thead><tr>");
        for (BrowsePage.Column c : p.columns()) {
            boolean sorted = c.key().equals(s.sort());
            boolean nextDescending = !sorted ? c.show() == BrowsePage.Show.DATE || c.show() == BrowsePage.Show.NUMBER : !s.descending();
            String href = "/browse/" + p.path() + queryString(s, -1, c.key(), nextDescending ? "desc" : "asc");
            b.append("<th").append(sorted ? " aria-sort=\"" + (s.descending() ? "descending" : "ascending") + "\"" : "")
                    .append(">").append(Html.link(href, c.heading()))
                    .append(sorted ? (s.descending() ? " ▾" : " ▴") : "").append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Row r : shown) {
            b.append("<tr>");
            for (BrowsePage.Column c : p.columns()) {
                b.append("<td class=\"c-").append(escape(c.var())).append("\">").append(cell(c, r)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        if (pages > 1) {
            b.append("<nav class=\"pager\" aria-label=\"Pages\">");
            if (current > 1) {
                b.append(Html.link("/browse/" + p.path() + queryString(s, current - 1, null, null), "← previous")).append(' ');
            }
            b.append("page ").append(current).append(" of ").append(pages);
            if (current < pages) {
                b.append(' ').append(Html.link("/browse/" + p.path() + queryString(s, current + 1, null, null), "next →"));
            }
            b.append("</nav>");
        }
        return b.append("</div></div>").toString();
    }

    private String facets(BrowsePage p, List<Row> all, FactTable.Selection s) {
        StringBuilder b = new StringBuilder("<aside class=\"facets\" aria-label=\"Filters\">");
        if (p.dateVar() != null) {
            b.append("<form class=\"dates\" method=\"get\" action=\"/browse/").append(escape(p.path())).append("\">");
            s.facets().forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                    .append(escape(v)).append("\">"));
            b.append("<h3>Date</h3><label>from <input type=\"date\" name=\"since\" value=\"").append(escape(orEmpty(s.since())))
                    .append("\"></label><label>to <input type=\"date\" name=\"until\" value=\"").append(escape(orEmpty(s.until())))
                    .append("\"></label><button type=\"submit\">Apply</button></form>");
        }
        for (Map.Entry<BrowsePage.Facet, List<FactTable.FacetValue>> e : table.counts(p, all, s).entrySet()) {
            BrowsePage.Facet f = e.getKey();
            String chosen = s.facets().get(f.param());
            b.append("<section class=\"facet\" data-facet=\"").append(escape(f.param())).append("\"><h3>")
                    .append(escape(f.heading())).append("</h3><ul>");
            int shown = 0;
            for (FactTable.FacetValue v : e.getValue()) {
                boolean on = v.iri().equals(chosen);
                if (chosen != null && !on) {
                    continue;
                }
                if (shown++ == 12) {
                    b.append("</ul><details><summary>more</summary><ul>");
                }
                Map<String, String> next = new LinkedHashMap<>(s.facets());
                if (on) {
                    next.remove(f.param());
                } else {
                    next.put(f.param(), v.iri());
                }
                FactTable.Selection changed = new FactTable.Selection(next, s.since(), s.until(), s.sort(), s.descending());
                b.append("<li>").append("<a class=\"facet-value").append(on ? " chosen" : "").append("\" href=\"")
                        .append(escape("/browse/" + p.path() + queryString(changed, -1, null, null))).append("\">")
                        .append(on ? "✕ " : "").append(escape(v.label())).append(" <span class=\"count\">").append(v.count())
                        .append("</span></a></li>");
            }
            b.append("</ul>").append(shown > 12 ? "</details>" : "").append("</section>");
        }
        return b.append("</aside>").toString();
    }

    private String cell(BrowsePage.Column c, Row r) {
        return switch (c.show()) {
            case FACT -> r.node(c.var()).map(n -> Html.anchor(view.href(n.getURI()), "class=\"fact\"",
                    r.text(c.textVar()).isEmpty() ? escape(view.label(n)) : "“" + escape(r.text(c.textVar())) + "”")
                    + (wordings(r) > 1 ? " <span class=\"note\">(" + wordings(r) + " wordings)</span>" : "")).orElse("");
            case LINK -> r.node(c.var()).map(n -> cells.term(n, c.textVar() == null ? null : r.text(c.textVar()))).orElse("");
            case LIST -> cells.list(r.text(c.var()));
            case DATE -> escape(r.node(c.var()).map(Values::text).orElse(""));
            case DIRECT -> r.text(c.var()).equals("true") ? "quoted" : r.text(c.var()).isEmpty() ? "" : "reported";
            default -> r.node(c.var()).map(n -> cells.term(n, null)).orElse("");
        };
    }

    private static int wordings(Row r) {
        try {
            return Integer.parseInt(r.text("wordings"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void csv(BrowsePage p, List<Row> rows, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + p.path() + ".csv\"");
        Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>();
            for (BrowsePage.Column c : p.columns()) {
                header.add(c.heading());
                if (isResource(c)) {
                    header.add(c.heading() + " IRI");
                }
            }
            out.printRecord(header);
            for (Row r : rows) {
                List<String> record = new ArrayList<>();
                for (BrowsePage.Column c : p.columns()) {
                    record.add(plain(c, r));
                    if (isResource(c)) {
                        record.add(r.text(c.var()));
                    }
                }
                out.printRecord(record);
            }
        }
    }

    private void json(BrowsePage p, List<Row> rows, HttpServletResponse response) throws IOException {
        JsonArray out = new JsonArray();
        for (Row r : rows) {
            JsonObject o = new JsonObject();
            for (BrowsePage.Column c : p.columns()) {
                if (c.show() == BrowsePage.Show.LIST) {
                    JsonArray items = new JsonArray();
                    for (String iri : r.text(c.var()).strip().split("\\s+")) {
                        if (!iri.isEmpty()) {
                            JsonObject item = new JsonObject();
                            item.addProperty("iri", iri);
                            item.addProperty("label", view.label(iri));
                            items.add(item);
                        }
                    }
                    o.add(c.var(), items);
                } else if (isResource(c)) {
                    if (r.node(c.var()).isPresent()) {
                        JsonObject item = new JsonObject();
                        item.addProperty("iri", r.text(c.var()));
                        item.addProperty("label", plain(c, r));
                        o.add(c.var(), item);
                    }
                } else if (r.node(c.var()).isPresent()) {
                    o.addProperty(c.var(), plain(c, r));
                }
            }
            out.add(o);
        }
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isResource(BrowsePage.Column c) {
        return c.show() == BrowsePage.Show.LINK || c.show() == BrowsePage.Show.FACT;
    }

    /** A cell as plain text, for downloads. */
    private String plain(BrowsePage.Column c, Row r) {
        return switch (c.show()) {
            case LIST -> String.join("; ", java.util.Arrays.stream(r.text(c.var()).strip().split("\\s+"))
                    .filter(s -> !s.isEmpty()).map(view::label).toList());
            case LINK, FACT -> c.textVar() != null && !r.text(c.textVar()).isEmpty() ? r.text(c.textVar())
                    : r.node(c.var()).map(view::label).orElse("");
            case DIRECT -> r.text(c.var()).equals("true") ? "quoted" : r.text(c.var()).isEmpty() ? "" : "reported";
            case DATE -> r.text(c.var()).length() >= 10 ? r.text(c.var()).substring(0, 10) : r.text(c.var());
            default -> r.node(c.var()).map(view::label).orElse("");
        };
    }

    /** The page's own query string: facets, dates, sort, page. */
    private static String queryString(FactTable.Selection s, int page, String sort, String dir) {
        List<String> parts = new ArrayList<>();
        s.facets().forEach((k, v) -> parts.add(encode(k) + "=" + encode(v)));
        if (s.since() != null) {
            parts.add("since=" + s.since());
        }
        if (s.until() != null) {
            parts.add("until=" + s.until());
        }
        parts.add("sort=" + encode(sort == null ? s.sort() : sort));
        parts.add("dir=" + (dir == null ? (s.descending() ? "desc" : "asc") : dir));
        if (page > 1) {
            parts.add("page=" + page);
        }
        return "?" + String.join("&", parts);
    }

    /** The saved query's parameters for the same selection. */
    private static String apiParams(FactTable.Selection s) {
        List<String> parts = new ArrayList<>();
        s.facets().forEach((k, v) -> parts.add(encode(k) + "=" + encode(v)));
        if (s.since() != null) {
            parts.add("since=" + s.since());
        }
        if (s.until() != null) {
            parts.add("until=" + s.until());
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String date(String value) {
        return value != null && DATE.matcher(value.strip()).matches() ? value.strip() : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int pageNumber(HttpServletRequest request) {
        try {
            String v = request.getParameter("page");
            return v == null ? 1 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String index() {
        StringBuilder b = new StringBuilder("<ul class=\"entry\">");
        for (BrowsePage p : BrowsePage.ALL) {
            b.append("<li>").append(Html.link("/browse/" + p.path(), p.title())).append(" — ").append(escape(p.intro()))
                    .append("</li>");
        }
        b.append("<li>").append(Html.link("/timeline", "Timeline")).append(" — negotiations over time, by parties, ")
                .append("held, planned, proposed or cancelled.</li>");
        return b.append("</ul>").toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
