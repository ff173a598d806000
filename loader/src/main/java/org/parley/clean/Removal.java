package org.parley.clean;

/** A span of the article text that language processing should not see, and why. */
public record Removal(int begin, int end, String reason) {
    public Removal {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }
}
