package org.parley.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * CoreNLP annotators that keep the current document in their fields, lent to one thread at a time.
 * One is built at once; another only when every built one is in use, so a process builds as many
 * as it ever ran at the same time, however many loads and threads come and go. (One per thread
 * rebuilt them for every load, and the quote annotator loads a parser model of its own: seconds
 * each, counted against the time limit of the article that happened to come first.)
 */
final class AnnotatorPool {
    private final Supplier<? extends Annotator> factory;
    private final ConcurrentLinkedDeque<Annotator> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger built = new AtomicInteger();

    AnnotatorPool(Supplier<? extends Annotator> factory) {
        this.factory = factory;
        idle.push(build());
    }

    /** Annotates {@code doc} with an annotator no other thread is using meanwhile. */
    void annotate(Annotation doc) {
        Annotator lent = idle.poll();
        if (lent == null) {
            lent = build();
        }
        try {
            lent.annotate(doc);
        } finally {
            idle.push(lent);
        }
    }

    /** How many annotators the pool has built so far. */
    int built() {
        return built.get();
    }

    private Annotator build() {
        built.incrementAndGet();
        return factory.get();
    }
}
