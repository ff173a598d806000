package org.parley.annotate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.clean.CleanText;
import org.parley.read.Article;

/**
 * An article with its language annotation. Every offset points into {@code article.text()}.
 *
 * @param documentDate the date relative dates were resolved against (the day the dateline names, else the publication date, if known)
 */
public record AnnotatedArticle(
        Article article,
        CleanText clean,
        Optional<LocalDate> documentDate,
        List<Sentence> sentences,
        List<EntityMention> entities,
        List<QuoteSpan> quotes) {

    public AnnotatedArticle {
        requireNonNull(article, "article");
        requireNonNull(clean, "clean");
        requireNonNull(documentDate, "documentDate");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public String text() {
        return article.text();
    }

    public String span(int begin, int end) {
        return article.text().substring(begin, end);
    }

    /** The sentence holding character {@code offset}. */
    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The sentences that overlap {@code [begin, end)}. */
    public List<Sentence> sentencesOverlapping(int begin, int end) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.begin() < end && s.end() > begin) {
                out.add(s);
            }
        }
        return out;
    }

    public List<EntityMention> entitiesIn(int sentence) {
        return entities.stream().filter(e -> e.sentence() == sentence).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
