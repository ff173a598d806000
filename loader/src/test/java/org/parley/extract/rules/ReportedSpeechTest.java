package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.StatementCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/**
 * Reported speech in its usual shapes, one test per construction of the statement patterns, on
 * sentences written for the test (the people and talks are invented).
 */
@ExtendWith(SharedPipeline.class)
class ReportedSpeechTest {
    private final Pipeline pipeline;

    ReportedSpeechTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    private static boolean reported(StatementCandidate s) {
        return !s.direct();
    }

    @Test
    void aSecondInfinitiveTheParserHangsOnTheSpeechVerbIsPartOfTheReport() {
        Extracted e = extract("Envoy Marta Solis said Chile expected the fleet to leave the bay, and to return the seized "
                + "nets within a week.");
        assertThat(e.statement("expected the fleet to leave the bay")).get()
                .satisfies(st -> assertThat(st.text()).contains("return the seized nets within a week"));
    }

    @Test
    void aRelativeClauseSpeaksForItsAntecedent() {
        Extracted e = extract("The envoy was received by Chilean President Tomas Ortega, who told reporters that the talks "
                + "would resume in May.");
        assertThat(e.speakerOf("the talks would resume in May")).isEqualTo("Tomas Ortega");
        assertThat(e.statement("the talks would resume in May")).get().matches(ReportedSpeechTest::reported);
        assertThat(e.statement("the talks would resume in May").flatMap(StatementCandidate::channel))
                .contains("press-conference");
    }

    @Test
    void asSomeoneToldReportersSaysTheClauseItIsHungOn() {
        Extracted e = extract("As Chilean Foreign Minister Luis Soto told reporters after the talks, the border will be "
                + "reopened next month.");
        assertThat(e.speakerOf("the border will be reopened next month")).isEqualTo("Luis Soto");
        assertThat(extract("As expected, the talks ended without a deal on Tuesday.").statements()).isEmpty();
    }

    @Test
    void inSomeonesWordsSaysWhatFollows() {
        Extracted e = extract("Chilean Foreign Minister Luis Soto praised the mediators. In his words, the accord gives "
                + "both peoples the chance to decide their future.");
        assertThat(e.speakerOf("the accord gives both peoples the chance")).isEqualTo("Luis Soto");
    }

    @Test
    void anInvertedAnonymousSourceWithARelativeClauseSaysTheQuotation() {
        Extracted e = extract("""
                "The generals struck a deal among themselves," said a Lima-based researcher who asked not to be named. \
                "The civilians were spectators."
                """);
        assertThat(e.speakerOf("The generals struck a deal")).contains("researcher");
        assertThat(e.speakerOf("The civilians were spectators")).contains("researcher");
    }

    @Test
    void aReportJoinedWithItsOwnSpeakerIsNotPartOfTheOneBefore() {
        Extracted e = extract("Rebel leader Tomas Ortega called on the African Union to send observers before his men hand "
                + "in their guns, and diplomats said the rebels also wanted funds to transform the movement into a party.");
        assertThat(e.statements()).filteredOn(st -> e.name(st.speaker()).equals("Tomas Ortega"))
                .singleElement().satisfies(st -> assertThat(st.text()).contains("send observers").doesNotContain("diplomats"));
    }

    @Test
    void makingItClearOrPlainThatSomethingIsSoSaysIt() {
        Extracted e = extract("Chilean Foreign Minister Luis Soto made it clear that Chile would not sign the accord. "
                + "Soto also made it plain on Tuesday that the border was not negotiable.");
        assertThat(e.speakerOf("Chile would not sign the accord")).isEqualTo("Luis Soto");
        assertThat(e.speakerOf("the border was not negotiable")).isEqualTo("Luis Soto");
        assertThat(e.statement("the border was not negotiable")).get().matches(ReportedSpeechTest::reported);
    }

    @Test
    void aParentheticalReportCoversTheClauseAroundIt() {
        Extracted e = extract("The accord, which, Peruvian envoy Luis Paredes said, takes effect at dawn, was signed on "
                + "Friday.");
        StatementCandidate s = e.statement("takes effect at dawn").orElseThrow();
        assertThat(e.name(s.speaker())).isEqualTo("Luis Paredes");
        assertThat(s.text()).doesNotContain("Paredes said");
    }

    @Test
    void whatSomeoneVowedOrThreatenedToDoIsWhatTheySaid() {
        Extracted e = extract("Peruvian opposition leader Juan Rojas vowed to cancel the border deal if elected.");
        assertThat(e.speakerOf("cancel the border deal")).isEqualTo("Juan Rojas");
        assertThat(e.statement("cancel the border deal")).get().matches(ReportedSpeechTest::reported);
        assertThat(extract("Peru agreed to cancel the border deal.").statements()).isEmpty();
    }

    @Test
    void aHopeExpressedWithoutThatIsWhatWasSaid() {
        Extracted e = extract("Chilean President Mario Ortega expressed hope the ceasefire will allow the displaced to "
                + "return home.");
        assertThat(e.speakerOf("the ceasefire will allow the displaced")).isEqualTo("Mario Ortega");
        assertThat(e.statement("the ceasefire will allow the displaced")).get().matches(ReportedSpeechTest::reported);
    }

    @Test
    void anInvertedReportGivesTheClauseBeforeIt() {
        Extracted e = extract("The talks will resume in Lima next week, the Chilean foreign ministry said.");
        assertThat(e.speakerOf("The talks will resume in Lima")).isEqualTo("Chilean Foreign Ministry");
    }

    @Test
    void aClauseUnderASpeechNounIsWhatWasSaid() {
        Extracted e = extract("Ghana's president said in an evening announcement Monday that Ghana and Togo had settled "
                + "their border quarrel.");
        assertThat(e.statement("Ghana and Togo had settled their border quarrel")).get()
                .matches(ReportedSpeechTest::reported);
    }

    @Test
    void aComplementTheParserLeftLooseIsStillReported() {
        Extracted e = extract("""
                Bolivian Foreign Minister Jorge Quiroga said Sunday there was steady progress on the water question.

                Norwegian mediator Kari Nordby said the deal, which both sides signed, was a first step.
                """);
        assertThat(e.speakerOf("steady progress on the water question")).isEqualTo("Jorge Quiroga");
        assertThat(e.speakerOf("was a first step")).isEqualTo("Kari Nordby");
    }

    @Test
    void aSpeechVerbWithANounObjectReportsItsPredicate() {
        Extracted e = extract("Chilean Foreign Minister Ana Ruiz welcomed the border accord and thanked the mediators.");
        assertThat(e.statement("welcomed the border accord")).get().matches(ReportedSpeechTest::reported);
        assertThat(e.speakerOf("welcomed the border accord")).isEqualTo("Ana Ruiz");
        assertThat(e.speakerOf("thanked the mediators")).isEqualTo("Ana Ruiz");
    }

    @Test
    void evaluationsAreReportedSpeech() {
        Extracted e = extract("""
                Chilean President Tomas Ortega called the accord a "historic turning point".

                Peruvian envoy Luis Paredes hailed the vote as a victory for both peoples.

                Opposition leader Marta Rios described the government as a "criminal gang".
                """);
        assertThat(e.speakerOf("called the accord a")).isEqualTo("Tomas Ortega");
        assertThat(e.statement("called the accord a").map(StatementCandidate::text).orElseThrow())
                .as("the scare quote keeps both its marks").endsWith("\"historic turning point\"");
        assertThat(e.speakerOf("hailed the vote as a victory")).isEqualTo("Luis Paredes");
        assertThat(e.speakerOf("described the government as")).isEqualTo("Marta Rios");
    }

    @Test
    void accusationsAndAppealsAreReportedSpeech() {
        Extracted e = extract("""
                Peruvian envoy Luis Paredes accused the army of shelling villages near the border.

                Chilean President Tomas Ortega urged the rebels to return to the table.
                """);
        assertThat(e.speakerOf("accused the army of shelling")).isEqualTo("Luis Paredes");
        assertThat(e.speakerOf("urged the rebels to return to the table")).isEqualTo("Tomas Ortega");
    }

    @Test
    void inSomeonesViewAttributesTheClause() {
        Extracted e = extract("""
                Norwegian mediator Kari Nordby met both delegations on Monday.

                In her view, the truce is the only way forward.
                """);
        assertThat(e.speakerOf("the truce is the only way forward")).isEqualTo("Kari Nordby");
    }

    @Test
    void wentOnToStressReportsWhatFollows() {
        Extracted e = extract("Chilean President Tomas Ortega went on to stress the need for a lasting truce.");
        assertThat(e.speakerOf("the need for a lasting truce")).isEqualTo("Tomas Ortega");
    }

    @Test
    void aHeadlineEndingInSomeoneSaysIsTheirs() {
        Extracted e = extract("""
                Chile and Peru agree 'a new start for the border,' Ortega says

                Chilean President Tomas Ortega and his Peruvian counterpart met in Lima on Tuesday.
                """);
        assertThat(e.speakerOf("a new start for the border")).isEqualTo("Tomas Ortega");
    }

    @Test
    void speechThatWasNotMadeIsNoStatement() {
        Extracted e = extract("Chilean President Tomas Ortega will announce the terms of the accord on Friday, and he did "
                + "not say whether the border would reopen.");
        assertThat(e.statements()).noneMatch(s -> s.text().contains("the terms of the accord"));
        assertThat(e.statements()).noneMatch(s -> s.text().contains("the border would reopen"));
    }

    @Test
    void everyStatementKeepsThePatternThatFoundItAndAConfidence() {
        Extracted e = extract("The talks will resume in Lima next week, the Chilean foreign ministry said.");
        StatementCandidate s = e.statement("The talks will resume in Lima").orElseThrow();
        assertThat(s.provenance().rule()).startsWith("statement/inverted-report");
        assertThat(s.provenance().confidence()).isBetween(0.3, 1.0);
    }

    @Test
    void aReportClosingTheSentenceCoversAllOfItNotOnlyTheLastClause() {
        Extracted e = extract("Chilean envoy Ana Rojas met the rebels on Monday. The talks would resume only when the "
                + "guerrillas freed the engineers, she added.");
        assertThat(e.speakerOf("The talks would resume only when the guerrillas freed the engineers")).isEqualTo("Ana Rojas");
    }

    @Test
    void aReportClosingTheSentenceTakesTheMainClauseOverARelativeOne() {
        Extracted e = extract("Chile wants Peru to pull back the gunboats it has sent near the cape, a Chilean "
                + "spokesman said.");
        StatementCandidate s = e.statement("pull back the gunboats").orElseThrow();
        assertThat(s.text()).startsWith("Chile wants Peru to pull back the gunboats");
    }

    @Test
    void theSubjectOfAClauseWithoutThatStaysInTheReportHoweverTheParserHangsIt() {
        Extracted e = extract("""
                Chilean President Tomas Ortega said Chile would not lift the blockade before the talks end.

                Ortega met the envoy but said Santiago was ready for talks.

                Peruvian envoy Luis Paredes said sanctions on the fishing fleet must be eased as a first step.
                """);
        assertThat(e.statement("would not lift the blockade")).get().extracting(StatementCandidate::text)
                .asString().startsWith("Chile would not lift the blockade");
        assertThat(e.statement("was ready for talks")).get().extracting(StatementCandidate::text)
                .asString().startsWith("Santiago was ready for talks");
        assertThat(e.statement("must be eased")).get().extracting(StatementCandidate::text)
                .asString().startsWith("sanctions on the fishing fleet must be eased");
    }

    @Test
    void anAppealOnSomeoneToActReportsTheAppealLikeUrging() {
        Extracted e = extract("Ecuador called on both navies to leave the disputed waters.");
        assertThat(e.statement("leave the disputed waters")).get().extracting(StatementCandidate::text)
                .asString().startsWith("called on both navies to leave the disputed waters");
    }

    @Test
    void aNameInCommasAfterTheRoleItFollowsIsTheSpeakerNotWhatWasSaid() {
        Extracted e = extract("""
                According to the Peruvian envoy, Tomas Villar, both sides have accepted a truce in principle.

                According to Marta Quispe, the Bolivian trade minister, the customs dispute is settled.
                """);
        StatementCandidate truce = e.statement("accepted a truce in principle").orElseThrow();
        assertThat(e.name(truce.speaker())).isEqualTo("Tomas Villar");
        assertThat(truce.text()).isEqualTo("both sides have accepted a truce in principle");
        StatementCandidate customs = e.statement("the customs dispute is settled").orElseThrow();
        assertThat(e.name(customs.speaker())).isEqualTo("Marta Quispe");
        assertThat(customs.text()).isEqualTo("the customs dispute is settled");
    }

    @Test
    void anAttributionBetweenASentencesSubjectAndItsVerbReportsTheWholeSentence() {
        Extracted e = extract("Ghana and Togo met in Accra on Monday. The sticking point, a Togolese negotiator said, remains "
                + "the fate of the fishing fleet. Progress, the Ghanaian envoy insisted, is slow but real.");
        assertThat(e.statement("remains the fate of the fishing fleet")).get().satisfies(st -> {
            assertThat(st.text()).isEqualTo("The sticking point remains the fate of the fishing fleet");
            assertThat(e.name(st.speaker())).containsIgnoringCase("negotiator");
        });
        assertThat(e.statement("is slow but real")).get().satisfies(st -> {
            assertThat(st.text()).startsWith("Progress is");
            assertThat(e.name(st.speaker())).containsIgnoringCase("envoy");
        });
    }

    @Test
    void aSentenceClosedByWhomSomeoneToldIsWhatTheyTold() {
        Extracted e = extract("The two ministers shook hands on the ferry timetable, but the customs clause was left for "
                + "another round, Odhiambo told a crowd of traders in Kisumu.");
        assertThat(e.statement("the customs clause was left for another round")).get().satisfies(st -> {
            assertThat(e.name(st.speaker())).isEqualTo("Odhiambo");
            assertThat(st.text()).startsWith("The two ministers shook hands");
        });
    }

    @Test
    void aFrontedClauseTheParserHangsOnTheVerbOfSayingIsWhatWasSaid() {
        Extracted e = extract("Ghana regards the licences the old board granted as void, the mines minister added.");
        assertThat(e.statement("regards the licences")).hasValueSatisfying(s -> {
            assertThat(e.name(s.speaker())).isEqualTo("mines minister");
            assertThat(s.direct()).isFalse();
        });
        assertThat(extract("If the ban holds, the trade minister added, the fleet will shrink.").statement("If the ban holds"))
                .isEmpty();
    }

    @Test
    void aRelativeClauseThatReportsIsTheMainSubjectsStatement() {
        Extracted e = extract("""
                Chile and Peru signed the fishing accord on Monday. Peruvian opposition parties voted against the \
                fishing bill, which they said would ruin the coastal towns.
                """);
        assertThat(e.statement("would ruin the coastal towns").map(s -> e.name(s.speaker()))).hasValue("Peruvian opposition");
        assertThat(e.statements()).noneMatch(s -> e.name(s.speaker()).equals("Chile"));
        Extracted resolution = extract("Peru welcomed the resolution, which calls for an immediate truce along the border.");
        assertThat(resolution.statement("welcomed the resolution").map(StatementCandidate::text))
                .hasValue("welcomed the resolution, which calls for an immediate truce along the border");
    }

    @Test
    void noticeOrAssurancesGivenAreStatements() {
        Extracted e = extract("""
                The Tongan cabinet gave notice on Friday that it would end the fishing licences in June. The envoy \
                gave assurances that the harbour would stay open.
                """);
        assertThat(e.speakerOf("it would end the fishing licences in June")).isEqualTo("Tonga");
        assertThat(e.statement("the harbour would stay open").map(StatementCandidate::text)).hasValue("the harbour would stay open");
    }

    @Test
    void anIntentionMadeClearIsAStatement() {
        Extracted e = extract("President Tomas Vial welcomed the proposal and made clear his intention to lift the ban on "
                + "Peruvian fruit.");
        assertThat(e.speakerOf("his intention to lift the ban on Peruvian fruit")).isEqualTo("Tomas Vial");
    }

    @Test
    void aClosingReportIsNotWhatTheClauseBeforeItSaid() {
        Extracted e = extract("The leaders of Ghana and Togo have agreed on a \"joint patrol plan\" after talks in Lome, "
                + "the Ghanaian presidency said on Wednesday, amid a row over fishing rights.");
        assertThat(e.statements()).singleElement().satisfies(s ->
                assertThat(s.text()).isEqualTo("The leaders of Ghana and Togo have agreed on a joint patrol plan after talks in Lome"));
    }

    @Test
    void aReportGoesOnPastTheVerbTheParserGaveTheSpeechVerbAsSubject() {
        Extracted e = extract("Mr Quispe said he hoped the truckers would return to the table next week.");
        assertThat(e.statement("he hoped the truckers")).get()
                .satisfies(s -> assertThat(s.text()).isEqualTo("he hoped the truckers would return to the table next week"));
    }

    @Test
    void wordsOfAFrontedReportHungOnTheSpeechVerbStayInTheReport() {
        Extracted e = extract("The two sides have until Friday to respond to the mediators' proposal, Ecuador's foreign "
                + "ministry said on Wednesday.");
        assertThat(e.statements()).singleElement().satisfies(s ->
                assertThat(s.text()).isEqualTo("The two sides have until Friday to respond to the mediators' proposal"));
    }

    @Test
    void aClosingSourceTheParserTookForAnAppositionSpeaksTheWholeClause() {
        Extracted e = extract("The growers want a floor price for cocoa, a cooperative official said.");
        assertThat(e.speakerOf("want a floor price for cocoa")).isEqualTo("cooperative official");
        assertThat(e.statement("floor price").map(StatementCandidate::text)).contains("The growers want a floor price for cocoa");
        // a source set off by its own comma, with its name in apposition, is the subject it seems
        Extracted named = extract("The ferry service will resume in May, the harbour master, Ines Vidal said.");
        assertThat(named.speakerOf("ferry service will resume")).isEqualTo("Ines Vidal");
        assertThat(named.statement("ferry service").map(StatementCandidate::text)).contains("The ferry service will resume in May");
    }

    @Test
    void aParticipleAfterAQuotationsAttributionIsTheQuotersNotTheQuotations() {
        Extracted e = extract("\"The vote will go ahead,\" the electoral commissioner Rosa Lindqvist told a radio station, "
                + "arguing that the ballots were already printed.");
        assertThat(e.speakerOf("the ballots were already printed")).isEqualTo("Rosa Lindqvist");
    }

    @Test
    void speechSomeoneIsAskedToMakeIsNotTheirStatement() {
        Extracted e = extract("Student unions demanded that the Chilean government condemn the police raid on the campus.");
        assertThat(e.statements()).noneMatch(s -> e.name(s.speaker()).equals("Chile"));
        Extracted urged = extract("The bishops urged Chile to reject the mining licence for the glacier.");
        assertThat(urged.statements()).noneMatch(s -> urged.name(s.speaker()).equals("Chile"));
        // what they did say is still said
        Extracted said = extract("The rector condemned the police raid on the campus, a university spokesman said.");
        assertThat(said.speakerOf("condemned the police raid")).contains("spokesman");
    }

    @Test
    void whoIsReportedToHaveSaidAQuotationSaidIt() {
        Extracted e = extract("Ms Ines Vidal met the Uruguayan minister on Sunday. \"Empty nets on both shores help nobody,\" "
                + "she is reported to have said.");
        assertThat(e.speakerOf("Empty nets")).isEqualTo("Ines Vidal");
    }

    @Test
    void whatSomeoneWouldHaveToSayForAConditionIsNotTheirStatement() {
        Extracted e = extract("Argentina will keep the bridge closed unless Uruguay agrees that the pulp mill must go, Ms Ines "
                + "Vidal said.");
        assertThat(e.statements()).noneMatch(st -> e.name(st.speaker()).equals("Uruguay"));
        assertThat(e.speakerOf("keep the bridge closed")).isEqualTo("Ines Vidal");
    }
}
