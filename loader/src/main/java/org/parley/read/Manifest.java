package org.parley.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Article metadata from a CSV file with a header row: {@code file} (a path relative to the manifest,
 * or a bare file name) and any of {@code url, title, outlet, published, language}. A manifest that
 * cannot be read at all (missing, not text, no {@code file} column) is refused; problems in single
 * rows (a bad date, a URL that is not a web link, an unknown column, broken CSV, a file that exists
 * nowhere) are kept as {@link RowProblem}s naming the manifest and line, and the rest is used. A row
 * whose file is named twice keeps the first.
 */
public final class Manifest {
    private static final List<String> KNOWN = List.of("file", "url", "title", "outlet", "published", "language");

    private final String name;
    private final Map<Path, Row> byPath = new HashMap<>();
    private final Map<String, Row> byName = new HashMap<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<Row> matched = new HashSet<>();

    /** A problem with one line of a manifest; {@code source} is {@code manifest.csv:LINE}. */
    public record RowProblem(String source, String message) {}

    private record Row(int line, Path path, Metadata metadata) {}

    private Manifest(String name) {
        this.name = name;
    }

    public static Manifest empty() {
        return new Manifest("");
    }

    /** Reads a manifest; fails with a one-line reason when it cannot be read or has no {@code file} column. */
    public static Manifest read(Path csv) throws ReadException {
        Manifest manifest = new Manifest(csv.toString());
        Path base = csv.toAbsolutePath().normalize().getParent();
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(csv));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ReadException("manifest not found: " + csv);
        } catch (IOException e) {
            throw new ReadException("cannot read manifest " + csv + ": " + Sources.cannotRead(e));
        } catch (ReadException e) {
            throw new ReadException("cannot read manifest " + csv + ": " + e.getMessage());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = manifest.columns(parser.getHeaderNames());
            if (!columns.containsKey("file")) {
                throw new ReadException("manifest " + csv + " has no 'file' column (header: "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            manifest.readRows(parser, columns, base);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ReadException("cannot read manifest " + csv + ": " + firstLine(e));
        }
        return manifest;
    }

    private Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        for (String header : headers) {
            String column = header.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
            if (KNOWN.contains(column)) {
                columns.put(column, header);
            } else if (!column.isEmpty()) {
                problem(1, "unknown column '" + header.strip() + "' is ignored (known: " + String.join(", ", KNOWN) + ")");
            }
        }
        return columns;
    }

    private void readRows(CSVParser parser, Map<String, String> columns, Path base) {
        Iterator<CSVRecord> rows = parser.iterator();
        while (true) {
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    return;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                problem(parser.getCurrentLineNumber(), "broken CSV (" + firstLine(e)
                        + "); this row and the ones after it are ignored");
                return;
            }
            // The line the record ended on: a record is one line unless a quoted field spans several.
            readRow(row, (int) parser.getCurrentLineNumber(), columns, base);
        }
    }

    private void readRow(CSVRecord row, int line, Map<String, String> columns, Path base) {
        String file = value(row, columns, "file");
        if (file.isEmpty()) {
            problem(line, "no file named; the row is ignored");
            return;
        }
        Optional<String> url = optional(row, columns, "url");
        if (url.isPresent() && !WebUrl.isWeb(url.get())) {
            problem(line, "url '" + url.get() + "' is not an http(s) link; it is not stored");
        }
        Optional<String> published = optional(row, columns, "published");
        Optional<java.time.LocalDate> date = published.flatMap(DateParser::parseField);
        if (published.isPresent() && date.isEmpty()) {
            problem(line, "published '" + published.get() + "' is not a date; the article keeps the date its page gives");
        }
        Metadata metadata = new Metadata(optional(row, columns, "title"), optional(row, columns, "outlet"), url, date,
                optional(row, columns, "language"));
        Path path;
        try {
            path = base.resolve(file).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problem(line, "file '" + file + "' is not a valid path; the row is ignored");
            return;
        }
        Row r = new Row(line, path, metadata);
        byPath.putIfAbsent(path, r);
        String fileName = path.getFileName() == null ? file : path.getFileName().toString();
        if (byName.putIfAbsent(fileName, r) != null) {
            ambiguousNames.add(fileName);
        }
    }

    /** The metadata for {@code file}: by its path, else by its bare name if that is unambiguous. */
    public Optional<Metadata> lookup(Path file) {
        Row exact = byPath.get(file.toAbsolutePath().normalize());
        String fileName = file.getFileName().toString();
        Row row = exact != null ? exact : ambiguousNames.contains(fileName) ? null : byName.get(fileName);
        if (row == null) {
            return Optional.empty();
        }
        matched.add(row);
        return Optional.of(row.metadata());
    }

    /** Problems found while reading the manifest. */
    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Rows naming a file that exists nowhere: not beside the manifest, and not matched by name by any
     * file looked up so far. Asked for after a load has read its files.
     */
    public List<RowProblem> missingFiles() {
        List<RowProblem> out = new ArrayList<>();
        for (Row row : byPath.values()) {
            if (!matched.contains(row) && !Files.exists(row.path())) {
                out.add(new RowProblem(name + ":" + row.line(), "file '" + row.path().getFileName()
                        + "' is not beside the manifest and no file of that name was loaded"));
            }
        }
        out.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.source().substring(p.source().lastIndexOf(':') + 1))));
        return out;
    }

    public int size() {
        return byPath.size();
    }

    private void problem(long line, String message) {
        problems.add(new RowProblem(name + ":" + line, message));
    }

    private static String value(CSVRecord row, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !row.isSet(header)) {
            return "";
        }
        return row.get(header).strip();
    }

    private static Optional<String> optional(CSVRecord row, Map<String, String> columns, String column) {
        String v = value(row, columns, column);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static String firstLine(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
