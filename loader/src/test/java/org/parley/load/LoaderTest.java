package org.parley.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Layer;
import org.parley.clean.BoilerplateCleaner;
import org.parley.clean.CleanText;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.lexicon.Lexicons;
import org.parley.rdf.Iris;
import org.parley.read.Article;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.testing.SharedPipeline;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab;

/** The loader against a real TDB2 store on disk and the real language pipeline. */
@ExtendWith(SharedPipeline.class)
class LoaderTest {
    private static final Iris IRIS = new Iris("https://parley.example/");
    private static final String TALKS = """
            Envoys from Kenya and Somalia met in Nairobi on Monday for a second round of talks.

            "We made progress on the maritime boundary," Kenyan negotiator Wanjiru Kamau said after the meeting.

            Somalia demanded the withdrawal of Kenyan troops from Gedo.
            """;

    @TempDir
    Path dir;

    private final Pipeline pipeline;
    private final Lexicons lexicons;
    private final Annotator annotator;

    LoaderTest(Pipeline pipeline, Lexicons lexicons, Annotator annotator) {
        this.pipeline = pipeline;
        this.lexicons = lexicons;
        this.annotator = annotator;
    }

    private LoadReport load(ParleyStore store, String... paths) throws StoreException {
        return new Loader(store, IRIS, () -> pipeline, 2, LoadListener.SILENT, "test").load(List.of(paths), Manifest.empty());
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void reloadingTheSameArticlesChangesNothing() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport first = load(store, a.toString());
            assertThat(first.added()).isEqualTo(1);
            assertThat(first.resolved()).isTrue();
            long quads = store.quadCount();
            LoadReport second = load(store, a.toString());
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.changedStore()).isFalse();
            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    @Test
    void aChangedArticleReplacesItsStoredVersionWhole() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            load(store, a.toString());
            Files.writeString(a, TALKS.replace("second round", "third round"));
            LoadReport report = load(store, a.toString());
            assertThat(report.replaced()).isEqualTo(1);
            assertThat(store.articleCount(IRIS)).isEqualTo(1);
            assertThat(store.articles(IRIS).get(0).article().text()).contains("third round").doesNotContain("second round");
            Set<Integer> rounds = new java.util.HashSet<>();
            store.select("SELECT ?r WHERE { ?n a <" + Parley.NS + "Negotiation> ; <" + Parley.NS + "roundNumber> ?r }",
                    row -> rounds.add(row.getLiteral("r").getInt()));
            assertThat(rounds).as("the resolved graph follows the new version").containsExactly(3);
        }
    }

    @Test
    void theSameTextFromTwoFilesIsStoredOnce() throws Exception {
        Path a = write("a.txt", TALKS);
        Path b = write("b.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport report = load(store, a.toString(), b.toString());
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.duplicates()).isEqualTo(1);
            assertThat(store.articleCount(IRIS)).isEqualTo(1);
        }
    }

    @Test
    void aLoadCompactsAStoreNeverCompactedUnlessToldNotTo() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            load(store, a.toString());
        }
        assertThat(dir.resolve("db/Data-0002")).as("the first load compacts into a new generation").isDirectory();
        assertThat(dir.resolve("db/Data-0001")).doesNotExist();

        try (ParleyStore store = ParleyStore.open(dir.resolve("served"))) {
            LoadReport report = new Loader(store, IRIS, () -> pipeline, 2, LoadListener.SILENT, "test").withoutCompaction()
                    .load(List.of(a.toString()), Manifest.empty());
            assertThat(report.added()).isEqualTo(1);
            assertThat(store.articleCount(IRIS)).isEqualTo(1);
        }
        assertThat(dir.resolve("served/Data-0001")).as("the store a server reads stays in its generation").isDirectory();
        assertThat(dir.resolve("served/Data-0002")).doesNotExist();
    }

    @Test
    void aBrokenInputIsReportedWithItsStepAndTheBatchGoesOn() throws Exception {
        Path good = write("good.txt", TALKS);
        Path empty = write("empty.txt", "");
        Path feed = write("feed.jsonl", "{\"title\": \"T\", \"text\": \"Talks resumed in Doha on Monday between the two sides.\"}\n{oops\n");
        Path boom = write("boom.txt", "This article makes the annotator EXPLODE on purpose.");
        Pipeline failing = new Pipeline(new BoilerplateCleaner(), OnMarker.failing("EXPLODE", annotator), new ArticleExtractor(lexicons));
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport report = new Loader(store, IRIS, () -> failing, 2, LoadListener.SILENT, "test")
                    .load(List.of(good.toString(), empty.toString(), feed.toString(), boom.toString()), Manifest.empty());
            assertThat(report.added()).as(report.summary() + " " + report.problems()).isEqualTo(2);
            assertThat(report.problems()).extracting(Problem::step).containsExactlyInAnyOrder("read", "read", "annotate");
            assertThat(report.problems()).extracting(Problem::source)
                    .anyMatch(s -> s.endsWith("empty.txt")).anyMatch(s -> s.endsWith("feed.jsonl#2")).anyMatch(s -> s.endsWith("boom.txt"));
            assertThat(store.articleCount(IRIS)).isEqualTo(2);
        }
    }

    @Test
    void aStoreKeepsTheBaseItWasLoadedWith() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            load(store, a.toString());
            assertThat(store.baseIri()).contains(IRIS.base());
            Loader other = new Loader(store, new Iris("https://elsewhere.example/"), () -> pipeline, 1, LoadListener.SILENT, "test");
            assertThatThrownBy(() -> other.load(List.of(a.toString()), Manifest.empty()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("https://parley.example/");
        }
    }

    @Test
    void aRunThatDiedBeforeResolvingIsResolvedByTheNext() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            load(store, a.toString());
            store.write(dsg -> dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI(IRIS.resolvedGraph())));
            assertThat(countNegotiations(store)).isZero();
            LoadReport rerun = load(store, a.toString());
            assertThat(rerun.unchanged()).isEqualTo(1);
            assertThat(rerun.resolved()).isTrue();
            assertThat(countNegotiations(store)).isEqualTo(1);
        }
    }

    @Test
    void theBaseIsRecordedBeforeAnyArticleSoEvenALoadThatStoredNothingKeepsIt() throws Exception {
        Path empty = write("empty.txt", "");
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport report = load(store, empty.toString());
            assertThat(report.added()).isZero();
            assertThat(store.baseIri()).contains(IRIS.base());
            Loader other = new Loader(store, new Iris("https://elsewhere.example/"), () -> pipeline, 1, LoadListener.SILENT, "test");
            assertThatThrownBy(() -> other.load(List.of(empty.toString()), Manifest.empty()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("https://parley.example/");
        }
    }

    @Test
    void aRunThatDiesAfterItsArticlesLeavesAnInterruptedRecordAndTheNextRunResolves() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadListener dies = new LoadListener() {
                @Override
                public void resolving(int articles) {
                    throw new ProcessDied();
                }
            };
            assertThatThrownBy(() -> new Loader(store, IRIS, () -> pipeline, 1, dies, "test").load(List.of(a.toString()), Manifest.empty()))
                    .isInstanceOf(ProcessDied.class);
            assertThat(runs(store, true)).as("the dead run's record").isEqualTo(1);
            assertThat(new org.parley.store.Validation().validate(store)).as("an interrupted record conforms").isEmpty();

            LoadReport next = load(store, a.toString());
            assertThat(next.unchanged()).isEqualTo(1);
            assertThat(next.resolved()).isTrue();
            assertThat(runs(store, true)).as("the dead run stays marked").isEqualTo(1);
            assertThat(runs(store, false)).as("the next run's complete record").isEqualTo(1);
            assertThat(countNegotiations(store)).isEqualTo(1);
        }
    }

    @Test
    void aResolutionThatFailsInTheLastBatchsTransactionCostsNoArticle() throws Exception {
        Path a = write("a.txt", TALKS);
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            int[] attempts = {0};
            LoadListener failsOnce = new LoadListener() {
                @Override
                public void resolving(int articles) {
                    if (attempts[0]++ == 0) {
                        throw new IllegalStateException("resolution failed");
                    }
                }
            };
            LoadReport report = new Loader(store, IRIS, () -> pipeline, 1, failsOnce, "test").load(List.of(a.toString()), Manifest.empty());
            assertThat(attempts[0]).as("resolution tried with the batch, then after it").isEqualTo(2);
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.resolved()).isTrue();
            assertThat(store.articleCount(IRIS)).isEqualTo(1);
            assertThat(countNegotiations(store)).isEqualTo(1);
            assertThat(runs(store, false)).as("the run's complete record").isEqualTo(1);
            assertThat(runs(store, true)).isZero();
            assertThat(recorded(store)).as("the record counts the article once").containsExactly(1, report.tokens());
        }
    }

    @Test
    void aLoadOfOneArticleCommitsOnceWithItsResolutionAndRecordAndAnUnchangedLoadNever() throws Exception {
        Path a = write("a.txt", TALKS);
        Path b = write("b.txt", TALKS.replace("second round", "third round"));
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            load(store, a.toString());
            long[] first = recorded(store);
            TransactionCoordinator txns = TDBInternal.getTransactionCoordinator(store.datasetGraph());
            long before = txns.countBeginWrite();
            load(store, a.toString());
            long unchanged = txns.countBeginWrite() - before;

            List<String> events = new ArrayList<>();
            LoadListener heard = new LoadListener() {
                @Override
                public void article(String source, String outcome) {
                    events.add("article " + outcome.split(" ")[0]);
                }

                @Override
                public void recording() {
                    events.add("recording");
                }
            };
            before = txns.countBeginWrite();
            LoadReport report = new Loader(store, IRIS, () -> pipeline, 1, heard, "test").load(List.of(b.toString()), Manifest.empty());
            assertThat(report.added()).isEqualTo(1);
            assertThat(unchanged).as("write transactions of a load that changes nothing").isZero();
            assertThat(txns.countBeginWrite() - before).as("write transactions of a load of one new article").isEqualTo(1);
            assertThat(events).as("the article is reported once its transaction, the resolution's, committed")
                    .containsExactly("recording", "article added");
            assertThat(runs(store, false)).isEqualTo(2);
            assertThat(runs(store, true)).isZero();
            assertThat(recorded(store)).as("the second run's record counts its article and its tokens")
                    .containsExactly(first[0] + 1, first[1] + report.tokens());
        }
    }

    @Test
    void anArticleOverTheTimeLimitIsReportedAndTheBatchGoesOn() throws Exception {
        Path good = write("good.txt", TALKS);
        Path slow = write("slow.txt", "This article makes the annotator STALL for a long time, as a pathological one would.");
        Pipeline stalling = new Pipeline(new BoilerplateCleaner(), OnMarker.stalling("STALL", annotator), new ArticleExtractor(lexicons));
        LoadLimits limits = new LoadLimits(1 << 20, 10_000, 5_000, LoadLimits.Oversized.CUT, java.time.Duration.ofSeconds(2));
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport report = new Loader(store, IRIS, () -> stalling, 1, LoadListener.SILENT, "test").withLimits(limits)
                    .load(List.of(slow.toString(), good.toString()), Manifest.empty());
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.source()).endsWith("slow.txt");
                assertThat(p.message()).contains("longer than 2 s");
            });
        }
    }

    @Test
    void anArticleOverTheSizeLimitIsCutAtASentenceBoundaryOrRefused() throws Exception {
        String longer = TALKS + "\n" + "The delegations will meet again next month in Mombasa, officials said. ".repeat(40);
        Path a = write("long.txt", longer);
        LoadLimits cut = new LoadLimits(1 << 20, 600, 5_000, LoadLimits.Oversized.CUT, java.time.Duration.ofMinutes(1));
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport report = new Loader(store, IRIS, () -> pipeline, 1, LoadListener.SILENT, "test").withLimits(cut)
                    .load(List.of(a.toString()), Manifest.empty());
            assertThat(report.added()).isEqualTo(1);
            String stored = store.articles(IRIS).get(0).article().text();
            assertThat(stored.length()).isLessThanOrEqualTo(600);
            assertThat(stored).startsWith(TALKS.strip().substring(0, 40)).endsWith(".");
        }
        LoadLimits refuse = new LoadLimits(1 << 20, 600, 5_000, LoadLimits.Oversized.REFUSE, java.time.Duration.ofMinutes(1));
        try (ParleyStore store = ParleyStore.open(dir.resolve("db2"))) {
            LoadReport report = new Loader(store, IRIS, () -> pipeline, 1, LoadListener.SILENT, "test").withLimits(refuse)
                    .load(List.of(a.toString()), Manifest.empty());
            assertThat(report.added()).isZero();
            assertThat(report.problems()).singleElement().extracting(Problem::message).asString().contains("longer than 600 characters");
        }
    }

    @Test
    void manifestProblemsAreReportedAndTheArticlesStillLoad() throws Exception {
        Path a = write("a.txt", TALKS);
        Path manifest = dir.resolve("in").resolve("manifest.csv");
        Files.writeString(manifest, "file,published,url\na.txt,someday,javascript:alert(1)\n");
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"))) {
            LoadReport report = new Loader(store, IRIS, () -> pipeline, 1, LoadListener.SILENT, "test")
                    .load(List.of(a.toString()), Manifest.read(manifest));
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.problems()).extracting(Problem::step).containsOnly("manifest");
            assertThat(report.problems()).extracting(Problem::source).allMatch(s -> s.endsWith("manifest.csv:2"));
            assertThat(report.problems()).extracting(Problem::message)
                    .anyMatch(m -> m.contains("'someday' is not a date")).anyMatch(m -> m.contains("not an http(s) link"));
        }
    }

    @Test
    void aStoreOfAnotherFormatIsRefusedWhenOpened() throws Exception {
        Path db = dir.resolve("db");
        try (ParleyStore store = ParleyStore.open(db)) {
            store.claimBase(IRIS.base());
            store.write(dsg -> {
                dsg.deleteAny(Node.ANY, Node.ANY, Parley.storeFormat, Node.ANY);
                dsg.add(NodeFactory.createURI(IRIS.base() + "graph/store"), NodeFactory.createURI(IRIS.dataset()), Parley.storeFormat,
                        NodeFactory.createLiteralDT("99", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            });
        }
        assertThatThrownBy(() -> ParleyStore.open(db)).isInstanceOf(StoreException.class).hasMessageContaining("format 99");
    }

    /** What the finished runs' records count, summed: articles loaded and tokens processed. */
    private static long[] recorded(ParleyStore store) {
        long[] n = {0, 0};
        store.select("PREFIX parley: <" + Parley.NS + "> SELECT (SUM(?a) AS ?articles) (SUM(?t) AS ?tokens) WHERE { "
                + "?r a parley:LoadRun ; parley:articlesLoaded ?a ; parley:tokensProcessed ?t "
                + "FILTER NOT EXISTS { ?r parley:interrupted true } }", row -> {
                    n[0] = row.getLiteral("articles").getLong();
                    n[1] = row.getLiteral("tokens").getLong();
                });
        return n;
    }

    private static long runs(ParleyStore store, boolean interrupted) {
        long[] n = {0};
        store.select("PREFIX parley: <" + Parley.NS + "> SELECT (COUNT(?r) AS ?c) WHERE { ?r a parley:LoadRun "
                + (interrupted ? "; parley:interrupted true }" : "FILTER NOT EXISTS { ?r parley:interrupted true } }"),
                row -> n[0] = row.getLiteral("c").getLong());
        return n[0];
    }

    /** Stands for the process dying at a phase: nothing after it runs, as after a kill. */
    private static final class ProcessDied extends RuntimeException {
    }

    @Test
    void theStoreDependsOnTheSetOfArticlesNotOnTheirOrderNorOnHowTheyWereSplitIntoLoads() throws Exception {
        Path examples = Path.of("../examples").toAbsolutePath().normalize();
        Manifest manifest = Manifest.read(examples.resolve("manifest.csv"));
        List<String> files = new ArticleSources(manifest).filePaths(List.of(examples.toString()));
        List<String> reversed = new java.util.ArrayList<>(files);
        java.util.Collections.reverse(reversed);

        Set<String> oneLoad = loadInLoads(manifest, "one-load", List.of(files));
        Set<String> twoLoads = loadInLoads(manifest, "two-loads-reversed", List.of(reversed.subList(0, 3),
                reversed.subList(3, reversed.size())));
        Set<String> oneByOne = loadInLoads(manifest, "one-by-one", reversed.stream().map(List::of).toList());
        assertThat(twoLoads).as("reversed, in two loads").isEqualTo(oneLoad);
        assertThat(oneByOne).as("reversed, one article per load").isEqualTo(oneLoad);
    }

    /**
     * Loads the files in the given loads and returns the store's quads as N-Quads lines, leaving out
     * what records history rather than content: the load runs, and aliases of IRIs handed out on the way.
     */
    private Set<String> loadInLoads(Manifest manifest, String name, List<List<String>> loads) throws StoreException {
        try (ParleyStore store = ParleyStore.open(dir.resolve(name))) {
            for (List<String> files : loads) {
                LoadReport report = new Loader(store, IRIS, () -> pipeline, 2, LoadListener.SILENT, "test").load(files, manifest);
                assertThat(report.problems()).isEmpty();
            }
            Node runs = NodeFactory.createURI(IRIS.runsGraph());
            return store.read(dsg -> {
                Set<String> out = new java.util.TreeSet<>();
                dsg.find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(runs) && !q.getPredicate().equals(Vocab.OWL.sameAs)) {
                        out.add(q.toString());
                    }
                });
                return out;
            });
        }
    }

    private static long countNegotiations(ParleyStore store) {
        long[] n = {0};
        store.select("SELECT (COUNT(?n) AS ?c) WHERE { ?n a <" + Parley.NS + "Negotiation> }", row -> n[0] = row.getLiteral("c").getLong());
        return n[0];
    }

    /**
     * The real annotator, misbehaving on articles that contain a marker (failing, or stalling as a
     * pathological article would): to show that one such article does not stop a batch.
     */
    private record OnMarker(String marker, Annotator real, Runnable misbehave) implements Annotator {
        static OnMarker failing(String marker, Annotator real) {
            return new OnMarker(marker, real, () -> {
                throw new IllegalStateException("annotator failed on purpose");
            });
        }

        static OnMarker stalling(String marker, Annotator real) {
            return new OnMarker(marker, real, () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted", e);
                }
            });
        }

        @Override
        public Set<Layer> provides() {
            return real.provides();
        }

        @Override
        public AnnotatedArticle annotate(Article article, CleanText clean, Optional<java.time.LocalDate> date) {
            if (article.text().contains(marker)) {
                misbehave.run();
            }
            return real.annotate(article, clean, date);
        }
    }
}
