package org.parley.serve;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the store's version and, when a writer (the loader in this process, a SPARQL Update or
 * Graph Store Protocol write, or any load before the server started) changed it, brings what the server derives from the store up to date at
 * once, in the background: the search index and the browse pages' rows. Requests never wait for
 * a stale index to be noticed; they see the previous state until the new one is ready.
 */
final class StoreFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFollower.class);

    private final StoreView view;
    private final List<Runnable> onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-store-follower");
        t.setDaemon(true);
        return t;
    });
    private String seen;

    StoreFollower(StoreView view, List<Runnable> onChange) {
        this.view = view;
        this.onChange = List.copyOf(onChange);
    }

    /** Catches up now, then checks every {@code seconds}. */
    StoreFollower start(long seconds) {
        timer.scheduleWithFixedDelay(this::check, 0, seconds, TimeUnit.SECONDS);
        return this;
    }

    /** Runs each follower once per store version: one that fails is not retried until the store changes again. */
    private void check() {
        String now;
        try {
            now = view.version();
        } catch (RuntimeException e) {
            LOG.warn("cannot read the store's version: {}", describe(e));
            return;
        }
        if (now.equals(seen)) {
            return;
        }
        seen = now;
        for (Runnable r : onChange) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("keeping up with the store: {}", describe(e));
            }
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Stops following and waits (a bounded time) for a catch-up under way to finish: the store may be
     * closed right after, and TDB2 refuses to release a database with a transaction still open. The
     * catch-up is not interrupted: an interrupt closes the file channel an I/O call is using (the
     * search index's lock among them), which would leave the index unable to close.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a catch-up with the store is still running after 30 s; interrupting it");
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
