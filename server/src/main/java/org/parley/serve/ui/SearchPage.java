package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.serve.Html;
import org.parley.serve.StoreView;
import org.parley.serve.Values;
import org.parley.serve.search.SearchIndex;
import org.parley.serve.search.SearchKind;

/**
 * {@code /search?q=...}: statements, demands, negotiations, actors and articles ranked by relevance,
 * the matching words marked in each hit; narrowed by kind and date range; twenty hits a page.
 */
public final class SearchPage extends HttpServlet {
    private static final int PAGE = 20;

    private final transient StoreView view;
    private final transient SearchIndex index;

    public SearchPage(StoreView view, SearchIndex index) {
        this.view = view;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        Optional<SearchKind> kind = SearchKind.of(request.getParameter("kind") == null ? "" : request.getParameter("kind"));
        String since = date(request.getParameter("since"));
        String until = date(request.getParameter("until"));
        int page = number(request.getParameter("page"));
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        b.append("<form class=\"search-page\" method=\"get\" action=\"/search\">")
                .append("<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(escape(q)).append("\" aria-label=\"Words\">")
                .append(kind.map(k -> "<input type=\"hidden\" name=\"kind\" value=\"" + k.id() + "\">").orElse(""))
                .append("<label>from <input type=\"date\" name=\"since\" value=\"").append(escape(since == null ? "" : since))
                .append("\"></label><label>to <input type=\"date\" name=\"until\" value=\"").append(escape(until == null ? "" : until))
                .append("\"></label><button type=\"submit\">Search</button></form>")
                .append("<p class=\"hint\">All words must match; put a phrase in quotes (<code>\"border commission\"</code>); ")
                .append("<code>OR</code>, <code>-word</code> and <code>ceasefir*</code> work too.</p>");
        if (q.isEmpty()) {
            Html.send(response, 200, "Search", b.toString());
            return;
        }
        SearchIndex.Result result = index.search(q, kind, since, until, (page - 1) * PAGE, PAGE);
        if (result.plainWords()) {
            b.append("<p class=\"note\">The query was not valid search syntax; its words were searched as they are.</p>");
        }
        b.append("<nav class=\"kinds\" aria-label=\"Kinds\">");
        int all = result.perKind().values().stream().mapToInt(Integer::intValue).sum();
        b.append(kindLink(q, null, since, until, "All", all, kind.isEmpty()));
        for (SearchKind k : SearchKind.values()) {
            b.append(kindLink(q, k, since, until, capital(k.plural()), result.perKind().getOrDefault(k, 0),
                    kind.map(k::equals).orElse(false)));
        }
        b.append("</nav>");
        if (result.hits().isEmpty()) {
            b.append("<p class=\"empty\">Nothing found for <q>").append(escape(q)).append("</q>.</p>");
        } else {
            b.append("<p class=\"summary\" id=\"summary\">").append(result.total()).append(" found</p><ol class=\"hits\" id=\"hits\">");
            for (SearchIndex.Hit h : result.hits()) {
                b.append("<li class=\"hit k-").append(h.kind().id()).append("\"><span class=\"kind\">")
                        .append(escape(h.kind().id())).append("</span> ")
                        .append(Html.link(view.href(h.iri()), h.label()));
                if (!h.date().isEmpty()) {
                    b.append(" <span class=\"date\">").append(escape(Values.shortDate(h.date()))).append("</span>");
                }
                b.append("<p class=\"passage\">").append(h.passageHtml().replace("\n", " · ")).append("</p></li>");
            }
            b.append("</ol>");
            List<String> pager = new ArrayList<>();
            if (page > 1) {
                pager.add(Html.link(url(q, kind.orElse(null), since, until, page - 1), "← previous"));
            }
            if (page * PAGE < result.total()) {
                pager.add(Html.link(url(q, kind.orElse(null), since, until, page + 1), "next →"));
            }
            if (!pager.isEmpty()) {
                b.append("<nav class=\"pager\">").append(String.join(" ", pager)).append("</nav>");
            }
        }
        Html.send(response, 200, "Search: " + q, b.toString());
    }

    private static String kindLink(String q, SearchKind k, String since, String until, String text, int n, boolean on) {
        return "<a class=\"kind-filter" + (on ? " chosen" : "") + "\" href=\"" + escape(url(q, k, since, until, 1)) + "\">"
                + escape(text) + " <span class=\"count\">" + n + "</span></a>";
    }

    private static String url(String q, SearchKind k, String since, String until, int page) {
        StringBuilder u = new StringBuilder("/search?q=").append(java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (k != null) {
            u.append("&kind=").append(k.id());
        }
        if (since != null) {
            u.append("&since=").append(since);
        }
        if (until != null) {
            u.append("&until=").append(until);
        }
        if (page > 1) {
            u.append("&page=").append(page);
        }
        return u.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String date(String v) {
        return v != null && v.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? v.strip() : null;
    }

    private static int number(String v) {
        try {
            return v == null ? 1 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
