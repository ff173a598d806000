package org.parley.load;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Layer;
import org.parley.clean.CleanText;
import org.parley.clean.DatelineDay;
import org.parley.clean.TextCleaner;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.Extractor;
import org.parley.read.Article;

/**
 * The language steps an article goes through: clean, annotate, extract. Built once per process;
 * checks at construction that the annotator provides every layer the extractor requires.
 */
public final class Pipeline {
    private final TextCleaner cleaner;
    private final Annotator annotator;
    private final Extractor extractor;

    public Pipeline(TextCleaner cleaner, Annotator annotator, Extractor extractor) {
        this.cleaner = requireNonNull(cleaner, "cleaner");
        this.annotator = requireNonNull(annotator, "annotator");
        this.extractor = requireNonNull(extractor, "extractor");
        Set<Layer> missing = EnumSet.noneOf(Layer.class);
        missing.addAll(extractor.requires());
        missing.removeAll(annotator.provides());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the annotator does not provide what extraction requires: " + missing);
        }
    }

    /** The result of one article's language steps. */
    public record Result(ArticleExtraction extraction, int tokens) {}

    /** Runs the steps, naming the failing one in the exception. */
    public Result process(Article article) throws StepException {
        CleanText clean;
        try {
            clean = cleaner.clean(article);
        } catch (RuntimeException e) {
            throw new StepException("clean", e);
        }
        AnnotatedArticle annotated;
        try {
            annotated = annotator.annotate(article, clean, storyDay(article, clean));
        } catch (RuntimeException | StackOverflowError e) {
            throw new StepException("annotate", e);
        }
        try {
            return new Result(extractor.extract(annotated), annotated.tokenCount());
        } catch (RuntimeException | StackOverflowError e) {
            throw new StepException("extract", e);
        }
    }

    /** Cleans and annotates an article, then shows what the extraction rules see and match in it. */
    public String trace(Article article) throws StepException {
        CleanText clean;
        try {
            clean = cleaner.clean(article);
        } catch (RuntimeException e) {
            throw new StepException("clean", e);
        }
        return extractor.trace(annotator.annotate(article, clean, storyDay(article, clean)));
    }

    /** A pipeline step failed on one article. */
    public static final class StepException extends Exception {
        private final String step;

        StepException(String step, Throwable cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }

    /** The day relative dates count from: the dateline's when it names one, else the page's. */
    private static Optional<LocalDate> storyDay(Article article, CleanText clean) {
        Optional<LocalDate> published = article.metadata().published();
        return DatelineDay.of(clean, published).or(() -> published);
    }
}
