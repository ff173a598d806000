package org.parley.load;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.parley.read.ArticleSources;

/**
 * How much one input may ask of a load, so that no article, however large or strange, stops the
 * batch: files larger than {@code maxFileBytes} are not read; an article longer than
 * {@code maxArticleChars} characters or {@code maxArticleTokens} words and marks is cut at a
 * sentence boundary (or refused, as {@code oversized} says), with a note; an article whose language
 * steps take longer than {@code articleTimeout} is reported as failed and the batch goes on.
 */
public record LoadLimits(long maxFileBytes, int maxArticleChars, int maxArticleTokens, Oversized oversized,
                         Duration articleTimeout) {

    /** What happens to an article over the size limits. */
    public enum Oversized {
        /** Keep its beginning, up to the last sentence that fits. */
        CUT,
        /** Report it and load nothing of it. */
        REFUSE
    }

    public static final LoadLimits DEFAULTS = new LoadLimits(ArticleSources.DEFAULT_MAX_FILE_BYTES, 200_000, 50_000,
            Oversized.CUT, Duration.ofMinutes(3));

    public LoadLimits {
        requireNonNull(oversized, "oversized");
        requireNonNull(articleTimeout, "articleTimeout");
        if (maxFileBytes < 1 || maxArticleChars < 100 || maxArticleTokens < 20) {
            throw new IllegalArgumentException("limits too small: " + maxFileBytes + " bytes per file, " + maxArticleChars
                    + " characters and " + maxArticleTokens + " tokens per article");
        }
        if (articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("the time limit per article must be positive: " + articleTimeout);
        }
    }
}
