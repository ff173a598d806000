package org.parley.extract.pattern;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One construction: its name, the family of facts it finds ({@code negotiation}, {@code demand},
 * ...; the file it lives in), its engine and source as written, the roles it binds, how much a
 * match is trusted, a value it gives what it finds (for the rules that read it, as a TokensRegex rule's
 * action would), and the examples it is tested on.
 *
 * @param origin the file and line it was read from, for messages
 */
public record ExtractionPattern(String name, String family, Engine engine, String source, Set<Role> roles,
                                double confidence, Optional<String> value, List<PatternExample> examples,
                                String origin) {

    public ExtractionPattern {
        requireNonNull(name, "name");
        requireNonNull(family, "family");
        requireNonNull(engine, "engine");
        requireNonNull(source, "source");
        roles = Set.copyOf(roles);
        requireNonNull(value, "value");
        examples = List.copyOf(examples);
        requireNonNull(origin, "origin");
    }

    /** The name that goes into provenance: {@code negotiation/talks-between}. */
    public String qualifiedName() {
        return family + "/" + name;
    }
}
