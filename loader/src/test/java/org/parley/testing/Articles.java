package org.parley.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.read.Article;
import org.parley.read.ArticleFormat;
import org.parley.read.Metadata;

/** Builds articles from text written in a test. */
public final class Articles {
    private Articles() {}

    /** An article with this text, published on {@code date} (ISO), from a made-up source. */
    public static Article of(String text, String date) {
        Metadata m = new Metadata(Optional.empty(), Optional.of("Test Wire"), Optional.empty(),
                Optional.ofNullable(date).map(LocalDate::parse), Optional.of("en"));
        return new Article("test:" + Integer.toHexString(text.hashCode()), "test.txt", text, m, ArticleFormat.TEXT, List.of());
    }

    public static Article of(String source, String text, String date, String outlet) {
        Metadata m = new Metadata(Optional.empty(), Optional.of(outlet), Optional.empty(),
                Optional.ofNullable(date).map(LocalDate::parse), Optional.of("en"));
        return new Article(source, source, text, m, ArticleFormat.TEXT, List.of());
    }
}
