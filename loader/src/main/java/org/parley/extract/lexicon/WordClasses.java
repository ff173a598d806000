package org.parley.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named classes of trigger words, one file each under {@code /org/parley/lexicon/words/NAME.txt}:
 * a word or phrase per line, optionally followed by a tab and a value (the format a negotiation
 * word implies, the confidence of a demand verb). Patterns refer to a class as {@code @NAME}; rules
 * ask {@link #contains} and {@link #value}. These files are the one place trigger words are written.
 */
public final class WordClasses {
    private static final String DIR = "/org/parley/lexicon/words/";

    private final Map<String, Optional<Map<String, String>>> loaded = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> derived = new ConcurrentHashMap<>();

    WordClasses() {}

    /** Registers a class built from another lexicon (speech verbs by use, title head words). */
    void derive(String name, Set<String> words) {
        Map<String, String> entries = new LinkedHashMap<>();
        words.forEach(w -> entries.put(w.toLowerCase(Locale.ROOT), ""));
        derived.put(name, Collections.unmodifiableMap(entries));
    }

    /** The words of class {@code name}, lower-case, if there is such a class. */
    public Optional<Set<String>> words(String name) {
        return entries(name).map(Map::keySet);
    }

    /** True when {@code lemma} (any case) is in class {@code name}. */
    public boolean contains(String name, String lemma) {
        return entries(name).orElseThrow(() -> unknown(name)).containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** The value the class gives {@code lemma}, if it holds it with one. */
    public Optional<String> value(String name, String lemma) {
        String v = entries(name).orElseThrow(() -> unknown(name)).get(lemma.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private Optional<Map<String, String>> entries(String name) {
        Map<String, String> d = derived.get(name);
        if (d != null) {
            return Optional.of(d);
        }
        return loaded.computeIfAbsent(name, WordClasses::read);
    }

    private static Optional<Map<String, String>> read(String name) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            return Optional.empty();
        }
        try (InputStream in = WordClasses.class.getResourceAsStream(DIR + name + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            Map<String, String> entries = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                entries.put(cols[0].strip().toLowerCase(Locale.ROOT), cols.length > 1 ? cols[1].strip() : "");
            }
            return Optional.of(Collections.unmodifiableMap(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no word class named " + name + " (" + DIR + name + ".txt)");
    }
}
