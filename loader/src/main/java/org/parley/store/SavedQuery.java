package org.parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved query file ({@code queries/NAME.rq}) with its grlc-style header: {@code #+ summary:},
 * {@code #+ description:} and parameters named by the grlc / BASIL convention ({@code ?_name}
 * required, {@code ?__name} optional, with a type suffix such as {@code _iri} or {@code _date}).
 */
public record SavedQuery(String name, String summary, String description, List<Parameter> parameters, String text) {
    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*(\\w+)\\s*:\\s*(.*)$");
    private static final Pattern VARIABLE = Pattern.compile("[?$](__?)([A-Za-z][A-Za-z0-9]*)(?:_(iri|integer|decimal|date|datetime|lang|literal|string|boolean))?\\b");

    public SavedQuery {
        parameters = List.copyOf(parameters);
    }

    /** A parameter: its name, whether it must be given, and its type. */
    public record Parameter(String name, String variable, boolean required, String type) {}

    /** Reads {@code NAME.rq} from {@code directory}, or a query file given by path. */
    public static SavedQuery read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return parse(name, text);
    }

    public static SavedQuery parse(String name, String text) {
        Map<String, StringBuilder> header = new LinkedHashMap<>();
        String current = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#+")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    break;
                }
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                String value = m.group(2).strip();
                header.put(current, new StringBuilder(value.equals(">") || value.equals("|") ? "" : value));
            } else if (current != null) {
                String more = line.substring(2).strip();
                StringBuilder b = header.get(current);
                if (!more.startsWith("-")) {
                    b.append(b.isEmpty() ? "" : " ").append(more);
                }
            }
        }
        Map<String, Parameter> params = new LinkedHashMap<>();
        String body = stripComments(text);
        Matcher v = VARIABLE.matcher(body);
        while (v.find()) {
            String variable = v.group().substring(1);
            params.putIfAbsent(variable, new Parameter(v.group(2), variable, v.group(1).length() == 1,
                    v.group(3) == null ? "literal" : v.group(3)));
        }
        return new SavedQuery(name, value(header, "summary"), value(header, "description"), new ArrayList<>(params.values()), text);
    }

    /** Finds {@code NAME.rq} in {@code directory}; a name may not climb out of it. */
    public static Optional<Path> locate(Path directory, String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            return Optional.empty();
        }
        Path file = directory.resolve(name + ".rq");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Every saved query in {@code directory}, by name. */
    public static List<SavedQuery> all(Path directory) throws IOException {
        List<SavedQuery> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (var files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(f));
            }
        }
        return out;
    }

    private static String value(Map<String, StringBuilder> header, String key) {
        StringBuilder b = header.get(key);
        return b == null ? "" : b.toString().strip();
    }

    private static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.stripLeading().startsWith("#")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
