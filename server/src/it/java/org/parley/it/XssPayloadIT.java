package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.serve.ParleyServer;
import org.parley.store.ParleyStore;
import org.parley.testing.SharedPipeline;
import org.parley.vocab.Parley;

/**
 * Markup and script in every field that reaches a page (title, outlet, text, quotation, name, URL,
 * and IRIs written into the store by hand) stay text: no page gets a script, an event handler or a
 * link that is not this server's or http(s).
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssPayloadIT {
    private static final String BASE = "http://localhost:3030/";
    private static final List<String> PAYLOADS = List.of(
            "<script>window.pwned=1</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(2)>",
            "javascript:alert(3)", "</textarea><script>alert(4)</script>", "<a href=\"javascript:alert(5)\">x</a>");

    @TempDir
    static Path dir;

    private final Pipeline pipeline;
    private ParleyStore store;
    private ParleyServer server;

    XssPayloadIT(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @BeforeAll
    void load() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String payload = String.join(" ", PAYLOADS);
        Files.writeString(in.resolve("a.txt"), "Envoys of Chile and Peru resume talks " + PAYLOADS.get(0) + "\n\n"
                + "Delegations from Chile and Peru met in Lima on Monday for talks on the maritime border " + PAYLOADS.get(1) + ".\n\n"
                + "\"We will sign nothing " + PAYLOADS.get(2) + " before the border is agreed,\" Chilean negotiator Ana Rojas said.\n\n"
                + "Peru demanded the withdrawal of troops " + PAYLOADS.get(4) + ", the foreign ministry said.\n");
        Path manifest = in.resolve("manifest.csv");
        Files.writeString(manifest, "file,title,outlet,url\n" + "a.txt,\"" + payload.replace("\"", "\"\"") + "\",\""
                + payload.replace("\"", "\"\"") + "\",javascript:alert(6)\n");
        store = ParleyStore.open(dir.resolve("db"));
        LoadReport report = new Loader(store, new Iris(BASE), () -> pipeline, 1, LoadListener.SILENT, "test")
                .load(List.of(in.resolve("a.txt").toString()), Manifest.read(manifest));
        assertThat(report.added()).isEqualTo(1);
        Node graph = NodeFactory.createURI(BASE + "graph/hand-written");
        Node person = NodeFactory.createURI(BASE + "id/person/hand-written");
        store.write(dsg -> {
            dsg.add(new Quad(graph, person, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Parley.Person));
            dsg.add(new Quad(graph, person, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                    NodeFactory.createLiteralString(payload)));
            dsg.add(new Quad(graph, person, NodeFactory.createURI("https://schema.org/url"), NodeFactory.createURI("javascript:alert(7)")));
            dsg.add(new Quad(graph, person, Parley.role, NodeFactory.createLiteralString(payload)));
        });
        server = ParleyServer.builder().store(store).port(0).timeout(Duration.ofSeconds(20)).queries(Cli.HOME.resolve("queries"))
                .version("test").build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void noPageRunsOrLinksWhatTheDataSays() {
        Http http = new Http(server.port());
        List<String> pages = new ArrayList<>(List.of("/", "/browse/negotiations", "/browse/actors", "/browse/demands",
                "/browse/statements", "/browse/articles", "/timeline", "/queries", "/queries/statements",
                "/queries/negotiation-timeline", "/queries/statements-by-speaker?speaker=" + Http.encode(BASE + "id/person/hand-written"),
                "/search?q=Chile", "/search?q=" + Http.encode(PAYLOADS.get(1)),
                "/page/person/hand-written", "/page/" + Http.encode(PAYLOADS.get(0))));
        store.select("PREFIX parley: <" + Parley.NS + "> SELECT DISTINCT ?r WHERE { { ?r a parley:Article } UNION { ?r a parley:Outlet } "
                + "UNION { ?r a parley:Statement } UNION { ?r a parley:Demand } UNION { ?r a parley:Negotiation } UNION { ?r a parley:Person } }",
                row -> pages.add(row.getResource("r").getURI().replace(BASE + "id/", "/page/")));
        assertThat(pages).anyMatch(p -> p.startsWith("/page/article/")).anyMatch(p -> p.startsWith("/page/outlet/"))
                .anyMatch(p -> p.startsWith("/page/statement/"));
        int withPayloadText = 0;
        for (String page : pages) {
            HttpResponse<String> r = http.get(page, "text/html");
            assertThat(r.statusCode()).as(page).isIn(200, 400, 404);
            Document doc = Jsoup.parse(r.body());
            for (Element script : doc.select("script")) {
                assertThat(script.attr("src")).as("a script on %s", page).startsWith("/static/");
                assertThat(script.data()).as("inline script on %s", page).isBlank();
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey().toLowerCase()).as("an event handler on %s", page).doesNotStartWith("on");
                }
            }
            for (Element a : doc.select("[href], [src], [data-href]")) {
                String target = a.hasAttr("href") ? a.attr("href") : a.hasAttr("src") ? a.attr("src") : a.attr("data-href");
                assertThat(target.startsWith("/") && !target.startsWith("//") || target.startsWith("http://") || target.startsWith("https://"))
                        .as("link %s on %s", target, page).isTrue();
            }
            assertThat(doc.select("svg, img, textarea, iframe, object")).as(page).isEmpty();
            if (doc.text().contains("<script>window.pwned=1</script>")) {
                withPayloadText++;
            }
        }
        assertThat(withPayloadText).as("the payloads are shown, as text").isGreaterThanOrEqualTo(3);
    }
}
