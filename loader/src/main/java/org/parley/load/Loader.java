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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.stream.Stream;
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
 * batch goes on. Then resolution takes in what changed, only the blocks it touches, the run is
 * recorded, and the database is compacted when the garbage of its transactions has grown.
 */
public final class Loader {
    /** How many articles per annotating thread may wait, done or in progress, for their write. */
    private static final int AHEAD = 6;
    /** At most this many articles per write transaction... */
    private static final int BATCH_ARTICLES = 64;
    /** ...and a finished article waits at most this long for its batch to commit. */
    private static final Duration BATCH_WAIT = Duration.ofSeconds(2);

    private final ParleyStore store;
    private final Iris iris;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final LoadListener listener;
    private final String version;

    /**
     * @param pipeline asked for only when an article needs the language steps: reloading stored
     *                 articles never loads the models
     */
    public Loader(ParleyStore store, Iris iris, Supplier<Pipeline> pipeline, int threads, LoadListener listener,
                  String version) {
        this.store = requireNonNull(store, "store");
        this.iris = requireNonNull(iris, "iris");
        this.pipeline = requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.listener = requireNonNull(listener, "listener");
        this.version = requireNonNull(version, "version");
    }

    public LoadReport load(List<String> paths, Manifest manifest) throws StoreException {
        Instant start = Instant.now();
        checkBase();
        boolean vocabularyChanged = new VocabularyGraph(store, iris).ensureCurrent();
        ArticleSources sources = new ArticleSources(manifest);
        listener.started(sources.files(paths).size());
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-annotate");
            t.setDaemon(true);
            return t;
        });
        Batch batch = new Batch(tally);
        try (Stream<ReadOutcome> outcomes = sources.read(paths)) {
            Deque<Pending> inFlight = new ArrayDeque<>();
            Iterator<ReadOutcome> it = outcomes.iterator();
            while (it.hasNext()) {
                ReadOutcome outcome = it.next();
                if (outcome instanceof ReadOutcome.Failure f) {
                    tally.problem(new Problem("read", f.source(), f.reason()), listener);
                    continue;
                }
                Article article = ((ReadOutcome.Success) outcome).article();
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
                while (!inFlight.isEmpty() && (inFlight.peek().future().isDone() || inFlight.size() > threads * AHEAD)) {
                    batch.add(inFlight.poll());
                }
                batch.commitIfDue();
            }
            while (!inFlight.isEmpty()) {
                batch.add(inFlight.poll());
                batch.commitIfDue();
            }
            batch.commit();
        } finally {
            pool.shutdownNow();
        }
        boolean resolved = new ResolutionStep(store, iris, listener).run();
        listener.resolved();
        Instant end = Instant.now();
        LoadReport report = new LoadReport(tally.added, tally.replaced, tally.unchanged, tally.duplicates, tally.problems,
                tally.tokens, Duration.between(start, end), resolved);
        if (report.changedStore() || vocabularyChanged) {
            new RunRecorder(store, iris).record(start, end, version, report);
            new Compaction(store).ifWorthIt();
        }
        listener.finished(report);
        return report;
    }

    private void checkBase() throws StoreException {
        var stored = store.baseIri();
        if (stored.isPresent() && !stored.get().equals(iris.base())) {
            throw new StoreException("this store was loaded with base IRI " + stored.get()
                    + "; load with --base " + stored.get() + " or use another --db");
        }
    }

    /** Finished articles waiting for one write transaction. */
    private final class Batch {
        private final Tally tally;
        private final List<Mapped> articles = new ArrayList<>();
        private Instant firstReady;

        Batch(Tally tally) {
            this.tally = tally;
        }

        /** Waits for an article's language steps and maps it to its graph; a failure is the article's alone. */
        void add(Pending p) {
            Pipeline.Result result;
            try {
                result = p.future().get();
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

        void commitIfDue() {
            if (articles.size() >= BATCH_ARTICLES
                    || !articles.isEmpty() && Duration.between(firstReady, Instant.now()).compareTo(BATCH_WAIT) >= 0) {
                commit();
            }
        }

        /** Writes the batch in one transaction, then reports each article; if the transaction fails, each of them. */
        void commit() {
            if (articles.isEmpty()) {
                return;
            }
            try {
                List<ArticleState> states = store.writeArticles(iris, articles.stream().map(Mapped::write).toList());
                for (int i = 0; i < articles.size(); i++) {
                    Mapped m = articles.get(i);
                    tally.tokens += m.tokens();
                    tally.written(m.pending().article(), states.get(i), listener);
                }
            } catch (RuntimeException e) {
                for (Mapped m : articles) {
                    tally.problem(new Problem("store", m.pending().article().sourceLabel(), message(e)), listener);
                }
            }
            articles.clear();
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

    private record Pending(Article article, Identity id, Future<Pipeline.Result> future) {}

    /** Counts of one run. */
    private static final class Tally {
        int added;
        int replaced;
        int unchanged;
        int duplicates;
        long tokens;
        final List<Problem> problems = new ArrayList<>();

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
