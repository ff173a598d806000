package org.parley.load;

/**
 * One input the loader could not take, and why; the rest of the batch went on.
 *
 * @param step   the pipeline step that failed: read, clean, annotate, extract, map or store
 * @param source the input as the user named it
 */
public record Problem(String step, String source, String message) {
    @Override
    public String toString() {
        return source + ": " + step + ": " + message;
    }
}
