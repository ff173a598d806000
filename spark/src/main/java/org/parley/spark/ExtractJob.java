package org.parley.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.load.ArticleSizeLimit;
import org.parley.load.LoadLimits;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.ArticleSources;
import org.parley.read.JsonArticleReader;
import org.parley.read.ArticleFormat;
import org.parley.read.Manifest;
import org.parley.read.ReadException;
import org.parley.read.ReadOutcome;
import scala.Tuple2;

/**
 * Extraction as a Spark job: reads articles (files and folders of .txt, .html, .json, .jsonl, and
 * Parquet files of crawler records), runs Parley's own read, clean, annotate, extract and map steps
 * on the executors with one pipeline per executor JVM, and writes for {@code ./parley bulk-load}:
 * <pre>
 *   OUTPUT/quads/part-*.gz      N-Quads: each article's named graph
 *   OUTPUT/resolved/part-*.gz   N-Quads: the resolved graph and the resolution index ({@link DistributedResolution})
 *   OUTPUT/problems/part-*      one line per input that failed: source: step: reason
 * </pre>
 * With {@code --no-resolution} the job leaves resolution to bulk-load: there is no resolved/, and
 * each article is marked in the resolution index as awaiting it.
 * Two inputs with the same text are one article (the one with the smallest source key is kept),
 * as {@code ./parley load} stores the same text once.
 */
public final class ExtractJob {
    private ExtractJob() {}

    /** What the job is to do. */
    public record Options(List<String> inputs, List<String> parquet, String output, String base, String manifestFile,
                          int partitions, Resolution resolution) implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
            parquet = List.copyOf(parquet);
            requireNonNull(output, "output");
            requireNonNull(resolution, "resolution");
            new Iris(base);
        }

        /** The manifest CSV, read by each executor (so on a file system they all see). */
        public Optional<String> manifest() {
            return Optional.ofNullable(manifestFile);
        }

        static Options parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            List<String> parquet = new ArrayList<>();
            String output = null;
            String base = Iris.DEFAULT_BASE;
            String manifest = null;
            int partitions = 0;
            Resolution resolution = Resolution.IN_SPARK;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--output" -> output = args[++i];
                    case "--base" -> base = args[++i];
                    case "--manifest" -> manifest = args[++i];
                    case "--parquet" -> parquet.add(args[++i]);
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "--no-resolution" -> resolution = Resolution.BY_BULK_LOAD;
                    case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                        }
                        inputs.add(a);
                    }
                }
                if (value == null && a.startsWith("--") && !a.equals("--help") && !a.equals("--no-resolution")) {
                    throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
                }
            }
            if (output == null || inputs.isEmpty() && parquet.isEmpty()) {
                throw new IllegalArgumentException(USAGE);
            }
            return new Options(inputs, parquet, output, base, manifest, partitions, resolution);
        }
    }

    /** Where resolution across articles runs. */
    public enum Resolution {
        /** In this job, over the blocking keys: bulk-load finds the store resolved. */
        IN_SPARK,
        /** Left to bulk-load, which resolves the articles on one machine (each is marked as awaiting it). */
        BY_BULK_LOAD
    }

    static final String USAGE = "usage: ExtractJob --output DIR [--base IRI] [--manifest FILE] [--partitions N] "
            + "[--no-resolution] [--parquet FILE_OR_DIR]... [PATH]...";

    /** What the job did, and how long its extraction (with writing the quads) and its resolution took. */
    public record Summary(long articles, long problems, long tokens, Duration extraction, Duration resolution) {}

    /** What the inputs came to, added up over the executors. */
    private record Counts(long articles, long problems, long tokens) implements Serializable {
        static Counts of(Outcome x) {
            return new Counts(x.result() == null ? 0 : 1, x.problem() == null ? 0 : 1, x.result() == null ? 0 : x.result().tokens());
        }

        Counts plus(Counts o) {
            return new Counts(articles + o.articles, problems + o.problems, tokens + o.tokens);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley-extract").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.printf("parley-spark: %d articles, %d tokens, %d problems (extraction %.1f s, resolution %.1f s); output in %s%n",
                    s.articles(), s.tokens(), s.problems(), s.extraction().toMillis() / 1000.0, s.resolution().toMillis() / 1000.0,
                    options.output());
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, Options o) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ArticleSources.Listing listing = new ArticleSources(Manifest.empty()).list(o.inputs());
        List<String> files = listing.files().stream().map(ArticleSources.Named::label).toList();
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        JavaRDD<Outcome> outcomes = sc.parallelize(files, partitions).mapPartitions(new FromFiles(o));
        // What cannot be read (FIFOs, devices, unreadable files) is reported without being opened, as load does.
        List<Outcome> unreadable = listing.problems().stream().map(f -> Outcome.failed(f.source(), "read", f.reason())).toList();
        if (!unreadable.isEmpty()) {
            outcomes = outcomes.union(sc.parallelize(unreadable, 1));
        }
        if (!o.parquet().isEmpty()) {
            JavaRDD<Tuple2<String, Long>> records = spark.read().parquet(o.parquet().toArray(String[]::new)).toJSON()
                    .javaRDD().zipWithIndex().map(t -> new Tuple2<>(t._1(), t._2()));
            outcomes = outcomes.union(records.mapPartitions(new FromRecords(o)));
        }
        outcomes = outcomes.cache();
        JavaRDD<ArticleQuads.Result> articles = outcomes.filter(x -> x.result() != null)
                .mapToPair(x -> new Tuple2<>(x.result().graph(), x.result()))
                .reduceByKey((a, b) -> a.sourceKey().compareTo(b.sourceKey()) <= 0 ? a : b)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            boolean marked = o.resolution() == Resolution.BY_BULK_LOAD;
            long start = System.nanoTime();
            articles.map(r -> (marked ? r.nquads() + r.awaitingMark() : r.nquads()).stripTrailing())
                    .saveAsTextFile(o.output() + "/quads", GzipCodec.class);
            long extracted = System.nanoTime();
            if (o.resolution() == Resolution.IN_SPARK) {
                new DistributedResolution(sc, o.base()).resolve(articles.mapToPair(r -> new Tuple2<>(r.article(), r.nquads())))
                        .saveAsTextFile(o.output() + "/resolved", GzipCodec.class);
            }
            long resolved = System.nanoTime();
            outcomes.filter(x -> x.problem() != null).map(Outcome::problem).coalesce(1).saveAsTextFile(o.output() + "/problems");
            Counts counts = outcomes.map(Counts::of).fold(new Counts(0, 0, 0), Counts::plus);
            return new Summary(counts.articles(), counts.problems(), counts.tokens(), Duration.ofNanos(extracted - start),
                    Duration.ofNanos(resolved - extracted));
        } finally {
            articles.unpersist();
            outcomes.unpersist();
        }
    }

    /** One input: an article's quads, or what went wrong. */
    record Outcome(ArticleQuads.Result result, String problem) implements Serializable {
        static Outcome failed(String source, String step, String message) {
            return new Outcome(null, source + ": " + step + ": " + message);
        }
    }

    private static Outcome process(ReadOutcome read, Pipeline pipeline, Iris iris) {
        if (read instanceof ReadOutcome.Failure f) {
            return Outcome.failed(f.source(), "read", f.reason());
        }
        // The same size limits as load's defaults, so that both store the same text of an overlong article.
        ArticleSizeLimit.Result sized = new ArticleSizeLimit(LoadLimits.DEFAULTS).apply(((ReadOutcome.Success) read).article());
        if (sized.article().isEmpty()) {
            return Outcome.failed(read.source(), "read", sized.refused());
        }
        var article = sized.article().get();
        try {
            return new Outcome(ArticleQuads.of(article, pipeline, iris), null);
        } catch (Pipeline.StepException e) {
            return Outcome.failed(article.sourceLabel(), e.step(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            return Outcome.failed(article.sourceLabel(), "map", String.valueOf(e.getMessage()));
        }
    }

    /** Reads and processes files (one task's share), with the executor's pipeline. */
    private static final class FromFiles implements FlatMapFunction<Iterator<String>, Outcome> {
        private final Options options;

        FromFiles(Options options) {
            this.options = options;
        }

        @Override
        public Iterator<Outcome> call(Iterator<String> paths) throws ReadException {
            Pipeline pipeline = ExecutorPipeline.get();
            Iris iris = new Iris(options.base());
            Manifest manifest = options.manifest().isPresent() ? Manifest.read(Path.of(options.manifest().get())) : Manifest.empty();
            ArticleSources sources = new ArticleSources(manifest);
            List<Outcome> out = new ArrayList<>();
            while (paths.hasNext()) {
                try (var read = sources.read(List.of(paths.next()))) {
                    read.forEach(r -> out.add(process(r, pipeline, iris)));
                }
            }
            return out.iterator();
        }
    }

    /** Processes crawler records given as JSON (rows of Parquet files), keyed by their URL or their row number. */
    private static final class FromRecords implements FlatMapFunction<Iterator<Tuple2<String, Long>>, Outcome> {
        private final Options options;

        FromRecords(Options options) {
            this.options = options;
        }

        @Override
        public Iterator<Outcome> call(Iterator<Tuple2<String, Long>> records) {
            Pipeline pipeline = ExecutorPipeline.get();
            Iris iris = new Iris(options.base());
            JsonArticleReader reader = new JsonArticleReader(ArticleFormat.JSONL);
            List<Outcome> out = new ArrayList<>();
            while (records.hasNext()) {
                Tuple2<String, Long> r = records.next();
                String label = "parquet#" + (r._2() + 1);
                out.add(process(reader.record(r._1(), label, label), pipeline, iris));
            }
            return out.iterator();
        }
    }
}
