package org.parley.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Parley's word lists from the classpath: tab-separated, "#" comments, optional header row. */
final class Resources {
    private static final String DIR = "/org/parley/lexicon/";

    private Resources() {}

    /** The rows of {@code file}, each split on tabs, comments and blank lines skipped. */
    static List<String[]> rows(String file, boolean hasHeader) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = hasHeader;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> lines(String file) {
        return rows(file, false).stream().map(r -> r[0].strip()).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return out;
        }
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** True for acronyms and other all-capital short forms that must match case-sensitively. */
    static boolean isAcronym(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) && letters.length() <= 6;
    }
}
