package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.LoadLimits;
import org.parley.load.Pipeline;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.serve.ingest.InboxWatcher;
import org.parley.serve.ingest.IngestService;
import org.parley.store.ParleyStore;
import org.parley.testing.SharedPipeline;

/**
 * A server that takes articles while it serves: uploads with credentials only, the per-article
 * report, and queries answering throughout from the last committed state, never blocked and never
 * behind an article the server has reported stored.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveIngestionIT {
    private static final String BASE = "http://localhost:3030/";
    private static final String COUNT = "PREFIX parley: <https://w3id.org/parley/ontology#> "
            + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a parley:Article }";
    private static final String[] PLACES = {"Nairobi", "Geneva", "Doha", "Oslo", "Vienna", "Cairo", "Jeddah", "Istanbul",
            "Brussels", "Addis Ababa", "Lima", "Quito", "Accra", "Dakar", "Tunis"};

    @TempDir
    static Path dir;

    private final Pipeline pipeline;
    private ParleyStore store;
    private ParleyServer server;
    private IngestService ingest;
    private Path passwords;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LiveIngestionIT(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @BeforeAll
    void start() throws Exception {
        store = ParleyStore.open(dir.resolve("db"));
        passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        ingest = new IngestService(store, () -> pipeline, 2, LoadLimits.DEFAULTS, BASE, "test");
        server = ParleyServer.builder().store(store).port(0).timeout(Duration.ofSeconds(20)).queries(Cli.HOME.resolve("queries"))
                .allowUpdate(PasswordFile.read(passwords)).ingest(ingest, Files.createDirectories(dir.resolve("spool")))
                .version("test").build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (ingest != null) {
            ingest.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static String article(int i) {
        String place = PLACES[i % PLACES.length];
        return "Envoys of Kenya and Somalia resume talks in " + place + "\n\n"
                + "Delegations from Kenya and Somalia met in " + place + " on Monday for round " + (i + 1)
                + " of talks on the maritime border, the foreign ministry said.\n\n"
                + "\"We are closer to an agreement than before,\" Kenyan negotiator Amina Odhiambo said after meeting number "
                + (i + 1) + ".\n";
    }

    @Test
    void twentyUploadedArticlesFiveBrokenWhileEightClientsQuery() throws Exception {
        int before = store.articleCount(new org.parley.rdf.Iris(BASE));
        Multipart batch = new Multipart();
        for (int i = 0; i < 15; i++) {
            batch.file("good-" + i + ".txt", article(i).getBytes(StandardCharsets.UTF_8));
        }
        batch.file("empty.txt", new byte[0]);
        batch.file("binary.txt", new byte[] {0, 1, 2, 3, 4, 5, 0, 0});
        batch.file("bad-utf8.txt", new byte[] {'T', 'a', 'l', 'k', 's', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'});
        batch.file("broken.json", "{\"title\": \"Talks\", \"text\": ".getBytes(StandardCharsets.UTF_8));
        batch.file("slides.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        List<Observation> observed = new CopyOnWriteArrayList<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                while (loading.get()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/parley/sparql")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/sparql-results+json")
                                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(COUNT))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.add(r.statusCode() + " " + r.body());
                            continue;
                        }
                        int n = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("results")
                                .getAsJsonArray("bindings").get(0).getAsJsonObject().getAsJsonObject("n").get("value").getAsInt();
                        observed.add(new Observation(sent, n));
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                }
            });
        }

        ConcurrentLinkedQueue<Long> storedAt = new ConcurrentLinkedQueue<>();
        JsonObject report = null;
        HttpResponse<java.util.stream.Stream<String>> response = client.send(HttpRequest.newBuilder(URI.create(url("/api/articles")))
                .header("Content-Type", batch.contentType()).header("Accept", "application/x-ndjson")
                .header("Authorization", basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch.body())).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        for (String line : (Iterable<String>) response.body()::iterator) {
            JsonObject event = JsonParser.parseString(line).getAsJsonObject();
            if (event.get("event").getAsString().equals("article") && event.get("outcome").getAsString().startsWith("added")) {
                storedAt.add(System.nanoTime());
            }
            if (event.get("event").getAsString().equals("finished")) {
                report = event;
            }
        }
        Thread.sleep(500);
        loading.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(report).isNotNull();
        assertThat(report.get("added").getAsInt()).isEqualTo(15);
        assertThat(report.get("failed").getAsInt()).isEqualTo(5);
        List<String> problems = new ArrayList<>();
        report.getAsJsonArray("problems").forEach(p -> problems.add(p.getAsJsonObject().get("source").getAsString() + ": "
                + p.getAsJsonObject().get("step").getAsString() + ": " + p.getAsJsonObject().get("reason").getAsString()));
        assertThat(problems).anyMatch(p -> p.startsWith("empty.txt: read: empty file"))
                .anyMatch(p -> p.startsWith("binary.txt: read: binary file"))
                .anyMatch(p -> p.startsWith("bad-utf8.txt: read: not valid UTF-8"))
                .anyMatch(p -> p.startsWith("broken.json: read: malformed JSON"))
                .anyMatch(p -> p.startsWith("slides.pdf: read: unsupported file type"));
        assertThat(report.getAsJsonArray("articles")).hasSize(15);

        assertThat(errors).as("every query answered").isEmpty();
        assertThat(observed).as("queries ran during the load").hasSizeGreaterThan(15);
        List<Long> stored = new ArrayList<>(storedAt);
        for (Observation o : observed) {
            long committedBefore = stored.stream().filter(t -> t < o.sent()).count();
            assertThat(o.articles()).as("a query sent after %d articles were reported stored", committedBefore)
                    .isGreaterThanOrEqualTo(before + (int) committedBefore);
        }
        assertThat(store.articleCount(new org.parley.rdf.Iris(BASE))).isEqualTo(before + 15);
        // TDB2's compaction waits for every open transaction, and beside Fuseki's readers it could wait for ever.
        assertThat(dir.resolve("db/Data-0002")).as("a served store is never compacted").doesNotExist();
    }

    @Test
    void anArticleUploadedWhileServingIsFoundBySearchAndListedOnTheBrowsePages() throws Exception {
        String word = "Vellmarsk"; // an invented town that no other article names
        assertThat(hitsFor(word)).as("before the upload").isEmpty();
        String title = "Envoys meet in " + word;
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/api/articles?name=vellmarsk.txt&title="
                + Http.encode(title) + "&published=2025-05-06")))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(title + "\n\nDelegations from Chad and Niger met in " + word
                        + " on Tuesday for talks on the shared border, the foreign ministry said.\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JsonParser.parseString(r.body()).getAsJsonObject().get("added").getAsInt()).as(r.body()).isEqualTo(1);
        assertThat(awaitHitsFor(word)).as("the search index follows a load made inside the server")
                .anySatisfy(m -> assertThat(m).isEqualToIgnoringCase(word));
        assertThat(new Http(server.port()).get("/browse/articles", "text/html").body()).contains(title);
    }

    @Test
    void postingWithoutOrWithWrongCredentialsIsRefused() throws Exception {
        for (String auth : new String[] {null, basic("editor", "wrong"), basic("nobody", "s3cret")}) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/api/articles?name=x.txt")))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(article(99)));
            if (auth != null) {
                b.header("Authorization", auth);
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
        }
        boolean stored = store.read(dsg -> dsg.find(null, null, null,
                org.apache.jena.graph.NodeFactory.createLiteralString("x.txt")).hasNext());
        assertThat(stored).isFalse();
    }

    @Test
    void oneFileWithManifestFieldsAndJsonLinesRecordsAreTakenAsTheyCome() throws Exception {
        HttpResponse<String> one = client.send(HttpRequest.newBuilder(URI.create(url("/api/articles?name=desk/wire-1.txt"
                + "&title=" + Http.encode("Wire: talks resume") + "&outlet=" + Http.encode("Test Wire")
                + "&published=2025-02-03&url=" + Http.encode("javascript:alert(1)"))))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(article(40))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        JsonObject report = JsonParser.parseString(one.body()).getAsJsonObject();
        assertThat(report.get("added").getAsInt()).isEqualTo(1);
        assertThat(report.getAsJsonArray("articles").get(0).getAsJsonObject().get("source").getAsString()).isEqualTo("desk/wire-1.txt");
        assertThat(report.getAsJsonArray("problems").toString()).contains("not an http(s) link");
        List<String> titles = new ArrayList<>();
        store.select("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t WHERE { ?a dcterms:title ?t ; dcterms:issued ?d }",
                row -> titles.add(row.getLiteral("t").getString()));
        assertThat(titles).contains("Wire: talks resume");
        boolean linked = store.read(dsg -> dsg.find(null, null, null, org.apache.jena.graph.NodeFactory.createURI("javascript:alert(1)"))
                .hasNext());
        assertThat(linked).isFalse();

        String lines = "{\"title\": \"Talks in Quito\", \"text\": \"" + article(41).replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n"
                + "{\"oops\n";
        HttpResponse<String> jsonl = client.send(HttpRequest.newBuilder(URI.create(url("/api/articles?name=feed.jsonl")))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/json")
                .header("Authorization", basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(lines)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject r2 = JsonParser.parseString(jsonl.body()).getAsJsonObject();
        assertThat(r2.get("added").getAsInt()).isEqualTo(1);
        assertThat(r2.getAsJsonArray("problems").get(0).getAsJsonObject().get("source").getAsString()).isEqualTo("feed.jsonl#2");

        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(url("/api/articles?name=desk/wire-1.txt"
                + "&title=" + Http.encode("Wire: talks resume") + "&outlet=" + Http.encode("Test Wire")
                + "&published=2025-02-03&url=" + Http.encode("javascript:alert(1)"))))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(article(40))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JsonParser.parseString(again.body()).getAsJsonObject().get("unchanged").getAsInt()).isEqualTo(1);
    }

    @Test
    void theLoadCommandSendsToTheServerWithTheSameReportAndExitCodes() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 50; i < 53; i++) {
            Files.writeString(corpus.resolve("remote-" + i + ".txt"), article(i));
        }
        Files.writeString(corpus.resolve("empty.txt"), "");
        Path manifest = corpus.resolve("manifest.csv");
        Files.writeString(manifest, "file,outlet,published\nremote-50.txt,Remote Courier,2025-04-01\nremote-51.txt,,not-a-date\n");
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cret\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Cli cli = new Cli(pipeline);
        String server = url("/");
        Cli.Run run = cli.run("load", "--server", server, "--user", "editor", "--password-file", secret.toString(),
                "--manifest", manifest.toString(), corpus.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("3 added", "0 unchanged");
        assertThat(run.err()).contains("remote-50.txt: added", "empty.txt: read: empty file", "manifest.csv:3: manifest: published 'not-a-date'");
        List<String> outlets = new ArrayList<>();
        store.select("PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?o WHERE { ?a parley:outlet/rdfs:label ?o }", row -> outlets.add(row.getLiteral("o").getString()));
        assertThat(outlets).contains("Remote Courier");

        Files.delete(corpus.resolve("empty.txt"));
        Cli.Run again = cli.run("load", "--server", server, "--user", "editor", "--password-file", secret.toString(),
                "--manifest", manifest.toString(), corpus.toString());
        assertThat(again.out()).contains("0 added", "3 unchanged");

        Path open = dir.resolve("open-secret");
        Files.writeString(open, "s3cret\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Run refused = cli.run("load", "--server", server, "--user", "editor", "--password-file", open.toString(), corpus.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("can be read or changed by other users", "chmod 600").doesNotContain("s3cret");

        Path wrong = dir.resolve("wrong-secret");
        Files.writeString(wrong, "not-it\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
        Cli.Run denied = cli.run("load", "--server", server, "--user", "editor", "--password-file", wrong.toString(), corpus.toString());
        assertThat(denied.status()).isEqualTo(1);
        assertThat(denied.err()).contains("refused the credentials");
    }

    @Test
    void filesPutIntoTheInboxAreLoadedAndMovedAside() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (InboxWatcher watcher = new InboxWatcher(inbox, ingest, Files.createDirectories(dir.resolve("inbox-spool")))) {
            watcher.start(Duration.ofMillis(200));
            Files.writeString(inbox.resolve("in-1.txt"), article(60) + "\nThe next round is due in Ostrelund, the ministry said.\n");
            Files.write(inbox.resolve("broken.txt"), new byte[] {0, 1, 2, 0});
            Files.writeString(inbox.resolve(".partial.txt"), article(61));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(inbox.resolve("done/in-1.txt")) && Files.exists(inbox.resolve("failed/broken.txt")))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        assertThat(inbox.resolve("done/in-1.txt")).exists();
        assertThat(inbox.resolve("failed/broken.txt")).exists();
        assertThat(inbox.resolve(".partial.txt")).as("hidden files are left alone").exists();
        String log = Files.readString(inbox.resolve("inbox.log"));
        assertThat(log).contains("in-1.txt: added", "broken.txt: read: binary file", "1 added");
        List<String> sources = new ArrayList<>();
        store.select("PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?k WHERE { ?a parley:sourceKey ?k }",
                row -> sources.add(row.getLiteral("k").getString()));
        assertThat(sources).contains("inbox:in-1.txt");
        assertThat(awaitHitsFor("Ostrelund")).as("the search index follows the inbox").isNotEmpty();
    }

    /** The words marked in the hits of a search on the server's search page. */
    private List<String> hitsFor(String words) {
        HttpResponse<String> r = new Http(server.port()).get("/search?q=" + Http.encode(words), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        return org.jsoup.Jsoup.parse(r.body()).select("#hits mark").eachText();
    }

    /**
     * The hits once there are any: the server notices a change through the store's version, which it
     * reads at most once a second, not through the upload itself.
     */
    private List<String> awaitHitsFor(String words) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<String> hits = hitsFor(words);
        while (hits.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            hits = hitsFor(words);
        }
        return hits;
    }

    private record Observation(long sent, int articles) {}

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body, as a browser form or curl -F would send it. */
    static final class Multipart {
        private final String boundary = "----parley-test-boundary";
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Multipart file(String name, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
