package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.it.ServedExamples.Served;

/**
 * Linked data on a running server: every IRI the loader minted dereferences by its path, with
 * content negotiation, 303 redirects, suffix overrides, helpful 404 and 406 answers, and pages
 * for people that show provenance and escape what they show.
 */
@ExtendWith(ServedExamples.class)
class LinkedDataIT {
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String PARLEY = "https://w3id.org/parley/ontology#";

    private final Served served;
    private final Http http;

    LinkedDataIT(Served served) {
        this.served = served;
        this.http = served.http();
    }

    @Test
    void everyMintedIriDereferencesToItsOwnDescription() {
        List<String> iris = mintedIris();
        assertThat(iris).hasSizeGreaterThan(50);
        for (String iri : iris) {
            String path = iri.substring(ServedExamples.BASE.length() - 1);
            HttpResponse<String> redirect = http.get(path, "text/turtle");
            assertThat(redirect.statusCode()).as(path).isEqualTo(303);
            assertThat(redirect.headers().firstValue("Vary")).as(path).hasValue("Accept");
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo(path.replaceFirst("^/id/", "/data/"));
            HttpResponse<String> data = http.get(location, "text/turtle");
            assertThat(data.statusCode()).as(location).isEqualTo(200);
            Model m = parse(data.body(), Lang.TURTLE);
            assertThat(m.contains(m.createResource(iri), null)).as("description of " + iri).isTrue();
        }
    }

    @Test
    void anIriResolutionMergedAwayMovesPermanentlyToTheInstanceItNowStandsFor() {
        Node graph = NodeFactory.createURI(ServedExamples.BASE + "graph/resolved");
        Node alias = NodeFactory.createURI(ServedExamples.BASE + "id/country/merged-away-test");
        Node sameAs = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
        Node target = NodeFactory.createURI(ServedExamples.BASE + "id/country/sd");
        served.store().write(dsg -> dsg.add(graph, alias, sameAs, target));
        try {
            HttpResponse<String> id = http.get("/id/country/merged-away-test", "text/turtle");
            assertThat(id.statusCode()).isEqualTo(301);
            assertThat(id.headers().firstValue("Location")).hasValue("/id/country/sd");
            HttpResponse<String> data = http.get("/data/country/merged-away-test.ttl", "*/*");
            assertThat(data.statusCode()).isEqualTo(301);
            assertThat(data.headers().firstValue("Location")).hasValue("/data/country/sd.ttl");
            assertThat(http.get("/id/country/sd", "text/turtle").statusCode()).as("the instance itself is no alias").isEqualTo(303);
        } finally {
            served.store().write(dsg -> dsg.delete(graph, alias, sameAs, target));
        }
    }

    @Test
    void negotiatesEachRdfSyntaxAndHonoursSuffixes() {
        String path = "/data/country/sd";
        String iri = ServedExamples.BASE + "id/country/sd";
        for (var c : List.of(new String[] {"text/turtle", "TTL"}, new String[] {"application/ld+json", "JSONLD"},
                new String[] {"application/rdf+xml", "RDFXML"}, new String[] {"application/n-triples", "NTRIPLES"})) {
            HttpResponse<String> r = http.get(path, c[0]);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(c[0]);
            assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
            Model m = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertThat(m.contains(m.createResource(iri), m.createProperty(RDF_TYPE), m.createResource(PARLEY + "Country")))
                    .as(c[0]).isTrue();
        }
        HttpResponse<String> nt = http.get(path + ".nt", "text/html");
        assertThat(nt.statusCode()).isEqualTo(200);
        assertThat(nt.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        assertThat(http.get("/id/country/sd.jsonld", "text/html").headers().firstValue("Location")).hasValue("/data/country/sd.jsonld");
    }

    @Test
    void sendsBrowsersToThePageAndRdfClientsToTheData() {
        assertThat(http.get("/id/country/sd", "text/html,application/xhtml+xml,*/*;q=0.8").headers().firstValue("Location"))
                .hasValue("/page/country/sd");
        assertThat(http.get("/id/country/sd", "*/*").headers().firstValue("Location")).hasValue("/data/country/sd");
        assertThat(http.get("/id/country/sd", "application/ld+json;q=0.9, text/html;q=0.5").headers().firstValue("Location"))
                .hasValue("/data/country/sd");
    }

    @Test
    void describesLinkedResourcesWithTheirLabels() {
        String negotiation = firstOfType("Negotiation");
        HttpResponse<String> r = http.get(negotiation.substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/data/"),
                "text/turtle");
        Model m = parse(r.body(), Lang.TURTLE);
        var parties = m.listObjectsOfProperty(m.createResource(negotiation), m.createProperty(PARLEY + "party")).toList();
        assertThat(parties).isNotEmpty();
        for (var party : parties) {
            assertThat(m.contains(party.asResource(), m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel")))
                    .as("label of " + party).isTrue();
        }
    }

    @Test
    void answersUnknownResourcesWith404AndUnsupportedTypesWith406() {
        HttpResponse<String> missing = http.get("/id/person/nobody-at-all", "text/turtle");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("/id/");
        assertThat(http.get("/page/person/nobody-at-all", "text/html").statusCode()).isEqualTo(404);
        assertThat(http.get("/data/person/nobody-at-all", "text/turtle").statusCode()).isEqualTo(404);

        HttpResponse<String> image = http.get("/id/country/sd", "image/png");
        assertThat(image.statusCode()).isEqualTo(406);
        assertThat(image.body()).contains("text/turtle").contains("application/ld+json");
        assertThat(http.get("/data/country/sd", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void showsAStatementInItsArticleSentenceWithEveryReportingArticle() {
        // A statement reported by two articles: the Geneva round appears in two outlets' stories.
        List<String[]> rows = new ArrayList<>();
        served.store().select("PREFIX parley: <" + PARLEY + "> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?s (SAMPLE(?t) AS ?text) WHERE { ?s a parley:Statement ; parley:text ?t ; prov:wasDerivedFrom ?a } "
                + "GROUP BY ?s HAVING (COUNT(DISTINCT ?a) > 1)", r -> rows.add(new String[] {
                        r.getResource("s").getURI(), r.getLiteral("text").getString()}));
        assertThat(rows).as("a statement reported by more than one article").isNotEmpty();
        String statement = rows.get(0)[0];
        HttpResponse<String> page = http.get(statement.substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/"),
                "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<mark>");
        List<String> articles = new ArrayList<>();
        served.store().select("PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?a WHERE { <" + statement
                + "> prov:wasDerivedFrom ?a }", r -> articles.add(r.getResource("a").getURI()));
        for (String article : articles) {
            assertThat(body).contains("href=\"" + article.substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/"));
        }
    }

    @Test
    void showsANegotiationWithItsPartiesAndSources() {
        String negotiation = firstOfType("Negotiation");
        String body = http.get(negotiation.substring(ServedExamples.BASE.length() - 1).replaceFirst("^/id/", "/page/"), "text/html")
                .body();
        served.store().select("PREFIX parley: <" + PARLEY + "> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?x WHERE { { <" + negotiation + "> parley:party ?x } UNION { <" + negotiation + "> prov:wasDerivedFrom ?x } }",
                r -> assertThat(body).contains(r.getResource("x").getURI().substring(ServedExamples.BASE.length() - 1)
                        .replaceFirst("^/id/", "/page/")));
    }

    @Test
    void escapesMarkupInData() {
        HttpResponse<String> page = http.get("/page/person/test-markup", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>window.parleyHacked").doesNotContain("<b>Bold</b>")
                .contains("&lt;script&gt;window.parleyHacked=true&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Quoted&quot;");
    }

    @Test
    void servesNamedGraphsByTheirPath() {
        HttpResponse<String> resolved = http.get("/graph/resolved", "application/n-triples");
        assertThat(resolved.statusCode()).isEqualTo(200);
        Model m = parse(resolved.body(), Lang.NTRIPLES);
        long expected = served.store().read(dsg -> (long) dsg.getGraph(NodeFactory.createURI(ServedExamples.BASE + "graph/resolved")).size());
        assertThat(m.size()).isEqualTo(expected);
        assertThat(http.get("/graph/no-such-graph", "text/turtle").statusCode()).isEqualTo(404);
    }

    /** The subjects Parley minted: every IRI under {base}id/ that is described, without fragments. */
    private List<String> mintedIris() {
        return served.store().read(dsg -> {
            List<String> out = new ArrayList<>();
            dsg.getUnionGraph().find().mapWith(t -> t.getSubject()).filterKeep(Node::isURI).mapWith(Node::getURI)
                    .filterKeep(s -> s.startsWith(ServedExamples.BASE + "id/") && !s.contains("#"))
                    .forEachRemaining(s -> {
                        if (!out.contains(s)) {
                            out.add(s);
                        }
                    });
            return out;
        });
    }

    private String firstOfType(String localName) {
        String[] found = {null};
        served.store().select("SELECT ?x WHERE { ?x a <" + PARLEY + localName + "> } ORDER BY ?x LIMIT 1",
                r -> found[0] = r.getResource("x").getURI());
        assertThat(found[0]).as("a " + localName).isNotNull();
        return found[0];
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(body).lang(lang).base(ServedExamples.BASE).parse(m);
        return m;
    }
}
