package org.parley.read;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
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
    /** Files larger than this are refused unless told otherwise: a news article is a few KB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    private final Manifest manifest;
    private final long maxFileBytes;

    public ArticleSources(Manifest manifest) {
        this(manifest, DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes the largest file read whole (.txt, .html, .json); JSON Lines are read line by line */
    public ArticleSources(Manifest manifest, long maxFileBytes) {
        this.manifest = requireNonNull(manifest, "manifest");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /** Every article under {@code paths}, one outcome per article or per problem. */
    public Stream<ReadOutcome> read(List<String> paths) {
        return paths.stream().flatMap(this::readPath);
    }

    /** A file to read, named as the user would name it (the path given, or the folder given and the path inside it). */
    public record Named(Path file, String label) {}

    /** What {@code paths} name, without reading any file: the article files, and what cannot be read. */
    public record Listing(List<Named> files, List<ReadOutcome.Failure> problems) {}

    /** Lists the article files under {@code paths} as {@link #read} would read them, and the problems it would report first. */
    public Listing list(List<String> paths) {
        List<Named> files = new ArrayList<>();
        List<ReadOutcome.Failure> problems = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                FolderWalk walk = FolderWalk.of(path);
                walk.problems().forEach((p, reason) -> problems.add(new ReadOutcome.Failure(relativeGiven(given, path, p), reason)));
                walk.files().forEach(f -> files.add(new Named(f, relativeGiven(given, path, f))));
                if (walk.files().isEmpty() && walk.problems().isEmpty()) {
                    problems.add(new ReadOutcome.Failure(given, "folder holds no articles (.txt, .html, .htm, .json, .jsonl)"));
                }
            } else {
                Optional<ReadOutcome.Failure> problem = fileProblem(path, given);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                } else {
                    files.add(new Named(path, given));
                }
            }
        }
        return new Listing(files, problems);
    }

    /** The files {@code paths} name, in a stable order, without reading them; for progress totals. */
    public List<Path> files(List<String> paths) {
        List<Path> out = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                out.addAll(FolderWalk.of(path).files());
            } else {
                out.add(path);
            }
        }
        return out;
    }

    /**
     * Each file {@code paths} name, as the path the user gave plus its place under a given folder:
     * reading these one by one gives the same articles, with the same labels, as reading {@code paths}
     * (what cannot be read is left out: {@link #list} names it). For running the read step elsewhere
     * (on Spark executors), one file at a time.
     */
    public List<String> filePaths(List<String> paths) {
        return list(paths).files().stream().map(Named::label).toList();
    }

    private Stream<ReadOutcome> readPath(String given) {
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            FolderWalk walk = FolderWalk.of(path);
            Stream<ReadOutcome> problems = walk.problems().entrySet().stream()
                    .map(e -> new ReadOutcome.Failure(relativeGiven(given, path, e.getKey()), e.getValue()));
            if (walk.files().isEmpty() && walk.problems().isEmpty()) {
                return Stream.of(new ReadOutcome.Failure(given, "folder holds no articles (.txt, .html, .htm, .json, .jsonl)"));
            }
            return Stream.concat(problems, walk.files().stream().flatMap(f -> readFile(f, relativeGiven(given, path, f))));
        }
        return readFile(path, given);
    }

    /** Why a file cannot be read as articles, found without opening it. */
    private Optional<ReadOutcome.Failure> fileProblem(Path file, String givenPath) {
        if (!Files.exists(file)) {
            return Optional.of(new ReadOutcome.Failure(givenPath, Files.isSymbolicLink(file)
                    ? "a link to a file that does not exist" : "no such file or folder"));
        }
        Optional<ArticleFormat> format = ArticleFormat.forFile(file);
        if (format.isEmpty()) {
            return Optional.of(new ReadOutcome.Failure(givenPath, "unsupported file type (expected .txt, .html, .htm, .json or .jsonl)"));
        }
        if (!Files.isRegularFile(file)) {
            // Opening a FIFO would wait for a writer forever; a device could be read forever.
            return Optional.of(new ReadOutcome.Failure(givenPath, "not a regular file (a FIFO, device or socket); skipped"));
        }
        if (format.get() != ArticleFormat.JSONL) {
            try {
                long size = Files.size(file);
                if (size > maxFileBytes) {
                    return Optional.of(new ReadOutcome.Failure(givenPath, "file is " + megabytes(size) + "; files over "
                            + megabytes(maxFileBytes) + " are not read (--max-file-size)"));
                }
            } catch (IOException e) {
                return Optional.of(new ReadOutcome.Failure(givenPath, Sources.cannotRead(e)));
            }
        }
        return Optional.empty();
    }

    private Stream<ReadOutcome> readFile(Path file, String givenPath) {
        Optional<ReadOutcome.Failure> problem = fileProblem(file, givenPath);
        if (problem.isPresent()) {
            return Stream.of(problem.get());
        }
        Optional<ArticleFormat> format = ArticleFormat.forFile(file);
        Optional<Metadata> fromManifest = manifest.lookup(file);
        return readerFor(format.orElseThrow(), maxFileBytes).read(file, givenPath).map(outcome -> withManifest(outcome, fromManifest));
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

    static ArticleReader readerFor(ArticleFormat format, long maxFileBytes) {
        return switch (format) {
            case TEXT -> new PlainTextReader();
            case HTML -> new HtmlReader();
            case JSON, JSONL -> new JsonArticleReader(format, maxFileBytes);
        };
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : bytes + " bytes";
    }

    private static String relativeGiven(String given, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        return given.endsWith("/") ? given + rel : given + "/" + rel;
    }
}
