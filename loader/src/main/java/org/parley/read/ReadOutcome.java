package org.parley.read;

import static java.util.Objects.requireNonNull;

/** What reading one input produced: an article, or a clear reason why there is none. */
public sealed interface ReadOutcome {

    /** The input as the user would name it (a file path, or a file path and record number). */
    String source();

    record Success(Article article) implements ReadOutcome {
        public Success {
            requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.sourceLabel();
        }
    }

    record Failure(String source, String reason) implements ReadOutcome {
        public Failure {
            requireNonNull(source, "source");
            requireNonNull(reason, "reason");
        }
    }
}
