package org.parley.store;

/** The store cannot be opened, read or written; the message says why in one line. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
