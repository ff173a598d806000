package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.LoadListener;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.store.ParleyStore;
import org.parley.testing.SharedPipeline;

/**
 * The embedded Fuseki on a loopback port, in the same JVM as CoreNLP (which once broke Jetty with
 * an old servlet API): SPARQL over HTTP, health checks, and updates refused unless authenticated.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparqlServerIT {
    private static final String COUNT_ARTICLES = "PREFIX parley: <https://w3id.org/parley/ontology#> "
            + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a parley:Article }";
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path dir;

    private final Pipeline pipeline;
    private ParleyStore store;
    private ParleyServer readOnly;
    private ParleyServer writable;
    private Path passwords;

    SparqlServerIT(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @BeforeAll
    void start() throws Exception {
        store = ParleyStore.open(dir.resolve("db"));
        Path examples = Cli.HOME.resolve("examples");
        new Loader(store, new Iris("http://localhost:3030/"), () -> pipeline, 2, LoadListener.SILENT, "test")
                .load(List.of(examples.toString()), Manifest.read(examples.resolve("manifest.csv")));
        readOnly = ParleyServer.builder().store(store).port(0).timeout(Duration.ofSeconds(10)).build().start();
        passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        Files.setPosixFilePermissions(passwords, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        writable = ParleyServer.builder().store(store).port(0).allowUpdate(PasswordFile.read(passwords)).build().start();
    }

    @AfterAll
    void stop() {
        if (readOnly != null) {
            readOnly.stop();
        }
        if (writable != null) {
            writable.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void answersSparqlOverHttpFromTheUnionOfAllGraphs() {
        HttpResponse<String> r = new Http(readOnly.port())
                .get("/parley/sparql?query=" + Http.encode(COUNT_ARTICLES), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        int n = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings")
                .get(0).getAsJsonObject().getAsJsonObject("n").get("value").getAsInt();
        assertThat(n).isEqualTo(7);
    }

    @Test
    void answersHealthChecks() {
        assertThat(new Http(readOnly.port()).get("/$/ping", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnonymousUpdate() {
        Http http = new Http(readOnly.port());
        String update = "update=" + Http.encode("INSERT DATA { <urn:x> <urn:y> <urn:z> }");
        assertThat(http.postForm("/parley/sparql", update, null, null).statusCode()).isBetween(400, 499);
        assertThat(http.postForm("/parley/update", update, null, null).statusCode()).isBetween(400, 499);
        boolean inserted = store.read(dsg -> dsg.getUnionGraph().contains(
                org.apache.jena.graph.NodeFactory.createURI("urn:x"), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        assertThat(inserted).isFalse();
    }

    @Test
    void updatesOnlyWithCredentialsWhenWritingIsTurnedOn() {
        Http http = new Http(writable.port());
        String update = "update=" + Http.encode("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }");
        assertThat(http.postForm("/parley/update", update, null, null).statusCode()).isEqualTo(401);
        assertThat(http.postForm("/parley/update", update, "editor", "wrong").statusCode()).isEqualTo(401);
        assertThat(http.postForm("/parley/update", update, "editor", "s3cret").statusCode()).isBetween(200, 204);
        boolean inserted = store.read(dsg -> dsg.getUnionGraph().contains(org.apache.jena.graph.NodeFactory.createURI("urn:a"),
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        assertThat(inserted).isTrue();
        assertThat(http.get("/parley/sparql?query=" + Http.encode(COUNT_ARTICLES), "application/sparql-results+json").statusCode())
                .as("reading still needs no credentials").isEqualTo(200);
    }

    @Test
    void savedQueryAnswersAndSearchShowWhatUpdatesAndGraphStoreWritesChanged() throws Exception {
        ParleyServer server = ParleyServer.builder().store(store).port(0).queries(Cli.HOME.resolve("queries"))
                .allowUpdate(PasswordFile.read(passwords)).build().start();
        Http http = new Http(server.port());
        String actors = "/api/queries/actor-list";
        String search = "/search?q=" + Http.encode("Zebrafinch");
        String forum = "Zebrafinch Mediation Forum";
        String council = "Zebrafinch Border Council";
        try {
            assertThat(http.get(actors, JSON).body()).as("asked once, so that the answer is cached").doesNotContain(forum);
            assertThat(http.get(search, "text/html").body()).doesNotContain(forum);

            String insert = "PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "INSERT DATA { GRAPH <urn:added-by-update> { <urn:zebrafinch> a parley:Organization ; skos:prefLabel \"" + forum + "\"@en } }";
            assertThat(http.postForm("/parley/update", "update=" + Http.encode(insert), "editor", "s3cret").statusCode()).isBetween(200, 204);
            assertThat(eventually(() -> http.get(actors, JSON).body().contains(forum))).as("the saved query's answer").isTrue();
            assertThat(eventually(() -> http.get(search, "text/html").body().contains(forum))).as("search").isTrue();

            String turtle = "<urn:zebrafinch-council> a <https://w3id.org/parley/ontology#Organization> ; "
                    + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"" + council + "\"@en .";
            assertThat(http.put("/parley/data?graph=" + Http.encode("urn:added-by-gsp"), "text/turtle", turtle, "editor", "s3cret")
                    .statusCode()).isBetween(200, 204);
            assertThat(eventually(() -> http.get(actors, JSON).body().contains(council))).as("a Graph Store Protocol write").isTrue();

            String drop = "DROP GRAPH <urn:added-by-update>";
            assertThat(http.postForm("/parley/update", "update=" + Http.encode(drop), "editor", "s3cret").statusCode()).isBetween(200, 204);
            assertThat(eventually(() -> !http.get(actors, JSON).body().contains(forum))).as("gone again").isTrue();
            assertThat(eventually(() -> !http.get(search, "text/html").body().contains(forum))).as("gone from search").isTrue();
        } finally {
            store.write(dsg -> {
                dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI("urn:added-by-update"));
                dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI("urn:added-by-gsp"));
            });
            server.stop();
        }
    }

    @Test
    void theServerReadsItsPasswordFileOnceAndLeavesNoThreadWatchingIt() throws Exception {
        long before = fileWatchers();
        ParleyServer server = ParleyServer.builder().store(store).port(0).allowUpdate(PasswordFile.read(passwords)).build().start();
        try {
            assertThat(new Http(server.port()).postForm("/parley/update", "update=" + Http.encode("INSERT DATA {}"), "editor", "s3cret")
                    .statusCode()).isBetween(200, 204);
            assertThat(fileWatchers()).as("a change to the file takes a restart, which checks its permissions again").isEqualTo(before);
        } finally {
            server.stop();
        }
    }

    /** Jetty's file scanners (a user store that reloads its file starts one, which outlives the server). */
    private static long fileWatchers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith("Scanner-")).count();
    }

    /** Whether {@code condition} holds within five seconds: the server reads the store's version at most once a second. */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (long end = System.nanoTime() + Duration.ofSeconds(5).toNanos(); System.nanoTime() < end; Thread.sleep(100)) {
            if (condition.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void bindsToTheLoopbackInterfaceUnlessToldOtherwise() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParleyServer.builder().store(store).port(0).host("192.0.2.10").build())
                .hasMessageContaining("loopback");
    }
}
