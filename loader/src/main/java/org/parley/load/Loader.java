package org.parley.load;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.rdf.ArticleMapper;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;
import org.parley.read.Article;
import org.parley.read.ArticleSources;
import org.parley.read.Manifest;
import org.parley.read.ReadOutcome;
import org.parley.store.ArticleState;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Loads articles into the store, one at a time through the steps: read, clean, annotate, extract,
 * map, store. Language processing runs on several threads; finished articles are written in input
 * order, several per write transaction (a batch is stored whole or not at all, and reported
 * article by article once it is committed). Articles already stored with the same content skip
 * the language steps entirely. A failing article is reported with the step that failed, and the
 * batch goes on. Then resolution takes in what changed, only the blocks it touches, in the
 * transaction that writes the last batch (the articles still waiting when the input ends), where
 * the run is recorded as finished too; the database is compacted when the garbage of its
 * transactions has grown.
 */
public final class Loader {
    /** How many articles per annotating thread may wait, done or in progress, for their write. */
    private static final int AHEAD = 6;

    private final ParleyStore store;
    private final Iris iris;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final LoadListener listener;
    private final String version;
    private final LoadLimits limits;
    private final Batching batching;
    private final boolean compacting;

    /**
     * @param pipeline asked for only when an article needs the language steps: reloading stored
     *                 articles never loads the models
     */
    public Loader(ParleyStore store, Iris iris, Supplier<Pipeline> pipeline, int threads, LoadListener listener,
                  String version) {
        this(store, iris, pipeline, threads, listener, version, LoadLimits.DEFAULTS, Batching.DEFAULTS, true);
    }

    private Loader(ParleyStore store, Iris iris, Supplier<Pipeline> pipeline, int threads, LoadListener listener,
                   String version, LoadLimits limits, Batching batching, boolean compacting) {
        this.limits = requireNonNull(limits, "limits");
        this.batching = requireNonNull(batching, "batching");
        this.store = requireNonNull(store, "store");
        this.iris = requireNonNull(iris, "iris");
        this.pipeline = requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.listener = requireNonNull(listener, "listener");
        this.version = requireNonNull(version, "version");
        this.compacting = compacting;
    }

    /** This loader with other limits on what one input may ask of it. */
    public Loader withLimits(LoadLimits value) {
        return new Loader(store, iris, pipeline, threads, listener, version, value, batching, compacting);
    }

    /** This loader with other batches of articles per write transaction. */
    public Loader withBatching(Batching value) {
        return new Loader(store, iris, pipeline, threads, listener, version, limits, value, compacting);
    }

    /**
     * This loader, never compacting the store after a load. For a store that a server is reading:
     * TDB2's compaction waits until no transaction is open, and beside Fuseki's readers it can wait
     * for ever (apache/jena#3488). Such a store is compacted with the server stopped.
     */
    public Loader withoutCompaction() {
        return new Loader(store, iris, pipeline, threads, listener, version, limits, batching, false);
    }

    public LoadReport load(List<String> paths, Manifest manifest) throws StoreException {
        return load(paths, manifest, UnaryOperator.identity());
    }

    /**
     * Loads {@code paths}, each read outcome first passed through {@code naming}: a caller that read
     * the files from somewhere else (an upload) gives the articles their real source there.
     */
    public LoadReport load(List<String> paths, Manifest manifest, UnaryOperator<ReadOutcome> naming) throws StoreException {
        Instant start = Instant.now();
        StoreWrites.claimBase(store, iris.base());
        RunRecorder run = new RunRecorder(store, iris, start, version);
        boolean vocabularyChanged = StoreWrites.call("the vocabulary", 0, new VocabularyGraph(store, iris)::ensureCurrent);
        ArticleSources sources = new ArticleSources(manifest, limits.maxFileBytes());
        listener.started(sources.files(paths).size());
        Tally tally = new Tally();
        manifest.problems().forEach(p -> tally.problem(new Problem("manifest", p.source(), p.message()), listener));
        ArticleSizeLimit sizeLimit = new ArticleSizeLimit(limits);
        boolean resolved;
        try (Stream<ReadOutcome> outcomes = sources.read(paths); TimedPool pool = new TimedPool(threads, limits.articleTimeout())) {
            Batch batch = new Batch(tally, pool, run);
            Deque<Pending> inFlight = new ArrayDeque<>();
            Iterator<ReadOutcome> it = outcomes.iterator();
            while (it.hasNext()) {
                ReadOutcome outcome = naming.apply(it.next());
                if (outcome instanceof ReadOutcome.Failure f) {
                    tally.problem(new Problem("read", f.source(), f.reason()), listener);
                    continue;
                }
                ArticleSizeLimit.Result sized = sizeLimit.apply(((ReadOutcome.Success) outcome).article());
                if (sized.article().isEmpty()) {
                    tally.problem(new Problem("read", outcome.source(), sized.refused()), listener);
                    continue;
                }
                Article article = sized.article().get();
                Identity id = Identity.of(iris, article);
                ArticleState state = store.stateOf(id.graph(), id.contentHash(), article.sourceKey());
                if (!state.needsWrite()) {
                    tally.skipped(article, state, listener);
                    continue;
                }
                Pipeline steps = pipeline.get();
                inFlight.add(new Pending(article, id, pool.submit(() -> steps.process(article))));
                // Write what is ready without waiting, so the annotating threads always have work queued;
                // wait only when far ahead of the writes.
                while (!inFlight.isEmpty() && (inFlight.peek().task().future().isDone() || inFlight.size() > threads * AHEAD)) {
                    batch.add(inFlight.poll());
                }
                batch.commitIfDue();
            }
            while (!inFlight.isEmpty()) {
                batch.add(inFlight.poll());
                batch.commitIfDue();
            }
            manifest.missingFiles().forEach(p -> tally.problem(new Problem("manifest", p.source(), p.message()), listener));
            resolved = batch.commitResolving(start);
        }
        listener.resolved();
        LoadReport report = tally.report(Duration.between(start, Instant.now()), resolved);
        if (report.changedStore() || vocabularyChanged) {
            if (!resolved) {
                listener.recording();
                StoreWrites.run("the run record", tally.stored(), () -> run.finish(Instant.now(), report));
            }
            if (compacting) {
                new Compaction(store).ifWorthIt();
            }
        }
        listener.finished(report);
        return report;
    }

    /** Finished articles waiting for one write transaction. */
    private final class Batch {
        private final Tally tally;
        private final TimedPool pool;
        private final RunRecorder run;
        private final List<Mapped> articles = new ArrayList<>();
        private Instant firstReady;

        Batch(Tally tally, TimedPool pool, RunRecorder run) {
            this.tally = tally;
            this.pool = pool;
            this.run = run;
        }

        /**
         * Waits for an article's language steps (at most its time limit) and maps it to its graph;
         * a failure is the article's alone.
         */
        void add(Pending p) {
            Pipeline.Result result;
            try {
                result = pool.await(p.task());
            } catch (TimeoutException e) {
                tally.problem(new Problem("process", p.article().sourceLabel(), "took longer than "
                        + limits.articleTimeout().toSeconds() + " s and was given up (--article-timeout)"), listener);
                return;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String step = cause instanceof Pipeline.StepException se ? se.step() : "process";
                tally.problem(new Problem(step, p.article().sourceLabel(), message(cause)), listener);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tally.problem(new Problem("process", p.article().sourceLabel(), "interrupted"), listener);
                return;
            }
            StoredArticle stored = new StoredArticle(p.id().article(), p.id().contentHash(), p.article(), result.extraction());
            Graph graph = GraphFactory.createDefaultGraph();
            try {
                new ArticleMapper(iris).map(stored, StreamRDFLib.graph(graph));
            } catch (RuntimeException e) {
                tally.problem(new Problem("map", p.article().sourceLabel(), message(e)), listener);
                return;
            }
            if (articles.isEmpty()) {
                firstReady = Instant.now();
            }
            articles.add(new Mapped(p, result.tokens(), new ParleyStore.ArticleWrite(p.id().article(), p.id().graph(),
                    p.id().contentHash(), p.article().sourceKey(), graph)));
        }

        void commitIfDue() throws StoreException {
            if (articles.size() >= batching.maxArticles()
                    || !articles.isEmpty() && Duration.between(firstReady, Instant.now()).compareTo(batching.maxWait()) >= 0) {
                commit();
            }
        }

        /**
         * Brings the resolved graph up to date, writing the batch (the run's last) in the same
         * transaction, and records the run as finished there when the resolved graph changed: a
         * load of one article commits once. When that transaction fails for another reason than a
         * full disk, the batch is written alone, as any other, and resolution runs after it, so
         * that a failing resolution never costs the articles. True when the resolved graph changed.
         */
        boolean commitResolving(Instant start) throws StoreException {
            ResolutionStep step = new ResolutionStep(store, iris, listener);
            Consumer<DatasetGraph> record = dsg -> recordFinished(dsg, tally, start);
            if (articles.isEmpty()) {
                return StoreWrites.call("the resolved graph", tally.stored(), () -> step.run(record));
            }
            List<ArticleState> states = new ArrayList<>();
            Tally counted = new Tally();
            boolean resolved;
            try {
                resolved = StoreWrites.call(label() + " and the resolved graph", tally.stored(), () -> step.run(dsg -> {
                    states.clear();
                    states.addAll(store.writeArticles(dsg, iris, writes()));
                    if (states.stream().anyMatch(ArticleState::needsWrite)) {
                        run.begin(dsg);
                    }
                }, dsg -> {
                    // The record counts the batch before it is reported: both are committed together.
                    counted.add(tally);
                    for (int i = 0; i < articles.size(); i++) {
                        counted.written(articles.get(i).pending().article(), states.get(i), LoadListener.SILENT);
                        counted.tokens += articles.get(i).tokens();
                    }
                    recordFinished(dsg, counted, start);
                }));
            } catch (RuntimeException | StackOverflowError e) {
                // Nothing of the transaction was committed: store the batch as any other, then resolve again.
                commit();
                try {
                    return StoreWrites.call("the resolved graph", tally.stored(), () -> step.run(record));
                } catch (RuntimeException | Error again) {
                    again.addSuppressed(e);
                    throw again;
                }
            }
            report(states);
            return resolved;
        }

        /**
         * Writes the batch in one transaction (the run's record begun in it), then reports each
         * article; if the transaction fails, each of them. A full disk ends the run.
         */
        void commit() throws StoreException {
            if (articles.isEmpty()) {
                return;
            }
            try {
                report(StoreWrites.call(label(), tally.stored(), () -> store.writeArticles(iris, writes(), run::begin)));
            } catch (RuntimeException e) {
                for (Mapped m : articles) {
                    tally.problem(new Problem("store", m.pending().article().sourceLabel(), message(e)), listener);
                }
                articles.clear();
            }
        }

        /** Completes the run's record, with {@code counts}, in the transaction of the run's last change. */
        private void recordFinished(DatasetGraph dsg, Tally counts, Instant start) {
            listener.recording();
            Instant end = Instant.now();
            run.finish(dsg, end, counts.report(Duration.between(start, end), true));
        }

        /** Reports each article of the batch, once what was done with it is committed. */
        private void report(List<ArticleState> states) {
            for (int i = 0; i < articles.size(); i++) {
                Mapped m = articles.get(i);
                tally.tokens += m.tokens();
                tally.written(m.pending().article(), states.get(i), listener);
            }
            articles.clear();
        }

        private List<ParleyStore.ArticleWrite> writes() {
            return articles.stream().map(Mapped::write).toList();
        }

        private String label() {
            return articles.size() == 1 ? articles.get(0).pending().article().sourceLabel()
                    : "a batch of " + articles.size() + " articles";
        }
    }

    private record Mapped(Pending pending, int tokens, ParleyStore.ArticleWrite write) {}

    private static String message(Throwable e) {
        Throwable root = e instanceof Pipeline.StepException && e.getCause() != null ? e.getCause() : e;
        String m = root.getMessage();
        String text = m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Where an article goes: its IRI and graph come from its text; its content hash covers text and metadata. */
    public record Identity(String article, String graph, String contentHash) {
        public static Identity of(Iris iris, Article a) {
            String contentId = Hashes.short16(a.text());
            String hash = Hashes.sha256(a.text() + "\u0000" + a.metadata().canonical());
            return new Identity(iris.article(contentId), iris.articleGraph(contentId), hash);
        }
    }

    private record Pending(Article article, Identity id, TimedPool.Task<Pipeline.Result> task) {}

    /** Counts of one run. */
    private static final class Tally {
        int added;
        int replaced;
        int unchanged;
        int duplicates;
        long tokens;
        final List<Problem> problems = new ArrayList<>();

        int stored() {
            return added + replaced;
        }

        /** Adds {@code other}'s counts and problems to these. */
        void add(Tally other) {
            added += other.added;
            replaced += other.replaced;
            unchanged += other.unchanged;
            duplicates += other.duplicates;
            tokens += other.tokens;
            problems.addAll(other.problems);
        }

        LoadReport report(Duration took, boolean resolved) {
            return new LoadReport(added, replaced, unchanged, duplicates, List.copyOf(problems), tokens, took, resolved);
        }

        void problem(Problem p, LoadListener listener) {
            problems.add(p);
            listener.problem(p);
        }

        void skipped(Article a, ArticleState state, LoadListener listener) {
            if (state.kind() == ArticleState.Kind.DUPLICATE) {
                duplicates++;
                listener.article(a.sourceLabel(), "same text as " + state.duplicateOf().orElse("another article") + ", stored once");
            } else {
                unchanged++;
                listener.article(a.sourceLabel(), "unchanged");
            }
        }

        void written(Article a, ArticleState state, LoadListener listener) {
            switch (state.kind()) {
                case NEW -> {
                    added++;
                    listener.article(a.sourceLabel(), notes("added", a));
                }
                case REPLACED -> {
                    replaced++;
                    listener.article(a.sourceLabel(), notes("replaced the stored version", a));
                }
                default -> skipped(a, state, listener);
            }
        }

        private static String notes(String what, Article a) {
            return a.notes().isEmpty() ? what : what + " (" + String.join("; ", a.notes()) + ")";
        }
    }
}
