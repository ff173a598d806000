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
            Ghana and Togo settle 'a quarrel older than both of us,' Mensah says

            Ghana and Togo signed a border accord on Wednesday after two years of talks in Lome.

            'Our fishermen can now go back to sea without fear,' Ghanaian President Kofi Mensah said.

            'The first patrols will sail together in May,' Mensah said of the accord, which, Togolese envoy Yao \
            Agbeko said, takes effect 'as soon as both parliaments have voted on it.'

            'My grandfather didn't live to see this day,' Mensah said. 'I wish he had.'
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
        assertThat(e.statement("Our fishermen can now go back to sea")).get().extracting(StatementCandidate::direct)
                .isEqualTo(true);
        assertThat(e.speakerOf("Our fishermen can now go back to sea")).isEqualTo("Kofi Mensah");
        assertThat(e.speakerOf("The first patrols will sail together in May")).isEqualTo("Kofi Mensah");
        assertThat(e.statement("My grandfather didn't live")).get().extracting(StatementCandidate::text)
                .isEqualTo("My grandfather didn't live to see this day");
        assertThat(e.speakerOf("I wish he had")).isEqualTo("Kofi Mensah");
    }

    @Test
    void aQuotationInsideAParentheticalReportIsTheParentheticalSpeakers() {
        Extracted e = extract(SINGLE_QUOTING_ARTICLE);
        assertThat(e.speakerOf("as soon as both parliaments have voted on it")).isEqualTo("Yao Agbeko");
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
    void aSingleQuotedPassageEndingInItsOwnCommaIsAQuotationInADoubleQuotingArticle() {
        Extracted e = extract("""
                "We signed because the border needs peace," Peru's foreign minister Ana Ruiz said on Tuesday.

                'The patrols will start in May, not before,' added Chilean envoy Tomas Vidal, whose 'red lines' \
                were met.
                """);
        assertThat(e.statement("The patrols will start in May")).get().extracting(StatementCandidate::direct).isEqualTo(true);
        assertThat(e.speakerOf("The patrols will start in May")).isEqualTo("Tomas Vidal");
        assertThat(e.statement("red lines")).isEmpty();
    }

    @Test
    void aParagraphOpenedByADashAndClosedByItsAttributionIsAQuotation() {
        Extracted e = extract("""
                Serbian President Milan Petric and Kosovo Prime Minister Albin Vuka met in Skopje on Saturday.

                - Skopje is a city of dialogue. We are proud to host the talks, Macedonian Prime Minister Dimitar \
                Kovac told journalists.

                - the first item on the agenda
                - the second item on the agenda
                - Talks to resume in Skopje next week, the mediator says
                """);
        assertThat(e.statement("Talks to resume in Skopje next week")).map(StatementCandidate::direct)
                .isNotEqualTo(java.util.Optional.of(true));
        assertThat(e.statement("We are proud to host the talks")).get().satisfies(st -> {
            assertThat(st.direct()).isTrue();
            assertThat(st.text()).isEqualTo("Skopje is a city of dialogue. We are proud to host the talks");
        });
        assertThat(e.speakerOf("We are proud to host the talks")).isEqualTo("Dimitar Kovac");
        assertThat(e.statement("the first item on the agenda")).isEmpty();
    }

    @Test
    void anInterviewsAnswersAreTheWordsOfWhomTheArticleAsked() {
        Extracted e = extract("""
                Zambian Foreign Minister Paul Tembo signed the accord in Lusaka on Monday. We asked the minister a few \
                questions.
                Q: What is different this time?
                A: This time we have two guarantors, and the refugee question is at the heart of the agreement.
                Q: And the rebels?
                A: The rebels must talk to us, and that is what is happening now.
                """);
        assertThat(e.speakerOf("This time we have two guarantors")).isEqualTo("Paul Tembo");
        assertThat(e.speakerOf("The rebels must talk to us")).isEqualTo("Paul Tembo");
        assertThat(e.statements()).noneMatch(st -> st.text().startsWith("What is different"));

        Extracted explainer = extract("""
                Zambian Foreign Minister Paul Tembo signed the accord in Lusaka on Monday.
                Q: Will he attend the next round?
                A: Yes. "I will be there, whatever happens," Tembo told reporters.
                Q: What comes next?
                A: The next round is expected in May, although no venue has been set.
                """);
        assertThat(explainer.statement("The next round is expected")).isEmpty();
        assertThat(explainer.speakerOf("I will be there")).isEqualTo("Paul Tembo");
    }

    @Test
    void aTranscriptLabelNamesTheSpeakerOfItsParagraph() {
        Extracted e = extract("""
                Serbian President Milan Petric and Kosovo Prime Minister Albin Vuka met in Skopje on Saturday. We asked \
                both leaders a few questions.

                VUKA: "We came here to sign. Serbia did not."
                Q: What happens next?
                Petric: We will never recognise the declaration. The annex binds no one.
                Photo: The two leaders in Skopje.
                """);
        assertThat(e.speakerOf("We came here to sign")).isEqualTo("Albin Vuka");
        assertThat(e.statement("We will never recognise the declaration")).get().satisfies(st -> {
            assertThat(st.direct()).isTrue();
            assertThat(st.text()).isEqualTo("We will never recognise the declaration. The annex binds no one.");
        });
        assertThat(e.speakerOf("We will never recognise the declaration")).isEqualTo("Milan Petric");
        assertThat(e.statement("What happens next")).isEmpty();
        assertThat(e.statement("The two leaders in Skopje")).isEmpty();
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
        Extracted e = extract("Norwegian mediator Kari Nordby opened the session. “Both delegations accept the map of the "
                + "buffer zone,” the width to be fixed in a later round,” she said. Ghanaian envoy Kwame Boateng then gave "
                + "a speech in the hall: “Nothing is signed until the map is signed” and left for Accra.");
        assertThat(e.statements()).noneMatch(s -> s.text().startsWith("she said"));
        assertThat(e.speakerOf("Nothing is signed until the map is signed")).isEqualTo("Kwame Boateng");
        assertThat(e.speakerOf("Both delegations accept the map")).isEqualTo("Kari Nordby");
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
                Chilean Foreign Minister Ana Ruiz wrote on Twitter that both delegations had signed a joint text.

                According to her, the fishing grounds will reopen in May "under the watch of a mixed coast guard."
                """);
        assertThat(e.speakerOf("under the watch of a mixed coast guard")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aQuotationRightAfterAReportGoesOnWithItsSpeaker() {
        Extracted e = extract("""
                Ghanaian President Kofi Mensah hailed the accord as a new start for the coast. "It gives our \
                fishermen their sea back." Togo's ministers left without comment.
                """);
        assertThat(e.speakerOf("It gives our fishermen their sea back")).isEqualTo("Kofi Mensah");
    }

    @Test
    void aQuotationItsAttributionInterruptsIsOneStatementOfTheSpeakerNotOfItsFirstWords() {
        Extracted e = extract("""
                Ghana and Togo signed a border accord in Lome on Tuesday.

                "Our fishermen," the Ghanaian trade minister said on the quay at Tema, "will sail again next week."
                """);
        assertThat(e.statements()).singleElement().satisfies(st -> {
            assertThat(st.text()).isEqualTo("Our fishermen will sail again next week.");
            assertThat(e.name(st.speaker())).containsIgnoringCase("trade minister");
        });
        // a short opening, its attribution, then the rest in the next sentence: one statement too
        Extracted opening = extract("""
                "We are ready," Ghanaian President Kofi Mensah said. "The door is open to every fisherman."
                """);
        assertThat(opening.statements()).singleElement().satisfies(st ->
                assertThat(st.text()).isEqualTo("We are ready. The door is open to every fisherman."));
        // a whole sentence before the attribution is a statement of its own
        Extracted two = extract("""
                "We have waited three years for the boats to sail again," Ghanaian President Kofi Mensah said. "The door \
                is open to every fisherman."
                """);
        assertThat(two.statements()).hasSize(2);
    }

    @Test
    void aHeadlineSaysWhoSaidItAfterTheVerbEvenWhereTheParserTakesItForATime() {
        Extracted e = extract("""
                Ghana will reopen the border crossings by June, says PM

                ACCRA, March 13 - Ghana and Togo signed a border accord on Wednesday.
                """);
        assertThat(e.statement("reopen the border crossings")).get()
                .satisfies(st -> assertThat(e.name(st.speaker())).isEqualToIgnoringCase("PM"));
    }

    @Test
    void aPersonNamedRightAfterAQuotationWithATitleInAppositionSaidIt() {
        Extracted e = extract("""
                Kenya said on Monday that its boats would keep fishing near the islands. "Nobody will fish in our \
                waters without a licence," Ana Ruiz, a spokeswoman for the Ugandan fisheries ministry, told a radio \
                station in Jinja.
                """);
        assertThat(e.speakerOf("Nobody will fish in our waters without a licence")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aNameClosingAFrontedParticiplePhraseIsNotTheSpeaker() {
        Extracted e = extract("Speaking at a joint news conference aboard the Princess Astrid, Ms Lena Holm said: \"The "
                + "quota war between our two countries is over.\"");
        assertThat(e.speakerOf("quota war")).isEqualTo("Lena Holm");
    }
}
