package org.parley.read;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;

/**
 * Reads news-crawler records: a JSON object, a JSON array of objects (or an object holding one
 * under "articles", "items", "data" or "results"), or JSON Lines with one object per line. Field
 * names are those crawlers commonly write (news-please, newspaper3k, GDELT, NewsAPI, RSS exports).
 * A malformed line or a record without text is reported and the rest of the file is still read.
 */
public final class JsonArticleReader implements ArticleReader {
    static final List<String> TITLE_FIELDS = List.of("title", "headline", "heading", "title_page", "title_rss");
    static final List<String> TEXT_FIELDS = List.of("text", "body", "maintext", "content", "articleBody", "article_body",
            "full_text", "fulltext", "article", "story", "body_text", "bodyText");
    static final List<String> URL_FIELDS = List.of("url", "link", "source_url", "canonical_url", "article_url", "uri", "permalink");
    static final List<String> DATE_FIELDS = List.of("date_publish", "published", "publishedAt", "published_at", "pubDate",
            "pub_date", "datePublished", "publish_date", "publication_date", "date", "seendate", "created_at", "timestamp");
    static final List<String> OUTLET_FIELDS = List.of("outlet", "source_domain", "site_name", "siteName", "publisher",
            "source", "source_name", "sourceName", "domain", "feed", "media", "newspaper");
    static final List<String> LANGUAGE_FIELDS = List.of("language", "lang", "locale");
    private static final List<String> CONTAINERS = List.of("articles", "items", "data", "results", "records");
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*(p|br|div|span|a|em|strong|b|i)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final ArticleFormat format;
    private final long maxLineChars;

    /** @param format {@link ArticleFormat#JSON} for a whole-file document, {@link ArticleFormat#JSONL} for one record per line */
    public JsonArticleReader(ArticleFormat format) {
        this(format, ArticleSources.DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxLineChars a longer line of JSON Lines is skipped and reported, never held whole in memory */
    public JsonArticleReader(ArticleFormat format, long maxLineChars) {
        if (format != ArticleFormat.JSON && format != ArticleFormat.JSONL) {
            throw new IllegalArgumentException("not a JSON format: " + format);
        }
        this.format = format;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public Stream<ReadOutcome> read(Path file, String givenPath) {
        return format == ArticleFormat.JSONL ? readLines(file, givenPath) : readDocument(file, givenPath);
    }

    private Stream<ReadOutcome> readDocument(Path file, String givenPath) {
        JsonElement root;
        try {
            root = JsonParser.parseString(TextDecoder.decode(Files.readAllBytes(file)));
        } catch (ReadException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, e.getMessage()));
        } catch (IOException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, Sources.cannotRead(e)));
        } catch (JsonParseException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, "malformed JSON: " + firstLine(e)));
        }
        List<JsonElement> records = records(root);
        if (records.isEmpty()) {
            return Stream.of(new ReadOutcome.Failure(givenPath, "JSON holds no article objects"));
        }
        List<ReadOutcome> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            int n = i + 1;
            String key = records.size() == 1 ? Sources.fileKey(file) : Sources.recordKey(file, n);
            String label = records.size() == 1 ? givenPath : Sources.recordLabel(givenPath, n);
            out.add(outcome(records.get(i), key, label));
        }
        return out.stream();
    }

    private Stream<ReadOutcome> readLines(Path file, String givenPath) {
        BufferedReader reader;
        try {
            if (Files.size(file) == 0) {
                return Stream.of(new ReadOutcome.Failure(givenPath, "empty file"));
            }
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file));
            in.mark(4);
            ByteOrderMark bom = ByteOrderMark.of(in.readNBytes(4)).orElse(ByteOrderMark.NONE);
            in.reset();
            in.skipNBytes(bom.length());
            var decoder = bom.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            reader = new BufferedReader(new InputStreamReader(in, decoder));
        } catch (IOException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, Sources.cannotRead(e)));
        }
        Iterator<ReadOutcome> outcomes = new JsonLines(reader, file, givenPath);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(outcomes, Spliterator.ORDERED), false)
                .onClose(() -> closeQuietly(reader));
    }

    private record Line(String text, boolean tooLong) {}

    /** One outcome per non-blank line; bytes that are not UTF-8 end the file with one failure. */
    private final class JsonLines implements Iterator<ReadOutcome> {
        private final BufferedReader reader;
        private final Path file;
        private final String givenPath;
        private int lineNumber;
        private boolean finished;
        private ReadOutcome next;

        JsonLines(BufferedReader reader, Path file, String givenPath) {
            this.reader = reader;
            this.file = file;
            this.givenPath = givenPath;
            this.next = advance();
        }

        private ReadOutcome advance() {
            if (finished) {
                return null;
            }
            try {
                Line line;
                while ((line = boundedLine()) != null) {
                    lineNumber++;
                    if (line.tooLong()) {
                        return new ReadOutcome.Failure(Sources.recordLabel(givenPath, lineNumber),
                                "line longer than " + maxLineChars + " characters; skipped (--max-file-size)");
                    }
                    if (!line.text().isBlank()) {
                        return lineOutcome(line.text(), file, givenPath, lineNumber);
                    }
                }
            } catch (CharacterCodingException e) {
                finished = true;
                closeQuietly(reader);
                return new ReadOutcome.Failure(Sources.recordLabel(givenPath, lineNumber + 1),
                        "not valid UTF-8; the rest of the file is skipped");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = true;
            closeQuietly(reader);
            return null;
        }

        /** The next line, or null at the end; a line over the limit is read past, not kept. */
        private Line boundedLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            boolean tooLong = false;
            while ((c = reader.read()) >= 0 && c != '\n') {
                if (line.length() < maxLineChars) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c < 0 && line.isEmpty() && !tooLong) {
                return null;
            }
            return new Line(tooLong ? "" : line.toString(), tooLong);
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public ReadOutcome next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            ReadOutcome current = next;
            next = advance();
            return current;
        }
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing more to read either way
        }
    }

    /**
     * One crawler record given as JSON text (a row of a Parquet file, say), under a source key and
     * label the caller chose; its URL, when it has one, becomes the source key as for any record.
     */
    public ReadOutcome record(String json, String sourceKey, String sourceLabel) {
        try {
            return outcome(JsonParser.parseString(json), sourceKey, sourceLabel);
        } catch (JsonParseException e) {
            return new ReadOutcome.Failure(sourceLabel, "malformed JSON record: " + firstLine(e));
        }
    }

    private ReadOutcome lineOutcome(String line, Path file, String givenPath, int lineNumber) {
        String label = Sources.recordLabel(givenPath, lineNumber);
        JsonElement record;
        try {
            record = JsonParser.parseString(line);
        } catch (JsonParseException e) {
            return new ReadOutcome.Failure(label, "malformed JSON line: " + firstLine(e));
        }
        return outcome(record, Sources.recordKey(file, lineNumber), label);
    }

    private ReadOutcome outcome(JsonElement record, String sourceKey, String sourceLabel) {
        if (!record.isJsonObject()) {
            return new ReadOutcome.Failure(sourceLabel, "JSON record is not an object");
        }
        JsonObject o = record.getAsJsonObject();
        Optional<String> body = field(o, TEXT_FIELDS);
        if (body.isEmpty()) {
            return new ReadOutcome.Failure(sourceLabel, "JSON record has no article text (looked for "
                    + String.join(", ", TEXT_FIELDS) + ")");
        }
        Metadata given = new Metadata(
                field(o, TITLE_FIELDS),
                field(o, OUTLET_FIELDS),
                field(o, URL_FIELDS),
                field(o, DATE_FIELDS).flatMap(DateParser::parseField),
                field(o, LANGUAGE_FIELDS).map(l -> l.split("[-_]")[0].toLowerCase(Locale.ROOT)));
        String bodyText = HTML_TAG.matcher(body.get()).find()
                ? HtmlText.of(Jsoup.parse(body.get()).body())
                : HtmlText.tidy(body.get());
        if (bodyText.isBlank()) {
            return new ReadOutcome.Failure(sourceLabel, "JSON record's article text is empty");
        }
        String text = Sources.withHeadline(given.title().orElse(null), bodyText);
        String key = given.url().orElse(sourceKey);
        Metadata metadata = given.orElse(PageMetadata.infer(text));
        List<String> notes = field(o, URL_FIELDS).filter(u -> !WebUrl.isWeb(u))
                .map(u -> List.of("its URL is not an http(s) link and was not stored")).orElse(List.of());
        return new ReadOutcome.Success(new Article(key, sourceLabel, text, metadata, format, notes));
    }

    /** The first non-empty string among {@code names}; nested objects give their "name", "title" or "value". */
    static Optional<String> field(JsonObject o, List<String> names) {
        for (String name : names) {
            JsonElement e = o.get(name);
            Optional<String> v = asString(e);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> asString(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (e.isJsonPrimitive()) {
            String s = e.getAsString().strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        if (e.isJsonObject()) {
            return field(e.getAsJsonObject(), List.of("name", "title", "value", "href"));
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            List<String> parts = new ArrayList<>();
            for (JsonElement x : a) {
                asString(x).ifPresent(parts::add);
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
        }
        return Optional.empty();
    }

    private static List<JsonElement> records(JsonElement root) {
        List<JsonElement> out = new ArrayList<>();
        if (root.isJsonArray()) {
            root.getAsJsonArray().forEach(out::add);
        } else if (root.isJsonObject()) {
            JsonObject o = root.getAsJsonObject();
            for (String container : CONTAINERS) {
                if (o.has(container) && o.get(container).isJsonArray()) {
                    o.getAsJsonArray(container).forEach(out::add);
                    return out;
                }
            }
            out.add(o);
        }
        return out;
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
