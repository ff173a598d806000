package org.parley.clean;

import org.parley.read.Article;

/** Hides what is not the article (banners, credits, navigation) from language processing. */
public interface TextCleaner {
    CleanText clean(Article article);
}
