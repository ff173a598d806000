package org.parley.serve;

/** The server cannot start as configured; the message says why in one line. */
public class ServeException extends Exception {
    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
