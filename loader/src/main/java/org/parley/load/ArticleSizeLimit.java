package org.parley.load;

import java.util.Optional;
import org.parley.read.Article;

/**
 * Applies {@link LoadLimits}' size limits to one article before any language step: an article over
 * them is cut after the last sentence that fits (the stored text is the cut text, so every offset
 * still points into it) or refused. Words and marks are counted the way a tokenizer would, roughly:
 * each run of letters or digits, and each other visible character.
 */
public final class ArticleSizeLimit {
    private final LoadLimits limits;

    public ArticleSizeLimit(LoadLimits limits) {
        this.limits = limits;
    }

    /** The article as it may be loaded, or empty with {@code refused} set to why. */
    public Result apply(Article article) {
        String text = article.text();
        Within within = within(text);
        if (within.end() == text.length()) {
            return new Result(Optional.of(article), "");
        }
        if (limits.oversized() == LoadLimits.Oversized.REFUSE) {
            return new Result(Optional.empty(), "article is longer than " + within.limit()
                    + " (--max-article-chars, --max-article-tokens)");
        }
        int cut = sentenceBoundaryBefore(text, within.end());
        if (cut <= 0) {
            return new Result(Optional.empty(), "article is longer than " + within.limit() + " and has no sentence end to cut at");
        }
        Article shortened = new Article(article.sourceKey(), article.sourceLabel(), text.substring(0, cut).stripTrailing(),
                article.metadata(), article.format(), article.notes())
                .withNote("cut to its first " + cut + " of " + text.length() + " characters (longer than " + within.limit() + ")");
        return new Result(Optional.of(shortened), "");
    }

    /** @param article the article to load, if any; {@code refused} says why there is none */
    public record Result(Optional<Article> article, String refused) {}

    /** How much of a text is within the limits, and which limit ended it. */
    private record Within(int end, String limit) {}

    private Within within(String text) {
        int limit = Math.min(text.length(), limits.maxArticleChars());
        int tokens = 0;
        boolean inWord = false;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if ((word && !inWord) || (!word && !Character.isWhitespace(c))) {
                tokens++;
                if (tokens > limits.maxArticleTokens()) {
                    return new Within(i, limits.maxArticleTokens() + " words and marks");
                }
            }
            inWord = word;
        }
        return new Within(limit, limits.maxArticleChars() + " characters");
    }

    /** The end of the last paragraph or sentence that ends at or before {@code end}. */
    private static int sentenceBoundaryBefore(String text, int end) {
        for (int i = end; i > 0; i--) {
            char previous = text.charAt(i - 1);
            if (previous == '\n' && i >= 2 && text.charAt(i - 2) == '\n') {
                return i;
            }
            if (".!?".indexOf(previous) >= 0 && (i == text.length() || Character.isWhitespace(text.charAt(i)))) {
                return i;
            }
        }
        return 0;
    }
}
