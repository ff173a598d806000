package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.Pipeline;
import org.parley.testing.Seeds;
import org.parley.testing.SharedPipeline;

/** {@code ./parley} end to end: the real commands, a real TDB2 store on disk, the real language pipeline. */
@ExtendWith(SharedPipeline.class)
class CommandLineIT {
    private static final Path EXAMPLES = Cli.HOME.resolve("examples");

    @TempDir
    Path dir;

    private final Cli cli;

    CommandLineIT(Pipeline pipeline) {
        this.cli = new Cli(pipeline);
    }

    private Cli.Run loadExamples(Path db) {
        return cli.run("load", "--db", db.toString(), "--manifest", EXAMPLES.resolve("manifest.csv").toString(), EXAMPLES.toString());
    }

    @Test
    void helpAndUsageErrors() {
        Cli.Run help = cli.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("load", "query", "export", "serve", "validate", "stats", "demo");
        for (String command : List.of("load", "query", "export", "serve", "validate", "stats", "demo")) {
            assertThat(cli.run(command, "--help").status()).as(command + " --help").isZero();
        }
        Cli.Run unknown = cli.run("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("parley: Unmatched argument");
        Cli.Run noManifest = cli.run("load", "--db", dir.resolve("db").toString(), "--manifest", dir.resolve("nope.csv").toString(), ".");
        assertThat(noManifest.status()).isEqualTo(2);
        assertThat(noManifest.err()).contains("manifest not found");
    }

    @Test
    void loadingTheSameArticlesAgainChangesNothing() {
        Path db = dir.resolve("db");
        assertThat(loadExamples(db).status()).isZero();
        String before = cli.run("export", "--db", db.toString(), "--format", "nquads").out();
        Cli.Run again = loadExamples(db);
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("0 added, 0 replaced, 7 unchanged");
        String after = cli.run("export", "--db", db.toString(), "--format", "nquads").out();
        assertThat(sortedLines(after)).isEqualTo(sortedLines(before));
    }

    @Test
    void theSeedsLoadAndReloadUnchanged() {
        Path seeds = Seeds.folder().orElse(null);
        assumeTrue(seeds != null, "no ../shared/seeds in this checkout");
        Path db = dir.resolve("db");
        List<String> args = new ArrayList<>(List.of("load", "--db", db.toString(), "--manifest", seeds.resolve("manifest.csv").toString()));
        try (var files = Files.list(seeds)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(cli.run(args.toArray(String[]::new)).out()).contains("5 added");
        assertThat(cli.run(args.toArray(String[]::new)).out()).contains("5 unchanged");
        for (String q : List.of("articles", "statements", "demands", "negotiations", "delegations")) {
            JsonObject json = JsonParser.parseString(cli.run("query", "--db", db.toString(), "--format", "json", q).out()).getAsJsonObject();
            assertThat(json.getAsJsonObject("results").getAsJsonArray("bindings").size()).as(q).isPositive();
        }
    }

    @Test
    void savedQueriesAnswerW3cJsonWithTheirContractColumns() {
        Path db = dir.resolve("db");
        loadExamples(db);
        Map<String, List<String>> contract = Map.of(
                "articles", List.of("article", "title", "outlet", "published", "source"),
                "statements", List.of("statement", "speaker", "speakerName", "text", "direct", "date", "article"),
                "demands", List.of("demand", "demander", "demanderName", "addressee", "addresseeName", "topic", "text", "article"),
                "negotiations", List.of("negotiation", "label", "date", "placeName", "partyName", "article"),
                "delegations", List.of("delegation", "negotiation", "partyName", "memberName", "role"));
        for (Map.Entry<String, List<String>> q : contract.entrySet()) {
            Cli.Run run = cli.run("query", "--db", db.toString(), "--format", "json", q.getKey());
            assertThat(run.status()).as(q.getKey()).isZero();
            JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
            List<String> vars = new ArrayList<>();
            json.getAsJsonObject("head").getAsJsonArray("vars").forEach(v -> vars.add(v.getAsString()));
            assertThat(vars).as(q.getKey()).containsAll(q.getValue());
            assertThat(json.getAsJsonObject("results").getAsJsonArray("bindings").size()).as(q.getKey()).isPositive();
        }
        Cli.Run articles = cli.run("query", "--db", db.toString(), "--format", "csv", "articles");
        assertThat(articles.out()).contains("https://herald.example.net/world/geneva-talks-corridor", "The Demo Herald");
        Cli.Run bad = cli.run("query", "--db", db.toString(), "no-such-query");
        assertThat(bad.status()).isEqualTo(2);
    }

    @Test
    void everyExportFormatParsesBackToWhatWasWritten() throws Exception {
        Path db = dir.resolve("db");
        loadExamples(db);
        long quads = countStatements(cli.run("export", "--db", db.toString(), "--format", "nquads").err());
        for (String format : List.of("nquads", "trig", "turtle", "jsonld", "rdfxml", "ntriples")) {
            Path out = dir.resolve("dump." + format);
            Cli.Run run = cli.run("export", "--db", db.toString(), "--format", format, "--out", out.toString());
            assertThat(run.status()).as(format).isZero();
            long written = countStatements(run.err());
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            Lang lang = switch (format) {
                case "nquads" -> Lang.NQUADS;
                case "trig" -> Lang.TRIG;
                case "turtle" -> Lang.TURTLE;
                case "jsonld" -> Lang.JSONLD;
                case "rdfxml" -> Lang.RDFXML;
                default -> Lang.NTRIPLES;
            };
            RDFDataMgr.read(back, out.toString(), lang);
            long parsed = RDFLanguages.isQuads(lang) ? back.stream().count() : back.getDefaultGraph().size();
            assertThat(parsed).as(format).isEqualTo(written);
            if (RDFLanguages.isQuads(lang)) {
                assertThat(parsed).as(format + " keeps every quad").isEqualTo(quads);
            }
        }
    }

    @Test
    void badInputsReportOneLineEachAndEveryGoodArticleIsLoaded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Delegations from Peru and Ecuador met in Lima on Monday to discuss the border.");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.write(in.resolve("latin1.txt"), "Reuni\u00f3n en Quito".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"Quito\", \"text\": \"Talks in Quito ended on Tuesday.\"}\n{not json\n");
        Path nothing = Files.createDirectories(dir.resolve("nothing"));
        Cli.Run run = cli.run("load", "--db", dir.resolve("db").toString(), in.toString(), nothing.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(3);
        List<String> problems = run.err().lines().filter(l -> l.startsWith("parley: load: ") && l.contains(": read: ")).toList();
        assertThat(problems).hasSize(5);
        assertThat(String.join("\n", problems)).contains("empty file", "binary file", "not valid UTF-8", "malformed JSON line",
                "folder holds no articles");
        assertThat(run.out()).contains("2 added");
        Cli.Run allBad = cli.run("load", "--db", dir.resolve("db2").toString(), in.resolve("empty.txt").toString());
        assertThat(allBad.status()).isEqualTo(1);
    }

    @Test
    void validateChecksTheStoreAgainstTheShapes() {
        Path db = dir.resolve("db");
        loadExamples(db);
        Cli.Run ok = cli.run("validate", "--db", db.toString());
        assertThat(ok.status()).as(ok.out()).isZero();
        try (var store = org.parley.store.ParleyStore.open(db)) {
            store.write(dsg -> dsg.add(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI("https://parley.example/graph/broken"),
                    org.apache.jena.graph.NodeFactory.createURI("https://parley.example/id/statement/broken"),
                    org.parley.vocab.Vocab.RDF.type, org.parley.vocab.Parley.Statement)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Cli.Run broken = cli.run("validate", "--db", db.toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.out()).contains("https://parley.example/id/statement/broken").contains("violation");
    }

    @Test
    void statsCountsWhatIsStored() {
        Path db = dir.resolve("db");
        loadExamples(db);
        Cli.Run stats = cli.run("stats", "--db", db.toString());
        assertThat(stats.status()).isZero();
        assertThat(stats.out()).contains("articles\t7", "Negotiation\t", "Statement\t", "Person\t");
    }

    private static long countStatements(String err) {
        return err.lines().filter(l -> l.startsWith("parley: export: ")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D+", ""))).orElseThrow();
    }

    private static Set<String> sortedLines(String text) {
        return new TreeSet<>(text.lines().toList());
    }
}
