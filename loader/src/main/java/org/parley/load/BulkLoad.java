package org.parley.load;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.rdf.Iris;
import org.parley.store.BulkLoader;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Loads what the Spark job wrote (per-article N-Quads, and the resolved graph with its index
 * when the job resolved the articles) into a fresh store with Jena's TDB2 bulk loader, then does
 * what a load does after storing articles: the vocabulary, resolution across articles (nothing to
 * do when the job's resolution matches the articles loaded; everything, from the articles, when it
 * does not or there is none), the run record and VoID, and compaction; so the store serves
 * exactly as one built by {@link Loader}. As a load does, it claims
 * the store's base first and begins its run record (interrupted) before the bulk load, so a killed
 * bulk load leaves a store that says so.
 */
public final class BulkLoad {
    private final ParleyStore store;
    private final Iris iris;
    private final LoadListener listener;
    private final String version;

    public BulkLoad(ParleyStore store, Iris iris, LoadListener listener, String version) {
        this.store = requireNonNull(store, "store");
        this.iris = requireNonNull(iris, "iris");
        this.listener = requireNonNull(listener, "listener");
        this.version = requireNonNull(version, "version");
    }

    public LoadReport load(List<Path> outputs) throws StoreException {
        Instant start = Instant.now();
        if (store.quadCount() > 0) {
            throw new StoreException("bulk-load needs a fresh store, and " + store.directory() + " holds data; "
                    + "use an empty --db, or ./parley load to add to it");
        }
        List<Path> files = quadFiles(outputs);
        if (files.isEmpty()) {
            throw new StoreException("no N-Quads files in " + outputs);
        }
        listener.started(files.size());
        StoreWrites.claimBase(store, iris.base());
        RunRecorder run = new RunRecorder(store, iris, start, version);
        StoreWrites.run("the run record", 0, run::begin);
        StoreWrites.run("the articles", 0, () -> BulkLoader.load(store, files));
        int articles = store.articleCount(iris);
        StoreWrites.call("the vocabulary", articles, new VocabularyGraph(store, iris)::ensureCurrent);
        boolean resolved = StoreWrites.call("the resolved graph", articles, () -> new ResolutionStep(store, iris, listener).run());
        listener.resolved();
        Instant end = Instant.now();
        LoadReport report = new LoadReport(articles, 0, 0, 0, List.of(), 0, Duration.between(start, end), resolved);
        listener.recording();
        StoreWrites.run("the run record", articles, () -> run.finish(end, report));
        new Compaction(store).now();
        listener.finished(report);
        return report;
    }

    /** The N-Quads files under the outputs: {@code .nq}, {@code .nq.gz}, and Spark's {@code part-*} files. */
    static List<Path> quadFiles(List<Path> outputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : outputs) {
            if (Files.isRegularFile(p)) {
                out.add(p);
                continue;
            }
            // The job writes quads/, resolved/ (unless it left resolution to this step) and problems/.
            List<Path> folders = Files.isDirectory(p.resolve("quads"))
                    ? Stream.of(p.resolve("quads"), p.resolve("resolved")).filter(Files::isDirectory).toList()
                    : List.of(p);
            for (Path folder : folders) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).filter(BulkLoad::isQuads).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    private static boolean isQuads(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".nq") || name.endsWith(".nq.gz") || name.startsWith("part-") && !name.endsWith(".crc");
    }
}
