package org.parley.load;

import java.util.function.Supplier;
import org.parley.store.StoreException;
import org.parley.store.StoreFull;

/**
 * Turns a store write that failed for want of disk space into one clear {@link StoreException} that
 * ends the run: the transaction that failed was not committed, everything committed before it is
 * whole, and nothing later can be written either.
 */
final class StoreWrites {
    private StoreWrites() {}

    static <T> T call(String writing, int storedThisRun, Supplier<T> write) throws StoreException {
        try {
            return write.get();
        } catch (RuntimeException | InternalError e) {
            if (StoreFull.isCause(e)) {
                throw new StoreException("disk full while writing " + writing + "; " + storedThisRun
                        + " article(s) of this run stored, the store is consistent (free some space and load again)", e);
            }
            throw e;
        }
    }

    /** {@link org.parley.store.ParleyStore#claimBase}, before anything else a run writes. */
    static void claimBase(org.parley.store.ParleyStore store, String base) throws StoreException {
        try {
            store.claimBase(base);
        } catch (RuntimeException | InternalError e) {
            if (StoreFull.isCause(e)) {
                throw new StoreException("disk full while writing the store's identity; nothing of this run was stored, "
                        + "the store is consistent (free some space and load again)", e);
            }
            throw e;
        }
    }

    static void run(String writing, int storedThisRun, Runnable write) throws StoreException {
        call(writing, storedThisRun, () -> {
            write.run();
            return null;
        });
    }
}
