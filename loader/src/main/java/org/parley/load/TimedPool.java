package org.parley.load;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads that run the language steps, each article under a time limit counted from when its
 * steps start. An article over the limit is cancelled (its thread interrupted) and given up; should
 * its thread not stop, the pool grows by one so that the rest of the batch keeps its threads.
 */
final class TimedPool implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final long limitNanos;

    TimedPool(int threads, Duration limit) {
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "parley-annotate");
            t.setDaemon(true);
            return t;
        });
        this.limitNanos = limit.toNanos();
    }

    /** A task submitted to the pool, and when it started (0 until it has). */
    record Task<T>(Future<T> future, AtomicLong startedAt) {}

    <T> Task<T> submit(Callable<T> work) {
        AtomicLong startedAt = new AtomicLong();
        Future<T> future = pool.submit(() -> {
            startedAt.set(System.nanoTime());
            return work.call();
        });
        return new Task<>(future, startedAt);
    }

    /** The task's result; a {@link TimeoutException} when it ran past the limit and was given up. */
    <T> T await(Task<T> task) throws ExecutionException, InterruptedException, TimeoutException {
        while (true) {
            long started = task.startedAt().get();
            long wait = started == 0 ? limitNanos : started + limitNanos - System.nanoTime();
            if (started != 0 && wait <= 0) {
                giveUp(task);
            }
            try {
                return task.future().get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (task.startedAt().get() != 0 && task.startedAt().get() + limitNanos <= System.nanoTime()) {
                    giveUp(task);
                }
                // not started yet when the wait began: wait again, now from its start
            }
        }
    }

    private void giveUp(Task<?> task) throws TimeoutException {
        task.future().cancel(true);
        synchronized (pool) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        throw new TimeoutException();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
