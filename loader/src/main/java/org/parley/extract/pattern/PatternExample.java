package org.parley.extract.pattern;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A sentence a pattern must match, and the words each role must bind there: for a Semgrex pattern
 * the head word of the role's phrase, for a TokensRegex pattern the words of the bound span.
 */
public record PatternExample(String sentence, Map<Role, List<String>> expected) {

    public PatternExample {
        requireNonNull(sentence, "sentence");
        expected = Map.copyOf(expected);
    }
}
