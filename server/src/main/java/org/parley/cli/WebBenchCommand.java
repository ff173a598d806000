package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.parley.annotate.CoreNlpAnnotator;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServeException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = {"Measure page and API latency (p50, p99) on a store of generated articles: the home page, "
                + "a browse page, a search, the timeline's data, a negotiation page.",
                "Loads --articles made-up articles into --db (kept, so a second run skips the loading), serves it on a "
                        + "free loopback port and sends --requests requests to each, one at a time."})
final class WebBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
            description = "Generated articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200",
            description = "Timed requests per page (default: ${DEFAULT-VALUE}), after 20 untimed ones.")
    int requests;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/bench-web",
            description = "Store folder (default: ${DEFAULT-VALUE}); loaded only when it holds fewer articles.")
    Path db;

    private final Services services;

    WebBenchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (ParleyStore store = ParleyStore.open(db)) {
            int stored = store.articleCount(iris);
            if (stored < articles) {
                Path corpus = Files.createTempDirectory("parley-bench-web");
                SyntheticCorpus.write(corpus, articles, 42);
                long t0 = System.nanoTime();
                ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal());
                progress.expect(articles);
                LoadReport r = new Loader(store, iris, progress.announcing(services, CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS),
                        Runtime.getRuntime().availableProcessors(),
                        progress, services.version()).load(List.of(corpus.toString()), Manifest.empty());
                out.printf("bench-web: loaded %d articles in %.0f s%n", r.processed(), (System.nanoTime() - t0) / 1e9);
            }
            out.printf("bench-web: store %s: %d articles, %d quads%n", db, store.articleCount(iris), store.quadCount());
            ParleyServer server = ParleyServer.builder().store(store).port(0).queries(services.queries())
                    .version(services.version()).build().start();
            try {
                return measure(server, out);
            } finally {
                server.stop();
            }
        } catch (StoreException | ServeException e) {
            err.println("parley: bench-web: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private int measure(ParleyServer server, PrintWriter out) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + server.port();
        String negotiation = firstNegotiationPage(client, base);
        String[] words = {"ceasefire", "prisoners", "\"humanitarian corridors\"", "withdrawal troops", "monitors", "sanctions"};
        Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
        pages.put("home page           /", i -> "/");
        pages.put("browse page         /browse/demands", i -> "/browse/demands");
        pages.put("browse, faceted     /browse/statements?speakerKind=Person&page=2",
                i -> "/browse/statements?speakerKind=" + enc("https://w3id.org/parley/ontology#Person") + "&page=2");
        pages.put("search              /search?q=...", i -> "/search?q=" + enc(words[i % words.length]));
        pages.put("timeline data       /api/queries/negotiation-list", i -> "/api/queries/negotiation-list");
        pages.put("negotiation page    /page/negotiation/...", i -> negotiation);
        long index0 = System.nanoTime();
        send(client, base + "/search?q=talks");
        out.printf("bench-web: search index in step after %.1f s (built from the store, or reopened when unchanged)%n",
                (System.nanoTime() - index0) / 1e9);
        out.printf("bench-web: %d requests each after 20 untimed; ms%n", requests);
        out.printf("bench-web: %-52s %8s %8s %8s %8s%n", "", "first", "p50", "p99", "max");
        for (Map.Entry<String, IntFunction<String>> page : pages.entrySet()) {
            long first = send(client, base + page.getValue().apply(0));
            for (int i = 0; i < 20; i++) {
                send(client, base + page.getValue().apply(i));
            }
            long[] times = new long[requests];
            for (int i = 0; i < requests; i++) {
                times[i] = send(client, base + page.getValue().apply(i));
            }
            Arrays.sort(times);
            out.printf("bench-web: %-52s %8.1f %8.1f %8.1f %8.1f%n", page.getKey(), first / 1e6, percentile(times, 50) / 1e6,
                    percentile(times, 99) / 1e6, times[times.length - 1] / 1e6);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String firstNegotiationPage(HttpClient client, String base) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/queries/negotiation-list?limit=1"))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        List<String> lines = new ArrayList<>(r.body().lines().toList());
        String iri = lines.size() > 1 ? lines.get(1).split(",", 2)[0] : Iris.DEFAULT_BASE + "id/negotiation/none";
        return "/page/" + iri.substring(iri.indexOf("/id/") + 4);
    }

    /** Sends one GET, reads the whole answer, and returns the time it took in nanoseconds. */
    private static long send(HttpClient client, String url) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html, application/sparql-results+json;q=0.9")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode());
        }
        return t;
    }

    private static long percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
