package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.read.ReadException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure loading: model load time, tokens/s and articles/s after the models are loaded, peak heap.",
                "Loads PATHs, or a generated corpus of --articles made-up articles, into a throw-away store."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "500",
            description = "Generate this many articles when no PATH is given (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300",
            description = "Load this many other generated articles first, untimed, so the JIT has compiled the hot code "
                    + "(default: ${DEFAULT-VALUE}; 0 measures a cold start).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Articles annotated at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--growth", description = "Measure growth instead: load generated articles into one store in increments "
            + "doubling from --first up to --articles (default then 10000), with resolution time, time to add one article "
            + "and disk per quad beside Jena's bulk loader.")
    boolean growth;

    @Option(names = "--first", paramLabel = "N", defaultValue = "125", description = "First increment of --growth (default: ${DEFAULT-VALUE}).")
    int first;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Manifest for the PATHs.")
    Path manifest;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to load instead of a generated corpus.")
    List<String> paths;

    private final Services services;

    BenchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("parley-bench");
        try {
            if (growth) {
                int upTo = spec.commandLine().getParseResult().hasMatchedOption("--articles") ? articles : 10_000;
                int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
                return new GrowthBench(services, out, n).run(work, first, upTo, warmup);
            }
            List<String> inputs = paths;
            if (inputs == null || inputs.isEmpty()) {
                Path corpus = work.resolve("corpus");
                SyntheticCorpus.write(corpus, articles, 42);
                inputs = List.of(corpus.toString());
                out.printf("bench: generated %d articles in %s%n", articles, corpus);
            }
            Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
            resetPeaks();
            long t0 = System.nanoTime();
            Pipeline pipeline = services.pipeline();
            double modelSeconds = (System.nanoTime() - t0) / 1e9;
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (warmup > 0) {
                Path warm = work.resolve("warmup");
                SyntheticCorpus.write(warm, warmup, 7);
                long w0 = System.nanoTime();
                try (ParleyStore store = ParleyStore.open(work.resolve("warmup-db"))) {
                    LoadReport w = new Loader(store, new Iris(Iris.DEFAULT_BASE), () -> pipeline, n, LoadListener.SILENT,
                            services.version()).load(List.of(warm.toString()), Manifest.empty());
                    double ws = (System.nanoTime() - w0) / 1e9;
                    out.printf("bench: warm-up            %d articles, %d tokens in %.1f s (%.0f tokens/s cold)%n",
                            w.processed(), w.tokens(), ws, w.tokens() / ws);
                }
                resetPeaks();
            }
            try (ParleyStore store = ParleyStore.open(work.resolve("db"))) {
                long[] resolvingAt = {0};
                long start = System.nanoTime();
                LoadListener timing = new LoadListener() {
                    @Override
                    public void resolving(int count) {
                        resolvingAt[0] = System.nanoTime();
                    }
                };
                LoadReport report = new Loader(store, new Iris(Iris.DEFAULT_BASE), () -> pipeline, n, timing,
                        services.version()).load(inputs, m);
                double resolveSeconds = resolvingAt[0] == 0 ? 0 : (System.nanoTime() - resolvingAt[0]) / 1e9;
                double articleSeconds = resolvingAt[0] == 0 ? 0 : (resolvingAt[0] - start) / 1e9;
                double seconds = report.elapsed().toMillis() / 1000.0;
                out.printf("bench: threads            %d (of %d processors)%n", n, Runtime.getRuntime().availableProcessors());
                out.printf("bench: model load         %.1f s%n", modelSeconds);
                out.printf("bench: articles           %d loaded, %d failed%n", report.processed(), report.problems().size());
                out.printf("bench: tokens             %d%n", report.tokens());
                out.printf("bench: load time          %.1f s: %.1f s reading, annotating, extracting and storing articles, "
                        + "%.1f s resolving across articles%n", seconds, articleSeconds, resolveSeconds);
                out.printf("bench: throughput         %.0f tokens/s, %.2f articles/s%n", report.tokens() / seconds,
                        report.processed() / seconds);
                out.printf("bench: peak heap          %d MB (max %d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
                report.problems().forEach(p -> err.println("parley: bench: " + p));
                out.flush();
                return report.problems().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
            }
        } catch (ReadException | StoreException e) {
            err.println("parley: bench: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            deleteQuietly(work);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
