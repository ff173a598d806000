package org.parley.load;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How finished articles are grouped into write transactions: at most {@code maxArticles} per
 * transaction, and a finished article waits at most {@code maxWait} for its batch to commit. Larger
 * batches leave less of TDB2's copy-on-write garbage behind and commit less often; smaller ones
 * report articles sooner and lose less to a kill.
 */
public record Batching(int maxArticles, Duration maxWait) {
    public static final Batching DEFAULTS = new Batching(64, Duration.ofSeconds(2));

    public Batching {
        requireNonNull(maxWait, "maxWait");
        if (maxArticles < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("a batch holds at least one article and waits no negative time: "
                    + maxArticles + ", " + maxWait);
        }
    }
}
