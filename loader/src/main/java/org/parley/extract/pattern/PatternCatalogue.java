package org.parley.extract.pattern;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.parley.annotate.Sentence;

/**
 * Every extraction pattern, read from {@code /org/parley/patterns/FAMILY.semgrex} and
 * {@code FAMILY.tokensregex} and compiled once. Build one per process and share it: matching is
 * read-only and safe from several threads.
 */
public final class PatternCatalogue {
    /** The kinds of fact patterns find, each with its pattern files. */
    public static final List<String> FAMILIES = List.of("statement", "negotiation", "delegation", "demand");
    private static final String DIR = "/org/parley/patterns/";

    private final List<CompiledPattern> compiled;

    private PatternCatalogue(List<CompiledPattern> compiled) {
        this.compiled = List.copyOf(compiled);
    }

    /**
     * Reads and compiles every pattern file.
     *
     * @param wordClasses the word list a name such as {@code event-nouns} stands for in a pattern
     * @throws PatternException naming the file, line and pattern that cannot be read or compiled
     */
    public static PatternCatalogue load(Function<String, Optional<Set<String>>> wordClasses) {
        LexiconMacros macros = new LexiconMacros(wordClasses);
        List<CompiledPattern> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String family : FAMILIES) {
            for (Engine engine : Engine.values()) {
                String file = family + "." + engine.extension();
                Optional<String> text = resource(DIR + file);
                if (text.isEmpty()) {
                    continue;
                }
                for (PatternFileParser.Entry e : PatternFileParser.parse(text.get(), file)) {
                    String origin = file + ":" + e.line();
                    ExtractionPattern p = new ExtractionPattern(e.name(), family, engine, e.source(), e.roles(),
                            e.confidence(), e.value(), e.examples(), origin);
                    if (!names.add(p.qualifiedName())) {
                        throw new PatternException(origin + ": a second pattern named " + p.qualifiedName());
                    }
                    out.add(CompiledPattern.compile(p, macros.expand(e.source(), origin)));
                }
            }
        }
        return new PatternCatalogue(out);
    }

    public List<ExtractionPattern> patterns() {
        return compiled.stream().map(c -> c.pattern).toList();
    }

    /**
     * Runs every pattern on one sentence.
     *
     * @param actorKind Parley's kind of actor at a token index (PERSON, COUNTRY, ...), if the actor finder found one
     */
    public List<PatternMatch> match(Sentence sentence, IntFunction<Optional<String>> actorKind) {
        MatchableSentence s = new MatchableSentence(sentence, actorKind);
        List<PatternMatch> out = new ArrayList<>();
        for (CompiledPattern c : compiled) {
            out.addAll(c.match(s));
        }
        return out;
    }

    /** Runs one pattern on one sentence, for tests and the pattern explainer. */
    public List<PatternMatch> match(ExtractionPattern pattern, Sentence sentence, IntFunction<Optional<String>> actorKind) {
        MatchableSentence s = new MatchableSentence(sentence, actorKind);
        for (CompiledPattern c : compiled) {
            if (c.pattern.equals(pattern)) {
                return c.match(s);
            }
        }
        throw new IllegalArgumentException("not in this catalogue: " + pattern.qualifiedName());
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = PatternCatalogue.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
