package org.parley.annotate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.parley.clean.CleanText;
import org.parley.read.Article;

/** Language annotation of one article. Implementations must be safe to call from several threads. */
public interface Annotator {

    /** What the annotation holds, checked once against what the extraction rules require. */
    Set<Layer> provides();

    /**
     * Annotates the cleaned text of {@code article}.
     *
     * @param documentDate the date that relative expressions ("Thursday") are resolved against
     */
    AnnotatedArticle annotate(Article article, CleanText clean, Optional<LocalDate> documentDate);
}
