package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.BulkLoad;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.store.ParleyStore;
import org.parley.testing.Seeds;
import org.parley.testing.SharedPipeline;

/**
 * The whole distributed path in {@code local[2]}: the Spark job extracts and resolves the articles,
 * bulk-load puts its output into a fresh store, and the store holds the same quads as the one
 * {@code ./parley load} builds from the same articles (up to the run record's times): the same
 * resolved graph and the same resolution index, so later loads resolve only what they touch. One
 * Spark session and the JVM's one CoreNLP pipeline serve every test.
 */
@ExtendWith(SharedPipeline.class)
class SparkPathTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static SparkSession spark;

    @TempDir
    Path dir;

    private final Pipeline pipeline;

    SparkPathTest(Pipeline pipeline) {
        this.pipeline = pipeline;
        ExecutorPipeline.use(pipeline);
    }

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("parley-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path examples() {
        for (Path p : new Path[] {Path.of("../examples"), Path.of("examples")}) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("examples/ not found");
    }

    @Test
    void theSparkPathBuildsTheStoreLoadBuildsOnTheExamples() throws Exception {
        Path examples = examples();
        sameStore(examples.toString(), Optional.of(examples.resolve("manifest.csv")), ExtractJob.Resolution.IN_SPARK);
    }

    @Test
    void theSparkPathBuildsTheStoreLoadBuildsOnTheSeeds() throws Exception {
        Optional<Path> seeds = Seeds.folder();
        assumeTrue(seeds.isPresent(), "../shared/seeds is not beside this checkout");
        sameStore(seeds.get().toString(), Optional.of(seeds.get().resolve("manifest.csv")), ExtractJob.Resolution.IN_SPARK);
    }

    /** For measuring on other articles: {@code -Dparley.spark.articles=DIR} (with its manifest.csv, if it has one). */
    @Test
    void theSparkPathBuildsTheStoreLoadBuildsOnArticlesGiven() throws Exception {
        String given = System.getProperty("parley.spark.articles");
        assumeTrue(given != null && !given.isBlank(), "no -Dparley.spark.articles=DIR given");
        Path folder = Path.of(given).toAbsolutePath();
        Path manifest = folder.resolve("manifest.csv");
        sameStore(folder.toString(), Files.isRegularFile(manifest) ? Optional.of(manifest) : Optional.empty(),
                ExtractJob.Resolution.IN_SPARK);
    }

    @Test
    void resolutionLeftToBulkLoadBuildsTheSameStoreToo() throws Exception {
        Path examples = examples();
        sameStore(examples.toString(), Optional.of(examples.resolve("manifest.csv")), ExtractJob.Resolution.BY_BULK_LOAD);
    }

    private void sameStore(String input, Optional<Path> manifest, ExtractJob.Resolution resolution) throws Exception {
        Path output = dir.resolve("spark-out");
        ExtractJob.Summary summary = ExtractJob.run(spark, new ExtractJob.Options(List.of(input), List.of(), output.toString(),
                IRIS.base(), manifest.map(Path::toString).orElse(null), 0, resolution));
        assertThat(summary.articles()).isPositive();
        assertThat(Files.isDirectory(output.resolve("resolved"))).isEqualTo(resolution == ExtractJob.Resolution.IN_SPARK);

        Set<Quad> bulk;
        try (ParleyStore store = ParleyStore.open(dir.resolve("bulk"))) {
            LoadReport report = new BulkLoad(store, IRIS, LoadListener.SILENT, "test").load(List.of(output));
            assertThat(report.added()).isEqualTo(store.articleCount(IRIS));
            // Resolved by the job, the store is up to date as loaded: bulk-load had nothing to resolve again.
            assertThat(report.resolved()).as("bulk-load resolved the articles itself")
                    .isEqualTo(resolution == ExtractJob.Resolution.BY_BULK_LOAD);
            bulk = comparable(store);
        }
        Set<Quad> loaded;
        try (ParleyStore store = ParleyStore.open(dir.resolve("load"))) {
            Manifest m = manifest.isPresent() ? Manifest.read(manifest.get()) : Manifest.empty();
            new Loader(store, IRIS, () -> pipeline, 2, LoadListener.SILENT, "test").load(List.of(input), m);
            loaded = comparable(store);
        }
        assertThat(bulk).as("the bulk-loaded store holds the quads load stores").hasSameSizeAs(loaded);
        Set<Quad> missing = new HashSet<>(loaded);
        missing.removeAll(bulk);
        assertThat(missing).as("quads load stored and the Spark path did not").isEmpty();
    }

    /** Every quad but the run records (they hold the times of the runs). */
    private static Set<Quad> comparable(ParleyStore store) {
        Node runs = org.apache.jena.graph.NodeFactory.createURI(IRIS.runsGraph());
        return store.read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                if (!q.getGraph().equals(runs)) {
                    out.add(q);
                }
            });
            return out;
        });
    }
}
