package org.parley.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
    void aBrokenInputIsReportedWithItsStepAndTheBatchGoesOn() throws Exception {
        Path good = write("good.txt", TALKS);
        Path empty = write("empty.txt", "");
        Path feed = write("feed.jsonl", "{\"title\": \"T\", \"text\": \"Talks resumed in Doha on Monday between the two sides.\"}\n{oops\n");
        Path boom = write("boom.txt", "This article makes the annotator EXPLODE on purpose.");
        Pipeline failing = new Pipeline(new BoilerplateCleaner(), new FailingOn("EXPLODE", annotator), new ArticleExtractor(lexicons));
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

    /** The real annotator, failing on articles that contain a marker: to show one failure does not stop a batch. */
    private record FailingOn(String marker, Annotator real) implements Annotator {
        @Override
        public Set<Layer> provides() {
            return real.provides();
        }

        @Override
        public AnnotatedArticle annotate(Article article, CleanText clean, Optional<java.time.LocalDate> date) {
            if (article.text().contains(marker)) {
                throw new IllegalStateException("annotator failed on purpose");
            }
            return real.annotate(article, clean, date);
        }
    }
}
