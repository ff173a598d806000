package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.it.ServedExamples.Served;
import org.parley.serve.ParleyServer;

/**
 * The whole-graph dump, the VoID and SPARQL service descriptions, health checks, CORS and the
 * query time limit, on running servers.
 */
@ExtendWith(ServedExamples.class)
class DumpsAndDescriptionsIT {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private final Served served;
    private final Http http;

    DumpsAndDescriptionsIT(Served served) {
        this.served = served;
        this.http = served.http();
    }

    /** Every graph but the loader's resolution index (blocking keys, marks), which is bookkeeping, not data. */
    @Test
    void dumpsEveryQuadOfEveryGraphButTheResolutionIndex() throws IOException {
        HttpResponse<byte[]> r = http.getBytes("/dumps/parley.nq.gz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/gzip");
        Dataset dump = DatasetFactory.create();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump.asDatasetGraph());
        }
        org.apache.jena.graph.Node index = org.apache.jena.graph.NodeFactory.createURI(
                new org.parley.rdf.Iris(served.store().baseIri().orElseThrow()).resolutionGraph());
        long indexQuads = served.store().read(dsg -> dsg.getGraph(index).size());
        assertThat(indexQuads).as("the examples have an index to leave out").isPositive();
        long dumped = dump.asDatasetGraph().stream().count();
        assertThat(dumped).isEqualTo(served.store().quadCount() - indexQuads);
        assertThat(dump.asDatasetGraph().containsGraph(index)).isFalse();
        long graphs = served.store().read(dsg -> (long) org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
        assertThat((long) org.apache.jena.atlas.iterator.Iter.count(dump.asDatasetGraph().listGraphNodes())).isEqualTo(graphs - 1);
    }

    @Test
    void describesTheDatasetWithVoid() {
        HttpResponse<String> r = http.get("/.well-known/void", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = parse(r.body(), Lang.TURTLE);
        Resource dataset = m.listSubjectsWithProperty(m.createProperty("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                m.createResource(VOID + "Dataset")).next();
        long triples = m.getRequiredProperty(dataset, m.createProperty(VOID + "triples")).getLong();
        long[] expected = {0};
        served.store().select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", row -> expected[0] = row.getLiteral("n").getLong());
        assertThat(triples).isEqualTo(expected[0]);
        assertThat(m.getRequiredProperty(dataset, m.createProperty(VOID + "documents")).getLong()).isEqualTo(7);
        assertThat(m.contains(dataset, m.createProperty("http://purl.org/dc/terms/modified"))).isTrue();
        boolean negotiations = m.listObjectsOfProperty(dataset, m.createProperty(VOID + "classPartition")).toList().stream()
                .map(p -> p.asResource())
                .anyMatch(p -> p.hasProperty(m.createProperty(VOID + "class"), m.createResource("https://w3id.org/parley/ontology#Negotiation"))
                        && p.getRequiredProperty(m.createProperty(VOID + "entities")).getLong() > 0);
        assertThat(negotiations).as("a class partition counting negotiations").isTrue();
        assertThat(m.contains(dataset, m.createProperty(VOID + "sparqlEndpoint"))).isTrue();
    }

    @Test
    void describesTheSparqlEndpointWhenFetchedWithoutAQuery() {
        for (String type : new String[] {"text/turtle", "application/ld+json"}) {
            HttpResponse<String> r = http.get("/parley/sparql", type);
            assertThat(r.statusCode()).as(type).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
            Model m = parse(r.body(), type.equals("text/turtle") ? Lang.TURTLE : Lang.JSONLD);
            assertThat(m.contains(null, m.createProperty("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), m.createResource(SD + "Service")))
                    .isTrue();
            assertThat(m.contains(null, m.createProperty(SD + "endpoint"), m.createResource("http://localhost:" + served.server().port()
                    + "/parley/sparql"))).isTrue();
        }
        HttpResponse<String> query = http.get("/parley/sparql?query=" + Http.encode("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(query.body()).contains("\"boolean\" : true");
    }

    @Test
    void answersHealthChecks() {
        assertThat(http.get("/$/ping", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void allowsCrossOriginCallsOnlyFromConfiguredOrigins() throws Exception {
        assertThat(http.get("/api/queries", "application/json", "Origin", "https://app.example.org")
                .headers().firstValue("Access-Control-Allow-Origin")).as("off by default").isEmpty();
        ParleyServer withCors = ParleyServer.builder().store(served.store()).port(0).queries(Cli.HOME.resolve("queries"))
                .cors(java.util.List.of("https://app.example.org")).build().start();
        try {
            Http h = new Http(withCors.port());
            assertThat(h.get("/api/queries", "application/json", "Origin", "https://app.example.org")
                    .headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.org");
            assertThat(h.get("/parley/sparql?query=" + Http.encode("ASK {}"), "application/sparql-results+json",
                    "Origin", "https://app.example.org").headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://app.example.org");
            assertThat(h.get("/api/queries", "application/json", "Origin", "https://elsewhere.example.net")
                    .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        } finally {
            withCors.stop();
        }
    }

    @Test
    void stopsQueriesThatRunPastTheTimeLimit(@TempDir Path queries) throws Exception {
        Files.writeString(queries.resolve("endless.rq"), "#+ summary: never ends\n" + ENDLESS + "\n");
        ParleyServer strict = ParleyServer.builder().store(served.store()).port(0).timeout(Duration.ofSeconds(1))
                .queries(queries).build().start();
        try {
            Http h = new Http(strict.port());
            HttpResponse<String> api = h.get("/api/queries/endless", "application/sparql-results+json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("longer than 1 s");
            HttpResponse<String> sparql = h.get("/parley/sparql?query=" + Http.encode(ENDLESS), "application/sparql-results+json");
            assertThat(sparql.statusCode()).isGreaterThanOrEqualTo(500);
            assertThat(h.get("/$/ping", "*/*").statusCode()).as("the server still answers").isEqualTo(200);
        } finally {
            strict.stop();
        }
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(body).lang(lang).parse(m);
        return m;
    }
}
