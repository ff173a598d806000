package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.clean.BoilerplateCleaner;
import org.parley.read.Article;
import org.parley.testing.Articles;
import org.parley.testing.SharedPipeline;

/**
 * The loader annotates several articles at once with one annotator: each article must come out as
 * it does alone. CoreNLP's quote attribution keeps the names of the document it is working on in
 * the annotator, so threads that shared one lost each other's speakers at random.
 */
@ExtendWith(SharedPipeline.class)
class ConcurrentAnnotationTest {
    private static final List<String> TEXTS = List.of(
            """
            Talks on the river border resumed in Asuncion on Monday.

            "We came here to close this file for good," said Teresa Gavilan, who leads the Paraguayan team.
            Her Bolivian counterpart, Mario Quiroga, was more careful. "Nothing is agreed until everything is agreed," he said.
            """,
            """
            The foreign ministers of Ghana and Togo met in Lome on Tuesday.

            "Our people trade across this line every day," Kofi Mensah told reporters after the meeting.
            "We will not let a map divide families," added Ama Dogbe, his deputy.
            """,
            """
            Chile and Peru held a second round of fisheries talks in Arica on Wednesday.

            Ines Salinas, the Chilean negotiator, said the fleets needed "clear and fair quotas".
            "The sea does not belong to one side," said Jorge Huaman, who heads the Peruvian delegation.
            """,
            """
            Envoys of Kenya and Uganda met in Kisumu to discuss fishing rights on the lake.

            "We have agreed on a joint patrol," said Achieng Otieno. Daniel Ssempa said his side wanted
            "a permanent commission, not another meeting".
            """);

    private final Annotator annotator;

    ConcurrentAnnotationTest(Annotator annotator) {
        this.annotator = annotator;
    }

    private List<QuoteSpan> quotes(Article a) {
        return annotator.annotate(a, new BoilerplateCleaner().clean(a), a.metadata().published()).quotes();
    }

    @Test
    void articlesAnnotatedAtOnceGetTheQuotesAndSpeakersTheyGetAlone() throws Exception {
        List<Article> articles = TEXTS.stream().map(t -> Articles.of(t, "2024-03-13")).toList();
        List<List<QuoteSpan>> alone = new ArrayList<>();
        for (Article a : articles) {
            alone.add(quotes(a));
        }
        assertThat(alone).as("the test needs quotes that CoreNLP attributes")
                .allSatisfy(q -> assertThat(q).anyMatch(s -> s.speaker().isPresent()));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<QuoteSpan>>> together = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Article a : articles) {
                    together.add(pool.submit(() -> quotes(a)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).as("article %d, run %d", i % articles.size(), i / articles.size())
                        .isEqualTo(alone.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
