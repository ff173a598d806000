package org.parley.read;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives (files and folders, searched recursively) into a lazy stream of read
 * outcomes, with manifest metadata taking precedence over what the pages say. Files of other types
 * inside folders are skipped; named explicitly, they are reported.
 */
public final class ArticleSources {
    private final Manifest manifest;

    public ArticleSources(Manifest manifest) {
        this.manifest = requireNonNull(manifest, "manifest");
    }

    /** Every article under {@code paths}, one outcome per article or per problem. */
    public Stream<ReadOutcome> read(List<String> paths) {
        return paths.stream().flatMap(this::readPath);
    }

    /** The files {@code paths} name, in a stable order, without reading them; for progress totals. */
    public List<Path> files(List<String> paths) {
        List<Path> out = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                out.addAll(articleFilesUnder(path));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    /**
     * Each file {@code paths} name, as the path the user gave plus its place under a given folder:
     * reading these one by one gives the same articles, with the same labels, as reading {@code paths}.
     * For running the read step elsewhere (on Spark executors), one file at a time.
     */
    public List<String> filePaths(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                articleFilesUnder(path).forEach(f -> out.add(relativeGiven(given, path, f)));
            } else {
                out.add(given);
            }
        }
        return out;
    }

    private Stream<ReadOutcome> readPath(String given) {
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            List<Path> files = articleFilesUnder(path);
            if (files.isEmpty()) {
                return Stream.of(new ReadOutcome.Failure(given, "folder holds no articles (.txt, .html, .htm, .json, .jsonl)"));
            }
            return files.stream().flatMap(f -> readFile(f, relativeGiven(given, path, f)));
        }
        if (!Files.exists(path)) {
            return Stream.of(new ReadOutcome.Failure(given, "no such file or folder"));
        }
        return readFile(path, given);
    }

    private Stream<ReadOutcome> readFile(Path file, String givenPath) {
        Optional<ArticleFormat> format = ArticleFormat.forFile(file);
        if (format.isEmpty()) {
            return Stream.of(new ReadOutcome.Failure(givenPath, "unsupported file type (expected .txt, .html, .htm, .json or .jsonl)"));
        }
        Optional<Metadata> fromManifest = manifest.lookup(file);
        return readerFor(format.get()).read(file, givenPath).map(outcome -> withManifest(outcome, fromManifest));
    }

    private static ReadOutcome withManifest(ReadOutcome outcome, Optional<Metadata> fromManifest) {
        if (!(outcome instanceof ReadOutcome.Success success)) {
            return outcome;
        }
        Article article = success.article();
        if (fromManifest.isPresent()) {
            Metadata merged = fromManifest.get().orElse(article.metadata());
            String key = fromManifest.get().url().orElse(article.sourceKey());
            article = new Article(key, article.sourceLabel(), article.text(), merged, article.format(), article.notes());
        }
        if (article.metadata().published().isEmpty()) {
            Optional<LocalDate> fromUrl = article.metadata().url().flatMap(UrlDate::of);
            if (fromUrl.isPresent()) {
                article = article.withMetadata(article.metadata().withPublished(fromUrl.get()))
                        .withNote("publication date taken from the URL");
            } else {
                article = article.withNote("no publication date found; statement dates come from the text alone");
            }
        }
        return new ReadOutcome.Success(article);
    }

    static ArticleReader readerFor(ArticleFormat format) {
        return switch (format) {
            case TEXT -> new PlainTextReader();
            case HTML -> new HtmlReader();
            case JSON, JSONL -> new JsonArticleReader(format);
        };
    }

    private static List<Path> articleFilesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> ArticleFormat.forFile(f).isPresent())
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relativeGiven(String given, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        return given.endsWith("/") ? given + rel : given + "/" + rel;
    }
}
