package org.parley.store;

import java.util.Locale;

/**
 * Recognises a write that failed because the disk (or the file size the operating system allows)
 * is full. TDB2 reports it in several guises: an {@code IOException} from the journal, wrapped in
 * Jena's own exceptions, or an {@code InternalError} from a memory-mapped data file.
 */
public final class StoreFull {
    private StoreFull() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("file too large") || m.contains("disk quota exceeded")
                    || (t instanceof InternalError && m.contains("unsafe memory access"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
