package org.parley.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How query results are written. */
public enum ResultFormat {
    /** W3C SPARQL 1.1 Query Results JSON. */
    JSON("application/sparql-results+json"),
    CSV("text/csv"),
    TSV("text/tab-separated-values"),
    /** A text table for people. */
    TABLE("text/plain"),
    XML("application/sparql-results+xml");

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ResultFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public static Optional<ResultFormat> forMediaType(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(m)).findFirst();
    }
}
