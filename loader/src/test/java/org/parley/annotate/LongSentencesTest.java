package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.clean.BoilerplateCleaner;
import org.parley.clean.CleanText;
import org.parley.read.Article;
import org.parley.read.ArticleFormat;
import org.parley.read.Metadata;
import org.parley.testing.SharedPipeline;

/**
 * A line of thousands of words without a full stop once took hours in SUTime and extraction, whose
 * costs grow faster than the sentence; the annotator cuts such a "sentence" into pieces first.
 */
@ExtendWith(SharedPipeline.class)
class LongSentencesTest {
    private static final String WORDS = "delegations from kenya and somalia met in nairobi on monday for talks on the "
            + "maritime border and the negotiator said the two sides were closer to an agreement than before ";

    @Test
    void aLineWithoutPunctuationIsAnnotatedInPiecesNoLongerThanTheLimit(Annotator annotator) {
        String text = "Talks on the border resume\n\n" + WORDS.repeat(120).strip() + ".\n\nThe talks end on Friday.";
        Article article = new Article("k", "long.txt", text, Metadata.EMPTY, ArticleFormat.TEXT, List.of());
        CleanText clean = new BoilerplateCleaner().clean(article);
        AnnotatedArticle annotated = annotator.annotate(article, clean, Optional.empty());

        assertThat(annotated.tokenCount()).isGreaterThan(3000);
        assertThat(annotated.sentences()).hasSizeGreaterThan(3000 / CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS);
        for (Sentence s : annotated.sentences()) {
            assertThat(s.tokens()).hasSizeLessThanOrEqualTo(CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS);
            assertThat(s.begin()).isLessThan(s.end());
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
            }
        }
        List<Sentence> sentences = annotated.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(sentences.get(i).index()).isEqualTo(i);
        }
        assertThat(sentences.get(sentences.size() - 1).tokens()).extracting(Token::word).contains("Friday");
    }
}
