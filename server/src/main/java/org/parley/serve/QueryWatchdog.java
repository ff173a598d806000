package org.parley.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.query.QueryExecution;

/**
 * Enforces a query's time limit from outside the query engine. Jena's own timeout is checked only
 * between results; an operator that computes for long before yielding one (a sort, a path) would
 * run on. At the deadline the watchdog aborts the execution, and if the thread is still busy a
 * moment later, interrupts it.
 */
public final class QueryWatchdog implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-query-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Duration limit;

    public QueryWatchdog(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Runs {@code work} on {@code execution} under the watchdog. */
    public <T> T watch(QueryExecution execution, Supplier<T> work) {
        try (Armed armed = arm(execution::abort)) {
            return work.get();
        }
    }

    /**
     * Arms the watchdog for the calling thread: at the limit {@code abort} runs, and if the thread
     * is still busy a moment later it is interrupted. Closing the result disarms it.
     */
    public Armed arm(Runnable abort) {
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> aborting = clock.schedule(abort, limit.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> interrupting = clock.schedule(worker::interrupt, limit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        return new Armed(aborting, interrupting);
    }

    /** A watch in progress; {@link #close()} ends it and clears an interrupt it may have caused. */
    public static final class Armed implements AutoCloseable {
        private final ScheduledFuture<?> aborting;
        private final ScheduledFuture<?> interrupting;

        private Armed(ScheduledFuture<?> aborting, ScheduledFuture<?> interrupting) {
            this.aborting = aborting;
            this.interrupting = interrupting;
        }

        /** Whether the time limit has passed. */
        public boolean expired() {
            return aborting.isDone();
        }

        @Override
        public void close() {
            aborting.cancel(false);
            interrupting.cancel(false);
            Thread.interrupted();
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
