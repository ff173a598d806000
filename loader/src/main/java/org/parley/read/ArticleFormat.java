package org.parley.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats Parley reads, known by file name extension. */
public enum ArticleFormat {
    TEXT("txt"),
    HTML("html", "htm"),
    JSON("json"),
    JSONL("jsonl");

    private final String[] extensions;

    ArticleFormat(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<ArticleFormat> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ArticleFormat format : values()) {
            for (String ext : format.extensions) {
                if (name.endsWith("." + ext)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
