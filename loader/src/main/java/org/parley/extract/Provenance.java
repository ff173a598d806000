package org.parley.extract;

/**
 * Where in the article a candidate was found, how sure the rule was, and which rule it was.
 *
 * @param begin      offset of the first character in the article text
 * @param end        offset after the last character
 * @param confidence from 0 to 1
 * @param rule       the rule's name, so that a wrong fact can be traced to what produced it
 */
public record Provenance(int begin, int end, double confidence, String rule) {
    public Provenance {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        confidence = Math.round(confidence * 100) / 100.0;
    }
}
