package org.parley.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Article metadata from a CSV file with a header row: {@code file} (a path relative to the manifest,
 * or a bare file name) and any of {@code url, title, outlet, published, language}. Unknown columns
 * are ignored; a row whose file is named twice keeps the first.
 */
public final class Manifest {
    private static final Set<String> KNOWN = Set.of("file", "url", "title", "outlet", "published", "language");

    private final Map<Path, Metadata> byPath = new HashMap<>();
    private final Map<String, Metadata> byName = new HashMap<>();
    private final Set<String> ambiguousNames = new HashSet<>();

    private Manifest() {}

    public static Manifest empty() {
        return new Manifest();
    }

    /** Reads a manifest; fails with a one-line reason when it is missing or has no {@code file} column. */
    public static Manifest read(Path csv) throws ReadException {
        Manifest manifest = new Manifest();
        Path base = csv.toAbsolutePath().normalize().getParent();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String name = header.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
                if (KNOWN.contains(name)) {
                    columns.put(name, header);
                }
            }
            if (!columns.containsKey("file")) {
                throw new ReadException("manifest " + csv + " has no 'file' column (header: "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            for (CSVRecord row : parser) {
                String file = value(row, columns, "file");
                if (file.isEmpty()) {
                    continue;
                }
                Metadata metadata = new Metadata(
                        optional(row, columns, "title"),
                        optional(row, columns, "outlet"),
                        optional(row, columns, "url"),
                        optional(row, columns, "published").flatMap(DateParser::parseField),
                        optional(row, columns, "language"));
                manifest.byPath.putIfAbsent(base.resolve(file).normalize(), metadata);
                String name = Path.of(file).getFileName().toString();
                if (manifest.byName.putIfAbsent(name, metadata) != null) {
                    manifest.ambiguousNames.add(name);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ReadException("manifest not found: " + csv);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ReadException("cannot read manifest " + csv + ": " + e.getMessage());
        }
        return manifest;
    }

    /** The manifest's metadata for {@code file}: by its path, else by its bare name if that is unambiguous. */
    public Optional<Metadata> lookup(Path file) {
        Metadata exact = byPath.get(file.toAbsolutePath().normalize());
        if (exact != null) {
            return Optional.of(exact);
        }
        String name = file.getFileName().toString();
        if (ambiguousNames.contains(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(name));
    }

    public int size() {
        return byPath.size();
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
}
