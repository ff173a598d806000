package org.parley.rdf;

import static java.util.Objects.requireNonNull;

import org.parley.extract.ArticleExtraction;
import org.parley.read.Article;

/**
 * One article as Parley stores it: the article, its IRI and content hash, and what was extracted
 * from it. Written to the article's named graph by {@link ArticleMapper}, read back from it by
 * {@link ArticleGraphReader}: the cross-article resolver works from what is stored, so its result
 * never depends on which articles a run happened to load.
 */
public record StoredArticle(String iri, String contentHash, Article article, ArticleExtraction extraction) {
    public StoredArticle {
        requireNonNull(iri, "iri");
        requireNonNull(contentHash, "contentHash");
        requireNonNull(article, "article");
        requireNonNull(extraction, "extraction");
    }
}
