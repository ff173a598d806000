package org.parley.cli;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.read.ArticleFormat;

/**
 * How many articles a load will read, counted before it starts so that progress is in articles,
 * not files: a JSON Lines file holds one per non-blank line, a JSON file one per element of its
 * array (counted by streaming, without building the records), any other file one. An unreadable
 * file counts as one: the loader will report it.
 */
final class ArticleCount {
    private static final Set<String> CONTAINERS = Set.of("articles", "items", "data", "results", "records");

    private ArticleCount() {}

    static int of(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            total += of(f);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    static long of(Path file) {
        if (!Files.isRegularFile(file)) {
            return 1; // a FIFO or device would block the read; the loader reports it without opening it
        }
        Optional<ArticleFormat> format = ArticleFormat.forFile(file);
        try {
            if (format.isPresent() && format.get() == ArticleFormat.JSONL) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Math.max(1, in.lines().filter(l -> !l.isBlank()).count());
                }
            }
            if (format.isPresent() && format.get() == ArticleFormat.JSON) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Math.max(1, jsonRecords(new JsonReader(in)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return 1;
    }

    /** Elements of a top-level array, or of the array under a container key of a top-level object; else one. */
    private static long jsonRecords(JsonReader json) throws IOException {
        JsonToken first = json.peek();
        if (first == JsonToken.BEGIN_ARRAY) {
            return countArray(json);
        }
        if (first == JsonToken.BEGIN_OBJECT) {
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                if (CONTAINERS.contains(name) && json.peek() == JsonToken.BEGIN_ARRAY) {
                    return countArray(json);
                }
                json.skipValue();
            }
        }
        return 1;
    }

    private static long countArray(JsonReader json) throws IOException {
        long n = 0;
        json.beginArray();
        while (json.hasNext()) {
            json.skipValue();
            n++;
        }
        return n;
    }
}
