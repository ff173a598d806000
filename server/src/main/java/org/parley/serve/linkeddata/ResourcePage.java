package org.parley.serve.linkeddata;

import static org.parley.serve.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.parley.serve.Html;
import org.parley.serve.Labels;
import org.parley.serve.StoreView;
import org.parley.serve.Values;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/**
 * The HTML page of one resource, for people: its label (the IRI only on the line under it), what
 * it is, its properties as values and labelled links, where it comes from in words (the articles,
 * the rules that found it and how sure they were), and what links to it grouped by property. A fact
 * shows the sentence it came from, marked, in each article that reported it; an article its text
 * with every extracted span marked; an actor its positions over time and its neighbourhood.
 */
public final class ResourcePage {
    private static final int INBOUND_CAP = 200;
    private static final int SOURCES_CAP = 30;
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";
    /** Properties shown elsewhere on the page (title, provenance block, text) rather than in the table. */
    private static final Set<Node> NOT_IN_TABLE = Set.of(Vocab.RDF.type, Vocab.SKOS.prefLabel, Vocab.RDFS.label,
            Vocab.NIF.isString, Parley.denotedBy, Vocab.PROV.wasDerivedFrom, Parley.confidence, Parley.rule,
            Parley.contentHash, Parley.sourceKey, Parley.sourceFile, Vocab.NIF.beginIndex, Vocab.NIF.endIndex);
    private static final Map<String, String> PROPERTY_NAMES = Map.of(
            Vocab.SKOS.altLabel.getURI(), "also called",
            Vocab.DCTERMS.title.getURI(), "title",
            Vocab.DCTERMS.issued.getURI(), "published",
            Vocab.DCTERMS.language.getURI(), "language",
            "https://schema.org/url", "web address",
            Vocab.NIF.referenceContext.getURI(), "in article",
            Vocab.NIF.anchorOf.getURI(), "words");
    private static final List<String> SPAN_KINDS = List.of("negotiation", "delegation", "statement", "demand", "actor");
    /** The letter of each kind in the references after marked spans (S1, D2, N1, G1). */
    private static final Map<String, String> REF_LETTERS = Map.of("statement", "S", "demand", "D", "negotiation", "N",
            "delegation", "G", "actor", "A");

    private final StoreView view;

    public ResourcePage(StoreView view) {
        this.view = view;
    }

    /** A page's title, its body (safe HTML) and what its head needs (stylesheets and scripts, from this server). */
    public record Rendered(String title, String body, String head) {}

    public Rendered render(String iri) {
        Node r = NodeFactory.createURI(iri);
        List<Triple> triples = view.outgoing(r);
        Set<String> types = new LinkedHashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(Vocab.RDF.type) && t.getObject().isURI()) {
                types.add(t.getObject().getURI());
            }
        }
        String label = view.label(r);
        StringBuilder b = new StringBuilder();
        StringBuilder head = new StringBuilder();
        b.append("<h1>").append(escape(label)).append("</h1>");
        b.append("<p class=\"types\">");
        for (String t : types) {
            b.append("<span class=\"type\">").append(escape(view.label(t))).append("</span> ");
        }
        b.append("<code class=\"iri\">").append(escape(iri)).append("</code></p>");
        boolean actor = types.contains(Parley.Person.getURI()) || types.contains(Parley.Country.getURI())
                || types.contains(Parley.Organization.getURI());
        if (types.contains(Parley.Statement.getURI()) || types.contains(Parley.Demand.getURI())) {
            wordings(r, b);
        }
        if (types.contains(Parley.Negotiation.getURI())) {
            negotiation(r, b);
        }
        properties(triples, b);
        if (actor) {
            actor(r, b, head);
        }
        if (types.contains(Parley.Article.getURI())) {
            article(r, triples, b, head);
        } else {
            provenance(r, triples, b);
            if (!actor) {
                sources(r, b, types.contains(Parley.Negotiation.getURI()) ? "Sources" : "Reported by");
            }
        }
        inbound(r, b);
        b.append("<p class=\"formats\">Also as data: ");
        String data = view.pathOf(iri).map(p -> "/data/" + p.replaceFirst("^/id/", "")).orElse("");
        for (RdfMediaType t : RdfMediaType.values()) {
            b.append(Html.link(data + "." + t.suffix(), t.name().toLowerCase(java.util.Locale.ROOT))).append(' ');
        }
        b.append("</p>");
        return new Rendered(label, b.toString(), head.toString());
    }

    /** Each wording of a statement or demand, with the articles that carried it. */
    private void wordings(Node r, StringBuilder b) {
        List<StoreView.Row> rows = view.select(PREFIXES + "SELECT ?text ?article WHERE { ?s parley:text ?text . "
                + "OPTIONAL { ?s parley:denotedBy ?m . ?m parley:text ?text ; nif:referenceContext ?article } } ORDER BY ?text ?article",
                Map.of("s", r));
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (StoreView.Row row : rows) {
            List<String> articles = byText.computeIfAbsent(row.text("text"), k -> new ArrayList<>());
            row.node("article").ifPresent(a -> articles.add(a.getURI()));
        }
        b.append("<section class=\"quote\">");
        byText.forEach((text, articles) -> {
            b.append("<blockquote>").append(escape(text)).append("</blockquote>");
            if (!articles.isEmpty()) {
                b.append("<p class=\"carried\">carried by ").append(String.join(", ", articles.stream().distinct()
                        .map(this::iriLink).toList())).append("</p>");
            }
        });
        b.append("</section>");
    }

    private void negotiation(Node r, StringBuilder b) {
        List<StoreView.Row> delegations = view.select(PREFIXES + "SELECT ?d ?party ?member WHERE { ?n parley:delegation ?d . "
                + "?d parley:delegationOf ?party . OPTIONAL { ?d parley:member ?member } }", Map.of("n", r));
        if (!delegations.isEmpty()) {
            Map<String, List<String>> byParty = new LinkedHashMap<>();
            Map<String, String> delegationOf = new LinkedHashMap<>();
            for (StoreView.Row row : delegations) {
                List<String> members = byParty.computeIfAbsent(row.text("party"), k -> new ArrayList<>());
                delegationOf.put(row.text("party"), row.text("d"));
                row.node("member").ifPresent(m -> members.add(m.getURI()));
            }
            b.append("<h2>Delegations</h2><ul>");
            byParty.forEach((party, members) -> {
                b.append("<li>").append(Html.link(view.href(delegationOf.get(party)), view.label(party) + " delegation"))
                        .append(members.isEmpty() ? "" : ": ");
                b.append(String.join(", ", members.stream().distinct().map(this::iriLink).toList())).append("</li>");
            });
            b.append("</ul>");
        }
        table(b, "Demands", view.select(PREFIXES + "SELECT ?d ?by ?topic ?text WHERE { "
                + "{ SELECT ?d (SAMPLE(?w) AS ?text) WHERE { ?d parley:concerns ?n ; a parley:Demand ; parley:text ?w } GROUP BY ?d } "
                + "?d parley:demandedBy ?by ; parley:topic ?t . ?t skos:prefLabel ?topic }", Map.of("n", r)),
                List.of("by", "topic"), "text", "d");
        table(b, "Statements", view.select(PREFIXES + "SELECT ?s ?by ?date ?text WHERE { "
                + "{ SELECT ?s (SAMPLE(?w) AS ?text) WHERE { ?s parley:concerns ?n ; a parley:Statement ; parley:text ?w } GROUP BY ?s } "
                + "?s parley:speaker ?by . OPTIONAL { ?s parley:date ?date } } ORDER BY ?date", Map.of("n", r)),
                List.of("by", "date"), "text", "s");
    }

    private void actor(Node r, StringBuilder b, StringBuilder head) {
        String actor = r.getURI();
        String encoded = java.net.URLEncoder.encode(actor, java.nio.charset.StandardCharsets.UTF_8);
        b.append("<h2>Positions over time</h2><p class=\"intro\">What ").append(escape(view.label(r)))
                .append(" (and people who belong to it) demanded and said, by date; demands in the lane of their topic.</p>")
                .append("<div id=\"positions\" class=\"timeline\" data-base=\"").append(escape(view.base()))
                .append("\" data-source=\"").append(escape("/api/queries/actor-positions?actor=" + encoded)).append("\"></div>");
        b.append("<h2>Neighbourhood</h2><p class=\"intro\">Negotiations it took part in, its counterparts there, whom it made ")
                .append("demands of and who of it, and where it belongs. Click a node to open it.</p>")
                .append("<div id=\"graph\" class=\"graph\" data-base=\"").append(escape(view.base())).append("\" data-center=\"")
                .append(escape(actor)).append("\" data-source=\"").append(escape("/api/queries/actor-neighbourhood?actor=" + encoded))
                .append("\"></div>");
        table(b, "Statements", view.select(PREFIXES + "SELECT ?s ?date ?text WHERE { ?s parley:speaker ?a . "
                + "{ SELECT ?s (SAMPLE(?w) AS ?text) WHERE { ?s parley:speaker ?a ; parley:text ?w } GROUP BY ?s } "
                + "OPTIONAL { ?s parley:date ?date } } ORDER BY ?date LIMIT 100", Map.of("a", r)), List.of("date"), "text", "s");
        table(b, "Demands", view.select(PREFIXES + "SELECT ?d ?topic ?text WHERE { ?d parley:demandedBy ?a ; parley:topic ?t . "
                + "?t skos:prefLabel ?topic { SELECT ?d (SAMPLE(?w) AS ?text) WHERE { ?d parley:demandedBy ?a ; parley:text ?w } GROUP BY ?d } } "
                + "LIMIT 100", Map.of("a", r)), List.of("topic"), "text", "d");
        table(b, "Negotiations", view.select(PREFIXES + "SELECT ?n ?date ?label WHERE { ?n parley:party|parley:mediator ?a ; rdfs:label ?label . "
                + "OPTIONAL { ?n parley:startDate ?date } } ORDER BY ?date LIMIT 100", Map.of("a", r)), List.of("date"), "label", "n");
        // Cytoscape adds an inline <style> for its container unless an element with this id exists; a
        // Content-Security-Policy without 'unsafe-inline' would refuse it, so the rule is in parley.css.
        head.append("<link rel=\"stylesheet\" id=\"__________cytoscape_stylesheet\" href=\"/static/parley.css\">")
                .append(Html.stylesheet("/static/vendor/vis-timeline/vis-timeline-graph2d.min.css"))
                .append(Html.script("/static/vendor/vis-timeline/vis-timeline-graph2d.min.js"))
                .append(Html.script("/static/vendor/cytoscape/cytoscape.min.js"))
                .append(Html.script("/static/parley-charts.js"));
    }

    /** An article's metadata in words, and its text with every extracted span marked and linked to its fact. */
    private void article(Node r, List<Triple> triples, StringBuilder b, StringBuilder head) {
        for (Triple t : triples) {
            if (t.getPredicate().equals(Parley.sourceFile)) {
                b.append("<p class=\"provenance\">Loaded from <code>").append(escape(Values.sourceFile(t.getObject().getLiteralLexicalForm())))
                        .append("</code>.</p>");
            }
        }
        String text = triples.stream().filter(t -> t.getPredicate().equals(Vocab.NIF.isString)).findFirst()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
        if (text == null) {
            return;
        }
        List<StoreView.Row> rows = view.select(PREFIXES + "SELECT ?m ?type ?begin ?end ?fact WHERE { ?m nif:referenceContext ?a ; "
                + "a ?type ; nif:beginIndex ?begin ; nif:endIndex ?end . "
                + "VALUES ?type { parley:StatementMention parley:DemandMention parley:NegotiationMention parley:DelegationMention parley:ActorMention } "
                + "OPTIONAL { ?fact parley:denotedBy ?m } } ORDER BY ?begin", Map.of("a", r));
        List<ArticleSpans.Span> spans = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder facts = new StringBuilder();
        for (StoreView.Row row : rows) {
            String kind = row.text("type").substring(Parley.NS.length()).replace("Mention", "").toLowerCase(java.util.Locale.ROOT);
            if (row.node("fact").isEmpty()) {
                continue;
            }
            String fact = row.text("fact");
            int n = counts.merge(kind, 1, Integer::sum);
            String ref = REF_LETTERS.getOrDefault(kind, "A") + n;
            String label = view.label(fact);
            spans.add(new ArticleSpans.Span(Integer.parseInt(row.text("begin")), Integer.parseInt(row.text("end")), kind,
                    view.href(fact), label, ref));
            if (!kind.equals("actor")) {
                facts.append("<tr><td><span class=\"swatch k-").append(kind).append("\">").append(escape(ref)).append("</span></td><td>")
                        .append(escape(kind)).append("</td><td>").append(Html.link(view.href(fact), label)).append("</td></tr>");
            }
        }
        b.append("<h2>Text</h2><ul class=\"legend spans\">");
        for (String kind : SPAN_KINDS) {
            b.append("<li class=\"k-").append(kind).append("\">").append(escape(kind)).append(" <span class=\"count\">")
                    .append(counts.getOrDefault(kind, 0)).append("</span></li>");
        }
        b.append("</ul><div class=\"article-text\" id=\"article-text\">").append(ArticleSpans.render(text, spans)).append("</div>");
        if (!facts.isEmpty()) {
            b.append("<h2>Facts found in this article</h2><table class=\"list facts-in-article\">").append(facts).append("</table>");
        }
        head.append(Html.script("/static/parley-charts.js"));
    }

    /** Where an instance comes from, in words: how many articles, which rules, how sure. */
    private void provenance(Node r, List<Triple> triples, StringBuilder b) {
        List<StoreView.Row> rules = view.select(PREFIXES + "SELECT ?rule (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?article) AS ?articles) "
                + "WHERE { ?x parley:denotedBy ?m . ?m nif:referenceContext ?article . OPTIONAL { ?m parley:rule ?rule } } GROUP BY ?rule "
                + "ORDER BY DESC(?n)", Map.of("x", r));
        Double confidence = null;
        for (Triple t : triples) {
            if (t.getPredicate().equals(Parley.confidence) && t.getObject().isLiteral()) {
                try {
                    confidence = Double.parseDouble(t.getObject().getLiteralLexicalForm());
                } catch (NumberFormatException e) {
                    confidence = null;
                }
            }
        }
        if (rules.isEmpty() && confidence == null) {
            return;
        }
        long articles = view.select(PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?x prov:wasDerivedFrom ?a }", Map.of("x", r))
                .stream().map(row -> Long.parseLong(row.text("n"))).findFirst().orElse(0L);
        b.append("<section class=\"provenance\" id=\"provenance\"><h2>Provenance</h2><p>");
        b.append("Found in ").append(articles).append(articles == 1 ? " article" : " articles");
        List<String> ruleNames = new ArrayList<>();
        for (StoreView.Row row : rules) {
            if (!row.text("rule").isEmpty()) {
                String n = row.text("n");
                ruleNames.add("“" + escape(row.text("rule")) + "”" + (n.equals("1") ? "" : " (" + escape(n) + " times)"));
            }
        }
        if (!ruleNames.isEmpty()) {
            b.append(", by the pattern").append(ruleNames.size() == 1 ? " " : "s ").append(String.join(", ", ruleNames));
        }
        if (confidence != null) {
            b.append("; confidence ").append(Values.confidence(confidence)).append(" (")
                    .append(Math.round(confidence * 100)).append(" in 100)");
        }
        b.append(".</p></section>");
    }

    /** Each mention of the resource: the article that has it, and the sentence it is in, the mention marked. */
    private void sources(Node r, StringBuilder b, String heading) {
        List<StoreView.Row> rows = view.select(PREFIXES + "SELECT ?m ?article ?title ?outlet ?issued ?begin ?end ?text WHERE { "
                + "?r parley:denotedBy ?m . ?m nif:referenceContext ?article ; nif:beginIndex ?begin ; nif:endIndex ?end . "
                + "?article nif:isString ?text . OPTIONAL { ?article dcterms:title ?title } "
                + "OPTIONAL { ?article parley:outlet/rdfs:label ?outlet } OPTIONAL { ?article dcterms:issued ?issued } } "
                + "ORDER BY ?issued ?article ?begin LIMIT " + SOURCES_CAP, Map.of("r", r));
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>").append(escape(heading)).append("</h2><ul class=\"sources\">");
        for (StoreView.Row row : rows) {
            String article = row.text("article");
            b.append("<li>").append(Html.link(view.href(article) + "#article-text", view.label(article)));
            if (!row.text("outlet").isEmpty()) {
                b.append(" · ").append(escape(row.text("outlet")));
            }
            row.node("issued").ifPresent(d -> b.append(" · ").append(escape(Values.text(d))));
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
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (!NOT_IN_TABLE.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<h2>Properties</h2><table class=\"properties\">");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            b.append("<tr><th>").append(escape(propertyName(e.getKey()))).append("</th><td>");
            List<String> values = new ArrayList<>();
            for (Node o : e.getValue()) {
                values.add(o.isURI() ? valueLink(o.getURI()) : escape(Values.text(o)));
            }
            b.append(String.join("<br>", values.stream().distinct().toList())).append("</td></tr>");
        }
        b.append("</table>");
    }

    /** What links here, grouped by the property that links, each group with the property's name. */
    private void inbound(Node r, StringBuilder b) {
        List<Triple> in = view.incoming(r, INBOUND_CAP + 1);
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : in.subList(0, Math.min(INBOUND_CAP, in.size()))) {
            if (t.getSubject().isURI() && !t.getPredicate().equals(Parley.denotedBy)) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
            }
        }
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<h2>Linked from</h2><dl class=\"inbound\">");
        byProperty.forEach((p, subjects) -> {
            List<String> links = subjects.stream().distinct().map(s -> iriLink(s.getURI())).toList();
            b.append("<dt>").append(escape(inverseName(p))).append(" <span class=\"count\">").append(links.size())
                    .append("</span></dt><dd><ul>");
            links.forEach(l -> b.append("<li>").append(l).append("</li>"));
            b.append("</ul></dd>");
        });
        b.append("</dl>");
        if (in.size() > INBOUND_CAP) {
            b.append("<p class=\"note\">Only the first ").append(INBOUND_CAP).append(" links are shown; the SPARQL endpoint has all.</p>");
        }
    }

    /** "X is the speaker of": the property's name read backwards, for the Linked-from groups. */
    private String inverseName(Node p) {
        return "as " + propertyName(p) + " of";
    }

    private String propertyName(Node p) {
        String known = PROPERTY_NAMES.get(p.getURI());
        return known != null ? known : view.label(p);
    }

    private void table(StringBuilder b, String heading, List<StoreView.Row> rows, List<String> columns, String text, String link) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>").append(escape(heading)).append("</h2><table class=\"list\">");
        for (StoreView.Row row : rows) {
            b.append("<tr>");
            for (String c : columns) {
                b.append("<td>").append(row.node(c).map(n -> n.isURI() ? iriLink(n.getURI()) : escape(Values.text(n))).orElse(""))
                        .append("</td>");
            }
            b.append("<td>").append(Html.link(view.href(row.text(link)), row.text(text))).append("</td></tr>");
        }
        b.append("</table>");
    }

    /** A property value that is a resource: served here, a concept Parley names, or a web address shown as such. */
    private String valueLink(String iri) {
        if (view.pathOf(iri).isPresent()) {
            return iriLink(iri);
        }
        String label = view.label(iri);
        return Labels.isNamed(label) ? escape(label) : Html.anchor(iri, "rel=\"external noopener\"", escape(iri));
    }

    private String iriLink(String iri) {
        return view.pathOf(iri).isPresent() ? Html.link(view.href(iri), view.label(iri)) : escape(view.label(iri));
    }
}
