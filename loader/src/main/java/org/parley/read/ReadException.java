package org.parley.read;

/** An input that cannot be read as an article; the message says why, in one line. */
public class ReadException extends Exception {
    public ReadException(String message) {
        super(message);
    }
}
