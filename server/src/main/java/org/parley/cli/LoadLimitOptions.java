package org.parley.cli;

import java.time.Duration;
import org.parley.annotate.CoreNlpAnnotator;
import org.parley.load.LoadLimits;
import org.parley.serve.Sizes;
import picocli.CommandLine.Option;

/** The limits on what one input may ask of a load, shared by {@code load} and {@code serve} (which loads uploads). */
public final class LoadLimitOptions {
    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "64M",
            description = "Files larger than this (.txt, .html, .json; JSON Lines are read line by line) are reported, "
                    + "not read (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "200000",
            description = "Articles longer than this are cut after their last whole sentence, or refused with "
                    + "--oversized refuse (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--max-article-tokens", paramLabel = "N", defaultValue = "50000",
            description = "The same for words and punctuation marks (default: ${DEFAULT-VALUE}).")
    int maxArticleTokens;

    @Option(names = "--oversized", paramLabel = "cut|refuse", defaultValue = "cut",
            description = "What to do with an article over the size limits (default: ${DEFAULT-VALUE}).")
    String oversized;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "An article whose language processing takes longer is reported as failed and the batch goes on "
                    + "(default: ${DEFAULT-VALUE}).")
    long articleTimeout;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "Longer sentences are cut into pieces before tagging and parsing (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    /** The limits; an {@link IllegalArgumentException} says which option is wrong. */
    LoadLimits limits() {
        LoadLimits.Oversized mode = switch (oversized.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "cut" -> LoadLimits.Oversized.CUT;
            case "refuse" -> LoadLimits.Oversized.REFUSE;
            default -> throw new IllegalArgumentException("--oversized must be cut or refuse, not '" + oversized + "'");
        };
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("--max-sentence-tokens must be at least 10");
        }
        return new LoadLimits(Sizes.parse(maxFileSize), maxArticleChars, maxArticleTokens, mode,
                Duration.ofSeconds(articleTimeout));
    }
}
