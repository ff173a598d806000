package org.parley.serve.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.read.Article;
import org.parley.read.Manifest;
import org.parley.read.ReadException;
import org.parley.read.ReadOutcome;

/**
 * One batch of articles sent to the server, spooled to a private folder so that the loader reads
 * them as it reads any file. Each file keeps the name and the source its sender gave: the label the
 * sender knows it by, and a source key (the sender's own file URI, or {@code upload:NAME}) under
 * which a later version replaces it. Manifest fields given with the batch apply to its files.
 */
public final class Upload implements AutoCloseable {
    /** The manifest columns that may be given as form fields. */
    public static final List<String> FIELDS = List.of("url", "title", "outlet", "published", "language");

    private final Path folder;
    private final Map<String, Sent> byFileKey = new LinkedHashMap<>();
    private final List<String> paths = new ArrayList<>();
    private Path manifestFile;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private Manifest manifest = Manifest.empty();

    private record Sent(String label, String source) {}

    private Upload(Path folder) {
        this.folder = folder;
    }

    /** A new, empty batch in a private folder under {@code spool}. */
    public static Upload in(Path spool) throws IOException {
        Files.createDirectories(spool);
        return new Upload(Files.createTempDirectory(spool.toAbsolutePath(), "upload-"));
    }

    /**
     * Adds one file. {@code name} is what the sender calls it (a file name or path; only its last
     * part names the spooled copy), {@code source} the identity it gave, if any.
     */
    public void add(String name, Optional<String> source, InputStream content) throws IOException {
        String label = name == null || name.isBlank() ? "upload-" + (paths.size() + 1) + ".txt" : name.strip();
        String base = safeName(label);
        Path dir = Files.createDirectory(folder.resolve(String.format("%05d", paths.size() + 1)));
        Path file = dir.resolve(base);
        Files.copy(content, file);
        paths.add(file.toString());
        byFileKey.put(fileKey(file), new Sent(label, source.filter(s -> !s.isBlank()).orElse("upload:" + label)));
    }

    /** A manifest sent with the batch, naming the files as their senders named them. */
    public void manifest(InputStream csv) throws IOException {
        manifestFile = folder.resolve("manifest.csv");
        Files.copy(csv, manifestFile);
    }

    /** A manifest field given for every file of the batch. */
    public void field(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(key)) {
            throw new IllegalArgumentException("unknown field '" + name + "' (known: " + String.join(", ", FIELDS) + ")");
        }
        fields.put(key, value);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    public int size() {
        return paths.size();
    }

    /**
     * Reads the manifest sent with the batch, or makes one of the fields given for all its files; a
     * manifest names files as their senders did, so their spooled copies are found by file name.
     */
    public void prepare() throws IOException, ReadException {
        if (manifestFile == null && !fields.isEmpty()) {
            manifestFile = folder.resolve("manifest.csv");
            try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(manifestFile, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                List<Object> header = new ArrayList<>(List.of("file"));
                header.addAll(fields.keySet());
                out.printRecord(header);
                for (String p : paths) {
                    List<Object> row = new ArrayList<>(List.of(Path.of(p).getFileName().toString()));
                    row.addAll(fields.values());
                    out.printRecord(row);
                }
            }
        }
        if (manifestFile != null) {
            manifest = Manifest.read(manifestFile);
        }
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    Manifest manifest() {
        return manifest;
    }

    /** An outcome read from a spooled copy, named as its sender named the file. */
    ReadOutcome named(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Failure f) {
            return new ReadOutcome.Failure(label(f.source()), f.reason());
        }
        Article a = ((ReadOutcome.Success) outcome).article();
        String key = a.sourceKey();
        for (Map.Entry<String, Sent> e : byFileKey.entrySet()) {
            if (key.equals(e.getKey()) || key.startsWith(e.getKey() + "#")) {
                key = e.getValue().source() + key.substring(e.getKey().length());
                break;
            }
        }
        return new ReadOutcome.Success(new Article(key, label(a.sourceLabel()), a.text(), a.metadata(), a.format(), a.notes()));
    }

    private String label(String spooled) {
        for (Map.Entry<String, Sent> e : byFileKey.entrySet()) {
            String path = Path.of(java.net.URI.create(e.getKey())).toString();
            if (spooled.equals(path) || spooled.startsWith(path + "#")) {
                return e.getValue().label() + spooled.substring(path.length());
            }
        }
        return spooled.startsWith(folder.toString()) ? spooled.substring(folder.toString().length() + 1) : spooled;
    }

    /** A name for the spooled copy: the last part of the sender's name, kept to safe characters. */
    public static String safeName(String label) {
        String last = label.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        if (safe.isEmpty()) {
            safe = "upload";
        }
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return safe;
    }

    private static String fileKey(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a spool folder left behind is cleaned with the next server start's temporary files
        }
    }
}
