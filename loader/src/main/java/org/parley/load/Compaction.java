package org.parley.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parley.store.ParleyStore;

/**
 * Compacts the store after a load when it has grown by half (and by 64 MB) since it was last compacted: TDB2
 * never overwrites a block in place, so each write transaction leaves the blocks it replaced
 * behind until compaction. Growth by new data counts too, which is fine: a large load leaves a
 * lot of garbage as well. The size after the last compaction is kept in a small file beside the
 * database; losing it only makes the next load compact.
 */
public final class Compaction {
    /** Compact when the store is this many times larger than after the last compaction. */
    static final double GROWTH = 1.5;
    /** ...and by at least this many bytes: a small store is not worth the copy. */
    static final long MIN_GROWTH = 64L << 20;
    private static final String RECORD = "parley-compacted-bytes";

    private final ParleyStore store;

    public Compaction(ParleyStore store) {
        this.store = store;
    }

    /** Compacts when worth it; true when it did. */
    public boolean ifWorthIt() {
        Optional<Long> after = lastSize();
        long size = store.diskBytes();
        if (after.isPresent() && (size <= GROWTH * after.get() || size - after.get() < MIN_GROWTH)) {
            return false;
        }
        now();
        return true;
    }

    /** Compacts now, and remembers the size it left. */
    public void now() {
        store.compact();
        try {
            Files.writeString(record(), Long.toString(store.diskBytes()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // Without the record the next load compacts again: slower, never wrong.
        }
    }

    private Optional<Long> lastSize() {
        try {
            return Optional.of(Long.parseLong(Files.readString(record(), StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path record() {
        return store.directory().resolve(RECORD);
    }
}
