package org.parley.serve.ui;

import static org.parley.serve.Html.escape;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.parley.serve.Html;
import org.parley.serve.StoreView;
import org.parley.serve.StoreView.Row;
import org.parley.vocab.Parley;

/**
 * {@code /timeline}: every negotiation on a zoomable timeline (vis-timeline, bundled), one lane per
 * set of parties, held / planned / proposed / cancelled told apart, each item a link to its page.
 * The data is the saved query {@code negotiation-list} from the API, so the picture and the API
 * never disagree; the same negotiations are listed under the timeline for readers without script.
 */
public final class TimelinePage extends HttpServlet {
    private final transient StoreView view;

    public TimelinePage(StoreView view) {
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String party = request.getParameter("party");
        StringBuilder b = new StringBuilder("<h1>Timeline of negotiations</h1>");
        b.append("<p class=\"intro\">Each bar is a meeting, round of talks or call, in the lane of its parties. ")
                .append("Scroll or pinch to zoom, drag to move, click one to open it.</p>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/timeline\"><label for=\"party\">Party</label>")
                .append("<select id=\"party\" name=\"party\"><option value=\"\">(all)</option>");
        List<Row> parties = view.select("PREFIX parley: <" + Parley.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT DISTINCT ?x ?l WHERE { ?n a parley:Negotiation ; parley:party|parley:mediator ?x . ?x skos:prefLabel ?l } ORDER BY ?l");
        for (Row r : parties) {
            String iri = r.text("x");
            b.append("<option value=\"").append(escape(iri)).append('"').append(iri.equals(party) ? " selected" : "")
                    .append('>').append(escape(r.text("l"))).append("</option>");
        }
        b.append("</select><button type=\"submit\">Show</button></form>");
        b.append("<ul class=\"legend\"><li class=\"status-held\">held</li><li class=\"status-planned\">planned</li>")
                .append("<li class=\"status-proposed\">proposed</li><li class=\"status-cancelled\">cancelled</li></ul>");
        String source = "/api/queries/negotiation-list" + (party == null || party.isBlank() ? ""
                : "?party=" + java.net.URLEncoder.encode(party, java.nio.charset.StandardCharsets.UTF_8));
        b.append("<div id=\"timeline\" class=\"timeline\" data-base=\"").append(escape(view.base())).append("\" data-source=\"")
                .append(escape(source)).append("\"></div>");
        b.append("<p class=\"formats\">The data: ").append(Html.link(source, "negotiation-list from the API"))
                .append(" · ").append(Html.link("/browse/negotiations", "as a table")).append("</p>");
        b.append("<h2>Without a known date</h2><ul class=\"undated\" id=\"undated\"></ul>");
        String head = Html.stylesheet("/static/vendor/vis-timeline/vis-timeline-graph2d.min.css")
                + Html.script("/static/vendor/vis-timeline/vis-timeline-graph2d.min.js") + Html.script("/static/parley-charts.js");
        Html.send(response, 200, "Timeline", b.toString(), head);
    }
}
