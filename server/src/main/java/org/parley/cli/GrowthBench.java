package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.store.BulkLoader;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Loads generated articles into one store in growing increments and, after each, measures what
 * growth costs: articles/s of the increment, its resolution time, the time to add one more
 * article, and disk per quad, beside Jena's bulk loader on the same quads in a fresh store.
 */
final class GrowthBench {
    private final Services services;
    private final PrintWriter out;
    private final int threads;
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    GrowthBench(Services services, PrintWriter out, int threads) {
        this.services = services;
        this.out = out;
        this.threads = threads;
    }

    int run(Path work, int first, int upTo, int warmup) throws IOException, StoreException {
        List<Path> corpus = SyntheticCorpus.write(work.resolve("corpus"), upTo, 42);
        // Every single-article load adds an article of its own (one loaded again would be skipped as unchanged).
        List<Path> probes = SyntheticCorpus.write(work.resolve("probes"), 2 * PROBED * increments(first, upTo), 99);
        out.printf("bench: growth: %d generated articles, increments doubling from %d%n", upTo, first);
        Pipeline pipeline = services.pipeline();
        if (warmup > 0) {
            List<Path> warm = SyntheticCorpus.write(work.resolve("warmup"), warmup, 7);
            try (ParleyStore store = ParleyStore.open(work.resolve("warmup-db"))) {
                loader(store, pipeline, LoadListener.SILENT).load(strings(warm), Manifest.empty());
            }
        }
        out.printf("bench: growth: %8s %9s %10s %11s %9s %9s %9s %8s %10s %10s %7s %12s%n", "articles", "increment",
                "articles/s", "resolution", "first one", "add one", "to empty", "x empty", "quads", "B/quad", "tdbldr",
                "x tdbloader");
        int[] probe = {0};
        int loaded = 0;
        try (ParleyStore store = ParleyStore.open(work.resolve("db"))) {
            for (int size = first; loaded < upTo; size = Math.min(upTo, size * 2)) {
                List<Path> increment = corpus.subList(loaded, size);
                Timed load = timed(store, pipeline, increment);
                loaded = size;
                AddOne one = addOne(store, work.resolve("empty-db"), pipeline, probes, probe);
                long quads = store.quadCount();
                double bytesPerQuad = (double) store.diskBytes() / quads;
                double bulkBytesPerQuad = bulkLoaded(store, work);
                out.printf("bench: growth: %8d %9d %10.2f %10.1fs %8.2fs %8.2fs %8.2fs %8.2f %10d %10.0f %7.0f %12.2f%n",
                        loaded + probe[0] / 2, increment.size(), increment.size() / load.seconds, load.resolution,
                        one.first(), one.steady(), one.empty(), one.steady() / one.empty(), quads, bytesPerQuad,
                        bulkBytesPerQuad, bytesPerQuad / bulkBytesPerQuad);
                out.flush();
            }
        }
        return ExitCode.OK;
    }

    /**
     * Single-article loads after an increment, each followed by one into a fresh empty store, so that
     * the two are compared under the same conditions (a machine's speed drifts over a long run). The
     * first is timed alone (the store was just rewritten and compacted, so its caches are cold),
     * {@link #SETTLING} more settle it, and "add one" is the median of the {@link #STEADY} after those:
     * what a process that keeps adding articles pays for each; "to empty" is the same for the empty store.
     */
    private static final int SETTLING = 2;
    private static final int STEADY = 9;
    private static final int PROBED = 1 + SETTLING + STEADY;

    private record AddOne(double first, double steady, double empty) {}

    /** How many increments doubling from {@code first} reach {@code upTo}. */
    private static int increments(int first, int upTo) {
        int count = 0;
        for (long size = first, loaded = 0; loaded < upTo; size = Math.min(upTo, size * 2)) {
            loaded = size;
            count++;
        }
        return count;
    }

    /** Times {@link #PROBED} loads of one new article each into {@code store} and as many into a fresh store at {@code emptyDir}. */
    private AddOne addOne(ParleyStore store, Path emptyDir, Pipeline pipeline, List<Path> probes, int[] next)
            throws StoreException {
        double first = 0;
        double[] times = new double[STEADY];
        double[] empties = new double[STEADY];
        try (ParleyStore empty = ParleyStore.open(emptyDir)) {
            // A store's first load also writes the vocabulary: do that first, so the store is empty of articles only.
            loader(empty, pipeline, LoadListener.SILENT).load(List.of(), Manifest.empty());
            for (int i = 0; i < PROBED; i++) {
                double seconds = timed(store, pipeline, List.of(probes.get(next[0]++ % probes.size()))).seconds;
                double toEmpty = timed(empty, pipeline, List.of(probes.get(next[0]++ % probes.size()))).seconds;
                if (i == 0) {
                    first = seconds;
                } else if (i > SETTLING) {
                    times[i - SETTLING - 1] = seconds;
                    empties[i - SETTLING - 1] = toEmpty;
                }
            }
        } finally {
            BenchCommand.deleteQuietly(emptyDir);
        }
        return new AddOne(first, median(times), median(empties));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private record Timed(double seconds, double resolution, LoadReport report) {}

    private Timed timed(ParleyStore store, Pipeline pipeline, List<Path> files) throws StoreException {
        long[] resolving = {0, 0};
        LoadListener timing = new LoadListener() {
            @Override
            public void resolving(int articles) {
                resolving[0] = System.nanoTime();
            }

            @Override
            public void resolved() {
                resolving[1] = System.nanoTime();
            }
        };
        long t0 = System.nanoTime();
        LoadReport report = loader(store, pipeline, timing).load(strings(files), Manifest.empty());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double resolution = resolving[0] == 0 ? 0 : (resolving[1] - resolving[0]) / 1e9;
        return new Timed(seconds, resolution, report);
    }

    /** Disk per quad of the same quads bulk loaded into a fresh store. */
    private double bulkLoaded(ParleyStore store, Path work) throws IOException, StoreException {
        Path dump = work.resolve("same-quads.nq");
        try (OutputStream o = Files.newOutputStream(dump)) {
            store.read(dsg -> {
                RDFDataMgr.write(o, dsg, Lang.NQUADS);
                return null;
            });
        }
        Path dir = work.resolve("bulk-db");
        try (ParleyStore bulk = ParleyStore.open(dir)) {
            long quads = BulkLoader.load(bulk, List.of(dump));
            return (double) bulk.diskBytes() / quads;
        } finally {
            BenchCommand.deleteQuietly(dir);
            Files.deleteIfExists(dump);
        }
    }

    private Loader loader(ParleyStore store, Pipeline pipeline, LoadListener listener) {
        return new Loader(store, iris, () -> pipeline, threads, listener, services.version());
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }
}
