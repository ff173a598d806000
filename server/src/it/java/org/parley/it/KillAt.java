package org.parley.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parley.cli.Services;
import org.parley.load.Batching;
import org.parley.load.LoadListener;
import org.parley.load.Loader;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.read.Manifest;
import org.parley.store.ParleyStore;

/**
 * A load that dies at a chosen phase, as {@code kill -9} would kill it there: {@link Runtime#halt}
 * stops the JVM at once, without shutdown hooks, finally blocks or closing the store. Run as its own
 * process by {@link KillAtEveryPhaseIT}: {@code KillAt PHASE DB CORPUS BASE}.
 */
public final class KillAt {
    /** Where the load dies. */
    enum Phase {
        /** while the language models load, before any article is written */
        MODELS,
        /** after its third article is written */
        ARTICLES,
        /** as cross-article resolution begins, in the transaction that writes the last batch (the fifth article) */
        RESOLUTION,
        /** as the run record is about to be completed, in that transaction too */
        RECORD
    }

    static final int KILLED = 137;

    private KillAt() {}

    public static void main(String[] args) throws Exception {
        Phase phase = Phase.valueOf(args[0]);
        Path db = Path.of(args[1]);
        String corpus = args[2];
        Iris iris = new Iris(args[3]);
        LoadListener dying = new LoadListener() {
            private int added;

            @Override
            public void article(String source, String outcome) {
                if (outcome.startsWith("added") && ++added == 3 && phase == Phase.ARTICLES) {
                    die();
                }
            }

            @Override
            public void resolving(int articles) {
                if (phase == Phase.RESOLUTION) {
                    die();
                }
            }

            @Override
            public void recording() {
                if (phase == Phase.RECORD) {
                    die();
                }
            }
        };
        java.util.function.Supplier<Pipeline> pipeline = () -> {
            if (phase == Phase.MODELS) {
                die();
            }
            return Services.standardPipeline();
        };
        try (ParleyStore store = ParleyStore.open(db)) {
            // Two articles per transaction, whatever the time: the first four are committed in two batches, the
            // fifth waits for the transaction of the resolution.
            new Loader(store, iris, pipeline, 1, dying, "test").withBatching(new Batching(2, Duration.ofHours(1)))
                    .load(List.of(corpus), Manifest.empty());
        }
        System.exit(0);
    }

    private static void die() {
        Runtime.getRuntime().halt(KILLED);
    }
}
