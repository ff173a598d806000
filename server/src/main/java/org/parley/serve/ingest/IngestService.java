package org.parley.serve.ingest;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.parley.load.LoadLimits;
import org.parley.load.LoadListener;
import org.parley.load.LoadReport;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Loads batches into the store the server is serving, with the same pipeline as {@code parley load},
 * one batch at a time (TDB2 has one writer). Queries are never blocked: TDB2 readers see the last
 * committed state while a batch is written, one article per transaction. The language models load
 * with the first batch, not when the server starts. The store is not compacted while it is served
 * (see {@link Loader#withoutCompaction()}): {@code parley compact} does that with the server stopped.
 */
public final class IngestService implements AutoCloseable {
    private final ParleyStore store;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final LoadLimits limits;
    private final String defaultBase;
    private final String version;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-ingest");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param defaultBase the base IRI for a store that holds nothing yet; a store that does keeps its own
     */
    public IngestService(ParleyStore store, Supplier<Pipeline> pipeline, int threads, LoadLimits limits,
                         String defaultBase, String version) {
        this.store = requireNonNull(store, "store");
        this.pipeline = requireNonNull(pipeline, "pipeline");
        this.threads = threads;
        this.limits = requireNonNull(limits, "limits");
        this.defaultBase = requireNonNull(defaultBase, "defaultBase");
        this.version = requireNonNull(version, "version");
    }

    /** Loads one batch once the batches before it are done; {@code listener} hears it as it goes. */
    public LoadReport load(Upload batch, LoadListener listener) throws StoreException, InterruptedException {
        Future<LoadReport> done = writer.submit(() -> new Loader(store, new Iris(store.baseIri().orElse(defaultBase)),
                pipeline, threads, listener, version).withLimits(limits).withoutCompaction().load(batch.paths(), batch.manifest(), batch::named));
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException se) {
                throw se;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
