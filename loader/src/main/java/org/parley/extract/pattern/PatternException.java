package org.parley.extract.pattern;

/** A pattern file that cannot be read or compiled; the message names the file, line and pattern. */
public final class PatternException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PatternException(String message) {
        super(message);
    }

    public PatternException(String message, Throwable cause) {
        super(message, cause);
    }
}
