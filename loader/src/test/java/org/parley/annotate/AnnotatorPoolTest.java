package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnnotatorPoolTest {
    /** An annotator that notices when a second thread enters it while the first is still inside. */
    private static final class Exclusive implements Annotator {
        private final AtomicBoolean inside = new AtomicBoolean();
        private final AtomicInteger overlaps;
        private final CountDownLatch entered;
        private final CountDownLatch hold;

        Exclusive(AtomicInteger overlaps, CountDownLatch entered, CountDownLatch hold) {
            this.overlaps = overlaps;
            this.entered = entered;
            this.hold = hold;
        }

        @Override
        public void annotate(Annotation doc) {
            if (!inside.compareAndSet(false, true)) {
                overlaps.incrementAndGet();
            }
            entered.countDown();
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.set(false);
            }
            if (doc.toString().equals("fail")) {
                throw new IllegalStateException("cannot annotate");
            }
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return Set.of();
        }
    }

    @Test
    void oneAnnotatorServesCallsThatComeOneAfterAnotherWhateverTheirThread() throws Exception {
        AtomicInteger overlaps = new AtomicInteger();
        AnnotatorPool pool = new AnnotatorPool(() -> new Exclusive(overlaps, new CountDownLatch(0), new CountDownLatch(0)));
        for (int load = 0; load < 3; load++) {
            // each load has threads of its own, as the loader's pool does
            ExecutorService threads = Executors.newFixedThreadPool(2);
            threads.submit(() -> pool.annotate(new Annotation("a"))).get();
            threads.submit(() -> pool.annotate(new Annotation("b"))).get();
            threads.shutdown();
        }
        assertThat(pool.built()).isEqualTo(1);
    }

    @Test
    void callsAtTheSameTimeNeverShareAnAnnotator() throws Exception {
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(3);
        CountDownLatch hold = new CountDownLatch(1);
        AnnotatorPool pool = new AnnotatorPool(() -> new Exclusive(overlaps, entered, hold));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(threads.submit(() -> pool.annotate(new Annotation("x"))));
            }
            assertThat(entered.await(10, TimeUnit.SECONDS)).as("three calls inside at once").isTrue();
            hold.countDown();
            for (Future<?> c : calls) {
                c.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(overlaps).hasValue(0);
        assertThat(pool.built()).isEqualTo(3);
    }

    @Test
    void anAnnotatorThatFailedOnADocumentIsLentAgain() {
        AtomicInteger overlaps = new AtomicInteger();
        AnnotatorPool pool = new AnnotatorPool(() -> new Exclusive(overlaps, new CountDownLatch(0), new CountDownLatch(0)));
        assertThatThrownBy(() -> pool.annotate(new Annotation("fail"))).isInstanceOf(IllegalStateException.class);
        pool.annotate(new Annotation("fine"));
        assertThat(pool.built()).isEqualTo(1);
    }
}
