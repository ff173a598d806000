package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.StatementCandidate;
import org.parley.load.Pipeline;
import org.parley.read.Article;
import org.parley.testing.Articles;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** Finding quotations and giving each its speaker, on articles written for the test. */
@ExtendWith(SharedPipeline.class)
class QuotationsTest {
    private static final String SINGLE_QUOTING_ARTICLE = """
            Chile and Peru sign 'historic' border accord, Ortega says

            Chile and Peru signed a border accord on Wednesday after two years of talks in Lima.

            'This accord is a step towards a more peaceful region,' Chilean President Tomas Ortega said.

            'It will be known as the Lima Accord,' Ortega said of the deal, which, Peruvian envoy Luis Paredes said, \
            is named for 'the city that hosted every round of talks.'

            'We didn't think it could be done in two years,' Ortega said. 'So you will see more of these.'
            """;

    private final Pipeline pipeline;

    QuotationsTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    private Extracted extractWithTitle(String title, String text) {
        Article plain = Articles.of(text, "2024-03-13");
        Article a = plain.withMetadata(plain.metadata().withTitle(title));
        try {
            ArticleExtraction x = pipeline.process(a).extraction();
            return new Extracted(a, x);
        } catch (Pipeline.StepException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOutletThatQuotesInSingleMarksHasQuotations() {
        Extracted e = extract(SINGLE_QUOTING_ARTICLE);
        assertThat(e.statement("This accord is a step towards")).get().extracting(StatementCandidate::direct).isEqualTo(true);
        assertThat(e.speakerOf("This accord is a step towards")).isEqualTo("Tomas Ortega");
        assertThat(e.speakerOf("It will be known as the Lima Accord")).isEqualTo("Tomas Ortega");
        assertThat(e.statement("We didn't think it could be done")).get().extracting(StatementCandidate::text)
                .isEqualTo("We didn't think it could be done in two years");
        assertThat(e.speakerOf("So you will see more of these")).isEqualTo("Tomas Ortega");
    }

    @Test
    void aQuotationInsideAParentheticalReportIsTheParentheticalSpeakers() {
        Extracted e = extract(SINGLE_QUOTING_ARTICLE);
        assertThat(e.speakerOf("the city that hosted every round of talks")).isEqualTo("Luis Paredes");
    }

    @Test
    void apostrophesAreNotQuotationMarksInADoubleQuotingArticle() {
        Extracted e = extract("""
                "We will reopen the border," Peru's foreign minister Ana Ruiz said after Chile's offer.

                "The rebels' demands are not ours," Ruiz added.
                """);
        assertThat(e.statements()).filteredOn(StatementCandidate::direct)
                .extracting(StatementCandidate::text)
                .containsExactlyInAnyOrder("We will reopen the border", "The rebels' demands are not ours");
    }

    @Test
    void aHeadlineQuotesInSingleMarks() {
        Extracted e = extractWithTitle("Chile and Peru agree 'a new start for the border,' Ortega says", """
                Chile and Peru agree 'a new start for the border,' Ortega says

                Chilean President Tomas Ortega and his Peruvian counterpart met in Lima on Tuesday.
                """);
        assertThat(e.statement("a new start for the border")).get().extracting(StatementCandidate::direct).isEqualTo(true);
        assertThat(e.speakerOf("a new start for the border")).isEqualTo("Tomas Ortega");
    }

    @Test
    void aStrayClosingMarkDoesNotSwallowTheNextSentence() {
        Extracted e = extract("Norwegian mediator Kari Nordby spoke first. “We have found solutions on the main points of "
                + "a final text,” the details to be settled by June,” she said. Speaking after the mediator, Chilean envoy "
                + "Luis Paredes delivered a long statement ending with the words: “There is no deal yet, and so no "
                + "promises” before June.");
        assertThat(e.statements()).noneMatch(s -> s.text().startsWith("she said"));
        assertThat(e.speakerOf("There is no deal yet, and so no promises")).isEqualTo("Luis Paredes");
        assertThat(e.speakerOf("We have found solutions on the main points")).isEqualTo("Kari Nordby");
    }

    @Test
    void whoIsQuotedByAnOutletSpeaks() {
        Extracted e = extract("""
                "The crossing stays closed until the prisoners are home," Peruvian envoy Luis Paredes was quoted by \
                Radio Andina as saying.
                """);
        assertThat(e.speakerOf("The crossing stays closed")).isEqualTo("Luis Paredes");
    }

    @Test
    void aQuotationAccordingToSomeoneIsTheirs() {
        Extracted e = extract("""
                Chilean Foreign Minister Ana Ruiz said on Twitter that both delegations had signed a joint text.

                According to her, the truce will hold from noon on Friday "for humanitarian purposes and for the \
                exchange of prisoners."
                """);
        assertThat(e.speakerOf("for humanitarian purposes and for the exchange of prisoners")).isEqualTo("Ana Ruiz");
    }
}
