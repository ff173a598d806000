package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.ActorCandidate;
import org.parley.extract.StatementCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** One test per speaker-attribution pattern, on sentences written for the test (the people are invented). */
@ExtendWith(SharedPipeline.class)
class StatementAttributionTest {
    private final Pipeline pipeline;

    StatementAttributionTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    @Test
    void whoeverIsAskedAnswersNotWhoAsked() {
        Extracted e = Extracted.from(pipeline, """
                Mediator Ana Lopes chaired the last session in Geneva on Monday.

                Asked by a reporter whether she expected a breakthrough, Lopes smiled: "Patience, and then more patience."
                """, "2024-03-13");
        assertThat(e.speakerOf("Patience, and then more patience")).isEqualTo("Ana Lopes");
    }

    @Test
    void aSurnameThatIsAlsoAWordIsStillTheNameOfWhomTheArticleNamedInFull() {
        Extracted e = extract("""
                Peruvian Prime Minister Ana Torres and Chilean President Luis Begin signed a border accord in Lima on Monday.

                Begin told reporters that the talks had been frank. "We have finished the work," Begin said.
                """);
        assertThat(e.speakerOf("We have finished the work")).isEqualTo("Luis Begin");
        assertThat(e.statements()).anySatisfy(st -> {
            assertThat(e.name(st.speaker())).isEqualTo("Luis Begin");
            assertThat(st.text()).contains("the talks had been frank");
        });
    }

    @Test
    void theMediatorIsThePersonTheTalksHadAsTheirMediator() {
        Extracted e = extract("""
                Ghana and Togo resumed talks in Accra on Monday, mediated by former Nigerian president Olu Adebayo. \
                "Togo remains a friend of Ghana," the mediator said.
                """);
        assertThat(e.speakerOf("Togo remains a friend of Ghana")).isEqualTo("Olu Adebayo");
        Extracted two = extract("""
                Ghana and Togo resumed talks in Accra on Monday, mediated by Olu Adebayo and Grace Wanjiru. \
                "Togo remains a friend of Ghana," the mediator said.
                """);
        assertThat(two.speakerOf("Togo remains a friend of Ghana")).isNotIn("Olu Adebayo", "Grace Wanjiru");
    }

    @Test
    void aParticipleAfterAReportedClauseWithAModalReportsForTheReporter() {
        Extracted e = extract("""
                Chilean President Ana Soto said on Monday that Chile would keep pressing both generals, warning that \
                "there will be consequences for anyone who blocks the aid."
                """);
        assertThat(e.speakerOf("there will be consequences")).isEqualTo("Ana Soto");
    }

    @Test
    void aQuotationTheParserGaveItsOwnSubjectIsSaidByTheRoleBeforeTheVerb() {
        Extracted e = extract("""
                "We will not forget our grievances," the rebel commander declared.
                """);
        assertThat(e.speakerOf("We will not forget our grievances")).isEqualTo("rebel commander");
    }

    @Test
    void aVerbWithItsOwnSubjectIsNotGivenTheNounBeforeIt() {
        Extracted e = extract("""
                Ghana and Togo signed the accord in Lome on Monday. Seven of the smaller parties initialled the \
                document only after the mediators agreed to annex their objections.
                """);
        assertThat(e.demands()).noneMatch(d -> e.name(d.demander()).contains("Ghana and Togo"));
    }

    @Test
    void hisExcellencyBeforeATitleIsNoPronoun() {
        Extracted e = extract("""
                Ghanaian Foreign Minister Kofi Mensah welcomed the accord in Accra on Monday.

                For his part, HE the Togolese Minister of Foreign Affairs thanked Ghana for its role, saying that \
                the accord "would not have been possible without patient mediation."
                """);
        assertThat(e.speakerOf("would not have been possible without patient mediation")).isNotEqualTo("Kofi Mensah")
                .contains("Minister of Foreign Affairs");
    }

    @Test
    void aPronounAfterAnAccordingToSentenceIsItsSource() {
        Extracted e = extract("""
                Foreign Minister Ama Mensah signed the accord for Ghana in 1972. The lesson, according to Kofi Boateng, \
                a historian who served as an envoy in the 1980s, is that trust fades. "We trusted one man," he said in \
                an interview this week.
                """);
        assertThat(e.speakerOf("We trusted one man")).isEqualTo("Kofi Boateng");
    }

    @Test
    void speechVerbsBeyondSaid() {
        Extracted e = extract("""
                "We will not leave the table first," Foreign Minister Lena Vogel of Austria warned.

                "The corridor must open tonight," tweeted Omar Haddad, a Jordanian negotiator.

                Haddad insisted: "Nothing is agreed until everything is agreed."
                """);
        assertThat(e.speakerOf("We will not leave the table first")).isEqualTo("Lena Vogel");
        assertThat(e.speakerOf("The corridor must open tonight")).isEqualTo("Omar Haddad");
        assertThat(e.speakerOf("Nothing is agreed until everything is agreed")).isEqualTo("Omar Haddad");
        assertThat(e.statement("The corridor must open tonight")).get().extracting(StatementCandidate::direct).isEqualTo(true);
    }

    @Test
    void accordingTo() {
        Extracted e = extract("The two sides have agreed to exchange prisoners next week, according to Kenyan mediator Grace Wanjiru.");
        assertThat(e.speakerOf("exchange prisoners")).isEqualTo("Grace Wanjiru");
        assertThat(e.statement("exchange prisoners")).get().extracting(StatementCandidate::direct).isEqualTo(false);
    }

    @Test
    void quotedAsSayingGivesTheSpeakerAndTheMedium() {
        Extracted e = extract("The state news agency quoted Interior Minister Tomas Halvorsen as saying that the border would reopen on Friday.");
        StatementCandidate s = e.statement("the border would reopen").orElseThrow();
        assertThat(e.name(s.speaker())).isEqualTo("Tomas Halvorsen");
    }

    @Test
    void invertedOrderWithATitleBeforeTheName() {
        Extracted e = extract("Few expect a breakthrough this month, said Nigerian political analyst Chidi Okafor.");
        assertThat(e.speakerOf("Few expect a breakthrough")).isEqualTo("Chidi Okafor");
    }

    @Test
    void appositionGivesRoleAndAffiliation() {
        Extracted e = extract("\"The draft is on the table,\" Egypt's deputy foreign minister, Hany Salem, told reporters.");
        assertThat(e.speakerOf("The draft is on the table")).isEqualTo("Hany Salem");
        ActorCandidate salem = e.actor("Hany Salem").orElseThrow();
        assertThat(salem.role()).contains("deputy foreign minister");
        assertThat(salem.affiliation().map(e::name)).contains("Egypt");
    }

    @Test
    void aRoleOnlySpeakerIsTheNamedPersonWithThatRoleAndAffiliation() {
        Extracted e = extract("""
                Norwegian Foreign Minister Ingrid Berg arrived in Bogota on Monday.

                The Norwegian minister said the guerrilla delegation had accepted the agenda.
                """);
        assertThat(e.speakerOf("the guerrilla delegation had accepted the agenda")).isEqualTo("Ingrid Berg");
    }

    @Test
    void aRoleNobodyNamedStaysAnUnnamedRoleActor() {
        Extracted e = extract("The talks will resume in Doha next week, a senior Qatari official said.");
        StatementCandidate s = e.statement("The talks will resume in Doha").orElseThrow();
        ActorCandidate speaker = e.x().actor(s.speaker()).orElseThrow();
        assertThat(speaker.named()).isFalse();
        assertThat(speaker.role()).hasValueSatisfying(r -> assertThat(r).contains("official"));
        assertThat(speaker.affiliation().map(e::name)).contains("Qatar");
    }

    @Test
    void aQuotationSaidBySomeoneUnnamedIsNotThePreviousSpeakers() {
        Extracted e = extract("""
                Colombian negotiator Marta Lucia Rios said the ceasefire would be signed within a week. "Nobody \
                asked us," said a shopkeeper near the square.

                "Nobody here believes it," one teacher told reporters.
                """);
        assertThat(e.speakerOf("the ceasefire would be signed")).isEqualTo("Marta Lucia Rios");
        assertThat(e.statements()).filteredOn(s -> s.text().contains("Nobody asked us") || s.text().contains("believes it"))
                .allSatisfy(s -> assertThat(e.name(s.speaker())).isNotEqualTo("Marta Lucia Rios"));
    }

    @Test
    void aPronounIsTheLastPersonWhoSpokeOrActed() {
        Extracted e = extract("""
                Colombian negotiator Marta Lucia Rios met the rebel commanders on Tuesday.

                "We are closer than we have ever been," she said.
                """);
        assertThat(e.speakerOf("We are closer than we have ever been")).isEqualTo("Marta Lucia Rios");
    }

    @Test
    void institutionsSpeak() {
        Extracted e = extract("""
                The Kremlin said the proposal was unacceptable.

                The Armenian foreign ministry said in a statement that the crossing would stay closed.

                The UN Security Council called on both sides to stop the shelling.
                """);
        assertThat(e.speakerOf("the proposal was unacceptable")).isEqualTo("Kremlin");
        assertThat(e.speakerOf("the crossing would stay closed")).isEqualTo("Armenian Foreign Ministry");
    }

    @Test
    void theChannelIsNotTheSpeaker() {
        Extracted e = extract("""
                In a post on Facebook, Serbian President Dragan Ilic wrote that the talks had failed.

                "We will return to Brussels," Ilic said at a televised news conference.

                "No deal," the ministry said in a statement.
                """);
        assertThat(e.speakerOf("the talks had failed")).isEqualTo("Dragan Ilic");
        assertThat(e.statement("the talks had failed").flatMap(StatementCandidate::channel)).contains("social-media");
        assertThat(e.statement("We will return to Brussels").flatMap(StatementCandidate::channel)).contains("press-conference");
    }

    @Test
    void theSpeakerCarriesOverToTheNextParagraphsOfOneQuotation() {
        Extracted e = extract("""
                Chief negotiator Amara Diallo of Mali addressed the delegates on Friday.

                "We came here to end this war," she said. "We will not leave without a plan.

                "Our people are waiting for an answer, and they are tired of waiting."
                """);
        assertThat(e.speakerOf("We came here to end this war")).isEqualTo("Amara Diallo");
        assertThat(e.speakerOf("We will not leave without a plan")).isEqualTo("Amara Diallo");
        assertThat(e.speakerOf("Our people are waiting for an answer")).isEqualTo("Amara Diallo");
        assertThat(e.statements()).filteredOn(s -> s.text().contains("Our people are waiting")).hasSize(1);
    }

    @Test
    void aQuotationThatFillsItsOwnParagraphsKeepsTheLastSpeaker() {
        Extracted e = extract("""
                Foreign Minister Petra Lind urged the people of the neighbouring country to demand an end to the fighting.

                "Look at what your leaders have done to your country," she said in a video.

                "They started a war nobody wanted, they sent your brothers and sons across the border, they shelled our towns.

                "Our people did not ask for this war, but they will defend their homes."

                The talks are due to resume next week.
                """);
        assertThat(e.speakerOf("They started a war nobody wanted")).isEqualTo("Petra Lind");
        assertThat(e.speakerOf("Our people did not ask for this war")).isEqualTo("Petra Lind");
        assertThat(e.statement("They started a war nobody wanted").orElseThrow().text())
                .as("the open paragraph is one quotation, split where the article splits it")
                .doesNotContain("Our people");
    }

    @Test
    void aWordOfTheQuotationIsNeverItsSpeaker() {
        // The parser makes "Those" (inside the quotation) a second subject of "said".
        Extracted e = extract("""
                Interior Minister Karl Odell spoke to the crowd.

                "Those of you who do not wish to become a criminal and perish can save yourselves," he said in a televised address.
                """);
        assertThat(e.speakerOf("Those of you who do not wish to become a criminal")).isEqualTo("Karl Odell");
    }

    @Test
    void reportedSpeechHasNoQuotationMarks() {
        Extracted e = extract("Ethiopian Prime Minister Dawit Alemu told parliament that his government was ready to negotiate.");
        StatementCandidate s = e.statement("his government was ready to negotiate").orElseThrow();
        assertThat(s.direct()).isFalse();
        assertThat(e.name(s.speaker())).isEqualTo("Dawit Alemu");
    }

    @Test
    void scareQuotesAreTermsNotStatements() {
        Extracted e = extract("The envoy said the two sides discussed a \"humanitarian pause\" and the \"day after\" in Gaza.");
        assertThat(e.statements()).noneMatch(s -> s.text().equals("humanitarian pause") || s.text().equals("day after"));
        assertThat(e.statement("the two sides discussed")).get()
                .extracting(StatementCandidate::terms).asList().contains("humanitarian pause", "day after");
    }

    @Test
    void theDateIsTheDayOfTheSpeechWhenTheTextGivesIt() {
        Extracted e = extract("""
                Bolivian Foreign Minister Sofia Mamani said on Monday that the talks would resume.

                "The talks will resume on Friday," Mamani told reporters.
                """);
        assertThat(e.statement("the talks would resume").flatMap(StatementCandidate::date)).contains(LocalDate.of(2024, 3, 11));
        assertThat(e.statement("The talks will resume on Friday").flatMap(StatementCandidate::date))
                .as("no day given: the article's date").contains(LocalDate.of(2024, 3, 13));
    }

    @Test
    void aDashAttributesAQuotation() {
        Extracted e = extract("\"There will be no second chance\" - said Finnish mediator Aino Korhonen after the meeting.");
        assertThat(e.speakerOf("There will be no second chance")).isEqualTo("Aino Korhonen");
    }

    @Test
    void aSpokesmanNamedAfterHisRoleSpeaksAndPostingOnXIsATweet() {
        Extracted e = extract("The rebel delegation demanded that the army leave the valley, its spokesman Tomas Quispe "
                + "wrote on X.");
        assertThat(e.speakerOf("the army leave the valley")).isEqualTo("Tomas Quispe");
        assertThat(e.statement("the army leave the valley").flatMap(StatementCandidate::channel)).contains("tweet");
    }

    @Test
    void aNameInCommasAfterARoleWithAPlaceIsTheSpeakerAndKeepsTheQuotationThatFollows() {
        Extracted e = extract("""
                "Our position is clear," the group's spokesman in Qatar, Ali Musa, said. "The occupation must end. We will
                not sign anything less."
                """);
        assertThat(e.speakerOf("Our position is clear")).isEqualTo("Ali Musa");
        assertThat(e.speakerOf("The occupation must end")).isEqualTo("Ali Musa");
    }

    @Test
    void theHolderOfAnOfficeTheListKnowsIsWhomItsTitleMeansLater() {
        Extracted e = extract("""
                United Nations Secretary-General Antonio Guterres opened talks between Chad and Niger in Geneva on Monday.

                "This is not the end of the road," the secretary-general said.
                """);
        assertThat(e.speakerOf("This is not the end of the road")).isEqualTo("Antonio Guterres");
    }

    @Test
    void anOfficeWrittenWithAPrepositionIsTheOfficeOfItsHeadWord() {
        Extracted e = extract("""
                Peru and Chile held talks in Lima on Monday.

                "We are ready," said Carlos Vega, adviser to the Peruvian president. "The door is open," the adviser \
                said. "It is fine," the president said. Chilean Minister of Foreign Affairs Ana Soto arrived later. \
                "We support this," the foreign minister said.
                """);
        assertThat(e.speakerOf("The door is open")).isEqualTo("Carlos Vega");
        assertThat(e.speakerOf("It is fine")).isNotEqualTo("Carlos Vega");
        assertThat(e.speakerOf("We support this")).isEqualTo("Ana Soto");
    }

    @Test
    void aParticipleClauseBetweenSpeakerAndVerbKeepsTheSpeaker() {
        Extracted e = extract("Spokesman Tomas Ruiz, asked about the talks at a briefing in Lima on Tuesday, said the two sides "
                + "had made progress on the border.");
        assertThat(e.speakerOf("the two sides had made progress")).isEqualTo("Tomas Ruiz");
    }

    @Test
    void whoIsToldIsNeverTheSpeakerPutAfterTheVerb() {
        Extracted e = extract("""
                In the north, local leaders said they would reject any arrangement. "We will never accept to live in \
                that state," one of them, Pedro Varga, told AFP.
                """);
        assertThat(e.speakerOf("We will never accept to live in that state")).isNotEqualTo("Agence France-Presse")
                .isNotEqualTo("AFP");
    }

    @Test
    void anAgreementThatAParticipleWithABySaysSignedDoesNotSpeak() {
        Extracted e = extract("Chief Obi denounced the land accord concluded by the two governors, saying that it robbed the "
                + "herders. The opposition leader dismissed the charter adopted on Friday by the assembly, describing it as "
                + "\"a blank cheque\".");
        assertThat(e.speakerOf("it robbed the herders")).isEqualTo("Obi");
        assertThat(e.speakerOf("a blank cheque")).containsIgnoringCase("opposition leader");
        assertThat(e.actor("land accord")).isEmpty();
        // A subject that acts keeps its report: "by" here is no agent of a participle.
        Extracted acts = extract("Ghana stood by its demand for a buffer zone, saying the border was unsafe.");
        assertThat(acts.speakerOf("the border was unsafe")).isEqualTo("Ghana");
    }

    @Test
    void whoIsCalledOnToActDoesNotSpeakTheParticipleAfterTheCall() {
        Extracted e = extract("Peru and Chile signed a truce in Lima on Monday. Bishop Tomas Ruiz, who chaired the final session, "
                + "called on the two governments to respect the truce \"in deed and not only in words,\" adding: \"The people "
                + "of the valley cannot wait any longer.\"");
        assertThat(e.statements()).filteredOn(st -> st.text().startsWith("The people of the valley"))
                .singleElement().satisfies(st -> assertThat(e.name(st.speaker())).isEqualTo("Tomas Ruiz"));
    }

    @Test
    void someoneQuotedByWhatTheyAreSpeaksForThemselvesAndDemandsNothingOfAnySide() {
        Extracted e = extract("Bolivia and Paraguay signed a river accord in Asuncion on Monday. \"We want our nets back,\" a "
                + "fisherman told reporters at the harbour. A man was arrested near the port.");
        assertThat(e.speakerOf("We want our nets back")).isEqualTo("a fisherman");
        assertThat(e.demands()).isEmpty();
        assertThat(e.actor("A man")).isEmpty();
        Extracted after = extract("\"The new rules will ruin our season,\" added one shopper in the market, who gave only her "
                + "first name.");
        assertThat(after.speakerOf("The new rules will ruin our season")).isEqualTo("one shopper");
        assertThat(extract("The Uruguayan president told a farmer in Salto that the border would reopen.").actor("a farmer"))
                .isEmpty();
    }
}
