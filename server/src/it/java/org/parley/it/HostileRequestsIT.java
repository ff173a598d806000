package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.it.ServedExamples.Served;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.serve.SecurityHeaders;
import org.parley.serve.ServeException;
import org.parley.serve.ServerLimits;

/**
 * Requests made to hurt: oversized bodies, queries and parameters, answers too large or too slow to
 * finish, updates that would make the server fetch or read files, and password files anyone can
 * read. Each gets a clear error status with a message, never a truncated 200, and every response
 * carries the browser's security headers.
 */
@ExtendWith(ServedExamples.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIT {
    private static final ServerLimits SMALL = new ServerLimits(64 * 1024, 1 << 20, 2_000, 200, 256 * 1024);

    @TempDir
    static Path dir;

    private final Served served;
    private ParleyServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HostileRequestsIT(Served served) {
        this.served = served;
    }

    @BeforeAll
    void start() throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        server = ParleyServer.builder().store(served.store()).port(0).timeout(Duration.ofSeconds(2)).limits(SMALL)
                .queries(Cli.HOME.resolve("queries")).allowUpdate(PasswordFile.read(passwords)).version("test").build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> query(String sparql, String accept) throws Exception {
        return send(request("/parley/sparql").header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    private HttpResponse<String> update(String sparql) throws Exception {
        return send(request("/parley/update").header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/browse/actors", "/query", "/page/country/sd", "/page/no/such/thing", "/static/parley.css",
                "/api/queries", "/api/openapi.json", "/no-such-path", "/parley/sparql?query=" + Http.encode("ASK {}"),
                "/.well-known/void", "/$/ping")) {
            HttpResponse<String> r = send(request(path).header("Accept", "text/html,*/*;q=0.5").GET());
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(path.equals("/query")
                    ? SecurityHeaders.QUERY_EDITOR_POLICY : SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(SecurityHeaders.QUERY_EDITOR_POLICY).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'")
                .doesNotContain("unsafe-eval", "*");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(70 * 1024);
        HttpResponse<String> declared = query(big, "application/sparql-results+json");
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("64 KB", "--max-request-size");
        HttpResponse<String> chunked = send(request("/parley/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).as("a body sent without its length").isBetween(400, 599);
    }

    @Test
    void aQueryOverTheLengthLimitIsRefusedBeforeItIsParsed() throws Exception {
        String longQuery = "SELECT * WHERE { ?s ?p ?o } " + "# padding\n".repeat(300);
        HttpResponse<String> r = query(longQuery, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("characters long", "--max-query-length");
    }

    @Test
    void aParameterOverTheLimitIsA400NamingIt() throws Exception {
        HttpResponse<String> r = send(request("/api/queries/search-statements?words=" + "w".repeat(5000)).GET());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("parameter 'words'", "--max-parameter-length");
        HttpResponse<String> fine = send(request("/api/queries/search-statements?words=" + "w".repeat(190)).GET());
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    void anAnswerTooLargeOrTooSlowIsAnErrorNeverATruncated200() throws Exception {
        HttpResponse<String> all = query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertThat(all.statusCode()).isEqualTo(500);
        assertThat(all.body()).contains("larger than", "--max-result-size", "/dumps/parley.nq.gz");

        HttpResponse<String> slow = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "application/sparql-results+json");
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).doesNotContain("\"results\"");

        HttpResponse<String> small = query("SELECT ?s WHERE { ?s a <https://w3id.org/parley/ontology#Article> }",
                "application/sparql-results+json");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValueAsLong("Content-Length")).hasValue(small.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(com.google.gson.JsonParser.parseString(small.body()).getAsJsonObject().has("results")).isTrue();
    }

    @Test
    void updatesThatWouldFetchOrReadFilesAreRefused() throws Exception {
        HttpResponse<String> file = update("LOAD <file:///etc/passwd> INTO GRAPH <urn:x>");
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("LOAD is not allowed").doesNotContain("root:");
        String self = "http://localhost:" + server.port();
        HttpResponse<String> remote = update("LOAD <" + self + "/dumps/parley.nq.gz>");
        assertThat(remote.statusCode()).isEqualTo(400);
        HttpResponse<String> service = update("INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <" + self
                + "/parley/sparql> { ?s ?p ?o } }");
        assertThat(service.statusCode()).isEqualTo(400);
        assertThat(service.body()).contains("SERVICE is not allowed");
        boolean copied = served.store().read(dsg -> dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI("urn:g"))
                || dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI("urn:x")));
        assertThat(copied).isFalse();
        assertThat(update("INSERT DATA { GRAPH <urn:ok> { <urn:a> <urn:b> \"c\" } }").statusCode()).isBetween(200, 204);
        served.store().write(dsg -> dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI("urn:ok")));
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedAndABadLineIsNeverShown() throws Exception {
        Path open = dir.resolve("open-passwords");
        Files.writeString(open, "editor: s3cret\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PasswordFile.read(open)).isInstanceOf(ServeException.class)
                .hasMessageContaining("other users").hasMessageContaining("chmod 600");
        Path malformed = dir.resolve("bad-passwords");
        Files.writeString(malformed, "# users\neditor s3cret-in-plain-sight\n");
        Files.setPosixFilePermissions(malformed, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> PasswordFile.read(malformed)).isInstanceOf(ServeException.class)
                .hasMessageContaining("line 2").satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }
}
