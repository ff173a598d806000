package org.parley.serve.linkeddata;

import static org.parley.serve.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.parley.serve.Html;
import org.parley.serve.StoreView;
import org.parley.vocab.Ontology;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * The HTML page of one resource, for people: its label and types, every property with links, what
 * links to it, and where it comes from. A statement shows the sentence each article quoted it in; a
 * negotiation its parties, delegations, demands, statements and sources; an actor what it said and
 * demanded; an article its text.
 */
public final class ResourcePage {
    private static final int INBOUND_CAP = 50;
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

    private final StoreView view;

    public ResourcePage(StoreView view) {
        this.view = view;
    }

    /** A page's title and its body (safe HTML). */
    public record Rendered(String title, String body) {}

    public Rendered render(String iri) {
        Node r = NodeFactory.createURI(iri);
        List<Triple> triples = view.outgoing(r);
        Set<String> types = new TreeSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(Vocab.RDF.type) && t.getObject().isURI()) {
                types.add(t.getObject().getURI());
            }
        }
        String label = view.label(r);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(label)).append("</h1>");
        b.append("<p class=\"types\">");
        for (String t : types) {
            b.append("<span class=\"type\">").append(escape(shortName(t))).append("</span> ");
        }
        b.append("<code class=\"iri\">").append(escape(iri)).append("</code></p>");
        if (types.contains(Parley.Statement.getURI())) {
            statement(r, b);
        }
        if (types.contains(Parley.Negotiation.getURI())) {
            negotiation(r, b);
        }
        if (types.contains(Parley.Person.getURI()) || types.contains(Parley.Country.getURI())
                || types.contains(Parley.Organization.getURI())) {
            actor(r, b);
        }
        if (types.contains(Parley.Article.getURI())) {
            article(r, b);
        }
        properties(triples, b);
        inbound(r, b);
        b.append("<p class=\"formats\">Also as ");
        String data = view.pathOf(iri).map(p -> "/data/" + p.replaceFirst("^/id/", "")).orElse("");
        for (RdfMediaType t : RdfMediaType.values()) {
            b.append(Html.link(data + "." + t.suffix(), t.name().toLowerCase(java.util.Locale.ROOT))).append(' ');
        }
        b.append("</p>");
        return new Rendered(label, b.toString());
    }

    private void statement(Node r, StringBuilder b) {
        b.append("<section class=\"quote\">");
        for (StoreView.Row row : view.select(PREFIXES + "SELECT ?text WHERE { ?s parley:text ?text }", Map.of("s", r))) {
            b.append("<blockquote>").append(escape(row.text("text"))).append("</blockquote>");
        }
        b.append("</section>");
        sources(r, b, "Reported by");
    }

    private void negotiation(Node r, StringBuilder b) {
        List<StoreView.Row> delegations = view.select(PREFIXES + "SELECT ?d ?party ?member WHERE { ?n parley:delegation ?d . "
                + "?d parley:delegationOf ?party . OPTIONAL { ?d parley:member ?member } }", Map.of("n", r));
        if (!delegations.isEmpty()) {
            Map<String, List<String>> byParty = new LinkedHashMap<>();
            for (StoreView.Row row : delegations) {
                List<String> members = byParty.computeIfAbsent(row.text("party"), k -> new ArrayList<>());
                row.node("member").ifPresent(m -> members.add(m.getURI()));
            }
            b.append("<h2>Delegations</h2><ul>");
            byParty.forEach((party, members) -> {
                b.append("<li>").append(iriLink(party)).append(members.isEmpty() ? "" : ": ");
                b.append(String.join(", ", members.stream().distinct().map(this::iriLink).toList())).append("</li>");
            });
            b.append("</ul>");
        }
        table(b, "Demands", view.select(PREFIXES + "SELECT ?d ?by ?topic WHERE { ?d parley:concerns ?n ; a parley:Demand ; "
                + "parley:demandedBy ?by ; parley:topic ?t . ?t skos:prefLabel ?topic }", Map.of("n", r)), "by", "topic", "d");
        table(b, "Statements", view.select(PREFIXES + "SELECT ?s ?by ?text WHERE { ?s parley:concerns ?n ; a parley:Statement ; "
                + "parley:speaker ?by ; parley:text ?text }", Map.of("n", r)), "by", "text", "s");
        sources(r, b, "Sources");
    }

    private void actor(Node r, StringBuilder b) {
        table(b, "Statements", view.select(PREFIXES + "SELECT ?s ?date ?text WHERE { ?s parley:speaker ?a ; parley:text ?text . "
                + "OPTIONAL { ?s parley:date ?date } } ORDER BY ?date LIMIT 100", Map.of("a", r)), "date", "text", "s");
        table(b, "Demands", view.select(PREFIXES + "SELECT ?d ?topic ?text WHERE { ?d parley:demandedBy ?a ; parley:topic ?t ; "
                + "parley:text ?text . ?t skos:prefLabel ?topic } LIMIT 100", Map.of("a", r)), "topic", "text", "d");
        table(b, "Negotiations", view.select(PREFIXES + "SELECT ?n ?date ?label WHERE { ?n parley:party ?a ; rdfs:label ?label . "
                + "OPTIONAL { ?n parley:startDate ?date } } ORDER BY ?date LIMIT 100", Map.of("a", r)), "date", "label", "n");
    }

    private void article(Node r, StringBuilder b) {
        for (StoreView.Row row : view.select(PREFIXES + "SELECT ?text WHERE { ?a nif:isString ?text }", Map.of("a", r))) {
            b.append("<h2>Text</h2><article class=\"text\">");
            for (String paragraph : row.text("text").split("\n\\s*\n")) {
                b.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
            b.append("</article>");
        }
    }

    /** Each mention of the resource: the article that has it, and the sentence it is in, the mention marked. */
    private void sources(Node r, StringBuilder b, String heading) {
        List<StoreView.Row> rows = view.select(PREFIXES + "SELECT ?m ?article ?title ?outlet ?issued ?begin ?end ?text WHERE { "
                + "?r parley:denotedBy ?m . ?m nif:referenceContext ?article ; nif:beginIndex ?begin ; nif:endIndex ?end . "
                + "?article nif:isString ?text . OPTIONAL { ?article dcterms:title ?title } "
                + "OPTIONAL { ?article parley:outlet/rdfs:label ?outlet } OPTIONAL { ?article dcterms:issued ?issued } } "
                + "ORDER BY ?issued ?article", Map.of("r", r));
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>").append(escape(heading)).append("</h2><ul class=\"sources\">");
        for (StoreView.Row row : rows) {
            String article = row.text("article");
            String title = row.text("title").isEmpty() ? article : row.text("title");
            b.append("<li>").append(Html.link(view.href(article), title));
            if (!row.text("outlet").isEmpty()) {
                b.append(" · ").append(escape(row.text("outlet")));
            }
            if (!row.text("issued").isEmpty()) {
                b.append(" · ").append(escape(row.text("issued")));
            }
            b.append("<p class=\"excerpt\">").append(excerpt(row.text("text"), Integer.parseInt(row.text("begin")),
                    Integer.parseInt(row.text("end")))).append("</p></li>");
        }
        b.append("</ul>");
    }

    /** The sentence(s) around a span, the span itself marked; all of it escaped. */
    static String excerpt(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            return "";
        }
        int from = begin;
        while (from > 0 && begin - from < 300 && text.charAt(from - 1) != '\n'
                && !(text.charAt(from - 1) == ' ' && from > 1 && ".!?".indexOf(text.charAt(from - 2)) >= 0)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < 300 && text.charAt(to) != '\n'
                && !(".!?".indexOf(text.charAt(to)) >= 0 && (to + 1 == text.length() || text.charAt(to + 1) == ' '))) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        return escape(text.substring(from, begin)) + "<mark>" + escape(text.substring(begin, end)) + "</mark>"
                + escape(text.substring(end, to));
    }

    private void properties(List<Triple> triples, StringBuilder b) {
        b.append("<h2>Properties</h2><table class=\"properties\">");
        Map<String, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(Vocab.NIF.isString) || t.getPredicate().equals(Parley.denotedBy)) {
                continue;
            }
            byProperty.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t.getObject());
        }
        for (Map.Entry<String, List<Node>> e : byProperty.entrySet()) {
            b.append("<tr><th>").append(Html.link(e.getKey(), shortName(e.getKey()))).append("</th><td>");
            List<String> values = new ArrayList<>();
            for (Node o : e.getValue()) {
                values.add(o.isURI() ? iriLink(o.getURI()) : escape(o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()));
            }
            b.append(String.join("<br>", values)).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void inbound(Node r, StringBuilder b) {
        List<Triple> in = view.incoming(r, INBOUND_CAP + 1);
        if (in.isEmpty()) {
            return;
        }
        b.append("<h2>Linked from</h2><ul class=\"inbound\">");
        for (Triple t : in.subList(0, Math.min(INBOUND_CAP, in.size()))) {
            b.append("<li>").append(iriLink(t.getSubject().getURI())).append(" <span class=\"via\">")
                    .append(escape(shortName(t.getPredicate().getURI()))).append("</span></li>");
        }
        if (in.size() > INBOUND_CAP) {
            b.append("<li>… and more (ask the SPARQL endpoint)</li>");
        }
        b.append("</ul>");
    }

    private void table(StringBuilder b, String heading, List<StoreView.Row> rows, String first, String second, String link) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>").append(escape(heading)).append("</h2><table class=\"list\">");
        for (StoreView.Row row : rows) {
            b.append("<tr><td>").append(cell(row, first)).append("</td><td>")
                    .append(Html.link(view.href(row.text(link)), row.text(second))).append("</td></tr>");
        }
        b.append("</table>");
    }

    private String cell(StoreView.Row row, String var) {
        return row.node(var).map(n -> n.isURI() ? iriLink(n.getURI()) : escape(n.getLiteralLexicalForm())).orElse("");
    }

    private String iriLink(String iri) {
        return Html.link(view.href(iri), view.label(iri));
    }

    private static String shortName(String iri) {
        String prefixed = Ontology.prefixes().shortForm(iri);
        return prefixed.equals(iri) ? iri : prefixed;
    }
}
