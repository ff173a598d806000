package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.ActorCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** Who "he", "she", "the minister" and "the president" are, on articles written for the test. */
@ExtendWith(SharedPipeline.class)
class PronounsAndRolesTest {
    private final Pipeline pipeline;

    PronounsAndRolesTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    @Test
    void theAbbreviatedTitlesOfSouthAsianAndGulfPapersAreTitles() {
        Extracted e = extract("""
                Ghana's FM Kofi Mensah and Togo's PM Yao Agbeko held talks in Lome on Saturday, the session ending at 5 PM.

                Ghanaian FM in a post on X thanked his hosts. "I am proud of what our two countries did today," he wrote.
                """);
        assertThat(e.speakerOf("I am proud of what our two countries did today")).isEqualTo("Kofi Mensah");
        assertThat(e.actor("Kofi Mensah").flatMap(ActorCandidate::affiliation).map(e::name)).contains("Ghana");
    }

    @Test
    void aRoleNounSetBesideANameEarlierMeansThatPerson() {
        Extracted facilitator = extract("""
                Talks on the fishing dispute resumed in Banjul under Amadou Diallo, the facilitator named by the regional bloc.

                "Both teams have moved, but not far enough," the facilitator told reporters on Tuesday.
                """);
        assertThat(facilitator.speakerOf("Both teams have moved")).isEqualTo("Amadou Diallo");
        Extracted chair = extract("""
                The chairman of the panel, retired judge Ines Okafor, opened the hearing in Abuja.

                The chairman demanded that both parties withdraw their troops from the border villages.
                """);
        assertThat(chair.demands()).singleElement().satisfies(d -> assertThat(chair.name(d.demander())).isEqualTo("Ines Okafor"));
    }

    @Test
    void aChurchmansTitleIsATitleAndItsRoleNounMeansHim() {
        Extracted e = extract("""
                Cardinal Anton Weiss, the envoy of the Holy See, opened the border talks in Quito on Monday.

                The cardinal called on Peru to withdraw its troops from the border villages.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(e.name(d.demander())).isEqualTo("Anton Weiss"));
    }

    @Test
    void aPronounAfterASentenceAboutSomeonesWordsIsThatPerson() {
        Extracted e = extract("""
                Peruvian minister Luis Torres and Chilean minister Pedro Soto signed a border accord in Lima on Monday.
                Soto praised the deal. Torres's own summary on Monday night was gloomier. On television on Tuesday \
                he told viewers that the deal was too weak.
                """);
        assertThat(e.statements()).anySatisfy(st -> {
            assertThat(st.text()).contains("the deal was too weak");
            assertThat(e.name(st.speaker())).isEqualTo("Luis Torres");
        });
    }

    @Test
    void aStatesmanOfACountryIsItsPersonNotTheCountry() {
        Extracted e = extract("""
                Ghanaian President Kofi Mensah congratulated the two leaders. "Our region has shown that dialogue \
                can end a war," the Ghanaian statesman said.
                """);
        assertThat(e.speakerOf("Our region has shown that dialogue")).isEqualTo("Kofi Mensah");
    }

    @Test
    void thePreviousSentencesSubjectBeatsTheLastSpeaker() {
        Extracted e = extract("""
                "We will not sign anything today," Chilean negotiator Andres Vidal told reporters in Lima.

                Peruvian negotiator Carmen Soto stayed behind to brief her team. "I expect a long night," she said.
                """);
        assertThat(e.speakerOf("I expect a long night")).isEqualTo("Carmen Soto");
    }

    @Test
    void theSubjectOfThePronounsOwnSentenceBeatsThatOfTheSentenceBefore() {
        Extracted e = extract("""
                The Chilean president, Mr Mario Solis, told reporters that the referendum in the south would be held on \
                the same day. Mr Rada said that nobody should underestimate the difficulties ahead, but he urged the \
                parties to "take this chance and make it work".
                """);
        assertThat(e.speakerOf("take this chance")).isEqualTo("Rada");
    }

    @Test
    void aNameOpeningTheSentenceBeforeIsItsSubjectWhateverTheParserMakesOfItsRelativeClause() {
        Extracted e = extract("""
                Zambian President Peter Banda met Malawian Prime Minister John Phiri in Lusaka. "We have a deal," Phiri \
                told reporters. Banda, who was accompanied by deputy minister Paul Tembo, sounded more cautious. He said \
                Lusaka would give its answer on Monday.
                """);
        assertThat(e.speakerOf("Lusaka would give its answer")).isEqualTo("Peter Banda");
        Extracted whose = extract("""
                Ghanaian President Enver Okafor and Togolese President Ama Dossou put their initials on the accord in a \
                plain conference room, with Foreign Secretary Samuel Finch at the head of the table.

                "Two neighbours who fought over this line have chosen to share it," Finch told the ceremony.

                Okafor, whose delegation held out until the final hours over the map, struck a somber note. "This is \
                not the deal we wanted," he said.
                """);
        assertThat(whose.speakerOf("This is not the deal we wanted")).as("the parser hangs the whose-clause on the name")
                .isEqualTo("Enver Okafor");
    }

    @Test
    void aGivenNameTellsTheGenderNoTitleTells() {
        Extracted e = extract("""
                Peruvian negotiator Carmen Soto met her Chilean counterpart Andres Vidal on Monday.

                Vidal left the room after an hour. "The offer is not serious," she said later.
                """);
        assertThat(e.speakerOf("The offer is not serious")).isEqualTo("Carmen Soto");
    }

    @Test
    void theMinisterIsNotThePrimeMinister() {
        Extracted e = extract("""
                Peruvian Foreign Minister Ingrid Salazar landed in Santiago on Monday.

                Peruvian Prime Minister Luis Paredes met the Chilean delegation on Tuesday. The minister added that \
                the commission would meet in April.
                """);
        assertThat(e.speakerOf("the commission would meet in April")).isEqualTo("Ingrid Salazar");
    }

    @Test
    void aPluralTitleSharedOutOverOfPhrasesGivesEachHolderTheOfficeOfHisCountry() {
        Extracted e = extract("""
                The foreign ministers of Chile, Ana Torres, and of Bolivia, Luis Quispe, met in Arica on Monday.

                "The water belongs to both peoples," said the Bolivian minister. "We will share the data," the \
                Chilean foreign minister said.
                """);
        assertThat(e.speakerOf("The water belongs to both peoples")).isEqualTo("Luis Quispe");
        assertThat(e.speakerOf("We will share the data")).isEqualTo("Ana Torres");
    }

    @Test
    void aNameAfterAnOfPhraseWithNoPluralTitleGetsNoOffice() {
        Extracted e = extract("""
                In the capital of Bolivia, Luis Quispe spoke to reporters on Monday.

                "The water belongs to both peoples," said the Bolivian minister.
                """);
        assertThat(e.speakerOf("The water belongs to both peoples")).isNotEqualTo("Luis Quispe");
    }

    @Test
    void theHeadOfStateIsThePresidentOfThatCountry() {
        Extracted e = extract("""
                Chilean President Ana Torres and Bolivian President Luis Quispe met in Arica on Monday.

                "The water belongs to both peoples," declared the Bolivian head of state.
                """);
        assertThat(e.speakerOf("The water belongs to both peoples")).isEqualTo("Luis Quispe");
    }

    @Test
    void aTitleSynonymFindsTheSalientHolder() {
        Extracted e = extract("""
                Bolivian leader Jorge Quiroga welcomed Paraguayan President Ana Benitez to La Paz. The president urged \
                the truckers to end the blockade.
                """);
        assertThat(e.speakerOf("the truckers to end the blockade")).isEqualTo("Jorge Quiroga");
    }

    @Test
    void heAfterAnUnnamedRoleSubjectIsThatPerson() {
        Extracted e = extract("""
                Colombian President Ana Benitez opened the talks on Monday.

                A rebel commander accused the army of burning crops along the river. He also said his men would \
                hold their positions until the spring.
                """);
        assertThat(e.speakerOf("his men would hold their positions")).isEqualTo("rebel commander");
    }

    @Test
    void heIsNeverAGroup() {
        Extracted e = extract("""
                Analysts said the talks were unlikely to succeed.

                Few expect a deal this month, said Peruvian analyst Hugo Cabrera. He added that both sides needed time.
                """);
        assertThat(e.speakerOf("both sides needed time")).isEqualTo("Hugo Cabrera");
    }

    @Test
    void theAuthorOfCommentsIsWhoSpeaksInThem() {
        Extracted e = extract("""
                Chilean President Tomas Ortega and Peruvian President Luis Paredes signed the declaration on Monday.

                The text drew on remarks made by Ortega at a lunch with Paredes on Saturday, where he said the old \
                railway would run again.
                """);
        assertThat(e.speakerOf("the old railway would run again")).isEqualTo("Tomas Ortega");
    }

    @Test
    void aRoleWithTheCountrysOtherDemonymIsThatCountrysHolder() {
        Extracted e = extract("""
                Peruvian President Rosa Quispe and Ecuadorian President Jaime Vera met in Brasilia on Monday.

                "We have not signed the treaty of our dreams," said the Ecuadorian president.
                """);
        assertThat(e.statement("treaty of our dreams")).hasValueSatisfying(st ->
                assertThat(e.name(st.speaker())).as("'Ecuadorian', not only the ISO list's 'Ecuadorean'").isEqualTo("Jaime Vera"));
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(e.partyNames(n)).contains("Peru", "Ecuador"));
    }

    @Test
    void aRoleThatServesAStateIsNotTheHeadOfStateJustQuoted() {
        Extracted e = extract("""
                Ghanaian President Kofi Mensah met reporters in Accra on Monday and said the accord was final.

                "We will study every clause with care," the envoy added.
                """);
        assertThat(e.speakerOf("We will study every clause")).isNotEqualTo("Kofi Mensah");
        Extracted official = extract("""
                Ghanaian President Kofi Mensah met reporters in Accra on Monday and said the accord was final.

                "We will study every clause with care," the official added.
                """);
        assertThat(official.speakerOf("We will study every clause")).as("an official may be anyone just quoted")
                .isEqualTo("Kofi Mensah");
    }

    @Test
    void aPronounAfterATitledNameTheParserHangsOnItsTitleIsThatPerson() {
        Extracted e = extract("""
                Kenyan Foreign Minister Peter Otieno met Ugandan Prime Minister Joseph Okello in Entebbe on Sunday.
                "Our boats will stay on the lake," Okello said. The Tanzanian President John Mrema said Tanzania would \
                host the next round. "Arusha has room for everyone," he said.
                """);
        assertThat(e.speakerOf("Arusha has room for everyone")).isEqualTo("John Mrema");
    }

    @Test
    void theHeadOfGovernmentIsThePrimeMinisterButTheMinisterIsNot() {
        Extracted e = extract("""
                Kenyan Foreign Minister Amina Odhiambo met Ugandan Prime Minister Joseph Okello in Entebbe on Sunday.
                "Our boats will stay on the lake," the Ugandan head of government said. "We did not come to quarrel," \
                the Ugandan minister said.
                """);
        assertThat(e.speakerOf("Our boats will stay on the lake")).isEqualTo("Joseph Okello");
        assertThat(e.statement("We did not come to quarrel")).isPresent();
        assertThat(e.speakerOf("We did not come to quarrel")).isNotEqualTo("Joseph Okello");
    }

    @Test
    void aMinisterWhoAffirmsThatSomethingIsSoReportsIt() {
        Extracted e = extract("""
                Kenyan Foreign Minister Amina Odhiambo met her Ugandan counterpart in Entebbe on Sunday. Odhiambo \
                affirmed that the lake belongs to both nations.
                """);
        assertThat(e.statement("the lake belongs to both nations")).get()
                .satisfies(st -> assertThat(e.name(st.speaker())).isEqualTo("Amina Odhiambo"));
    }

    @Test
    void aPronounAfterSomeoneSpokeByRoleIsThatPerson() {
        Extracted e = extract("""
                Ugandan Prime Minister Joseph Okello hosted Kenyan Foreign Minister Peter Otieno at Entebbe on Sunday.
                "The lake feeds both our peoples," Otieno said. The Ugandan leader promised that patrol boats would \
                stay in port. "Nobody wants another seizure," he said.
                """);
        assertThat(e.speakerOf("patrol boats would stay in port")).isEqualTo("Joseph Okello");
        assertThat(e.speakerOf("Nobody wants another seizure")).isEqualTo("Joseph Okello");
    }

    @Test
    void theForeignMinisterIsNotTheDefenceMinisterNamedLast() {
        Extracted e = extract("""
                Ghana's foreign minister, Kofi Mensah, met his Togolese counterpart Ama Kodjo in Lome on Monday. \
                Later, Togo's defence minister, Yao Agbeko, joined them. "We are close to a deal," the foreign \
                minister said.
                """);
        assertThat(e.speakerOf("We are close to a deal")).isEqualTo("Kofi Mensah");
    }

    @Test
    void theyAfterAGroupsLeadersAreTheGroup() {
        for (String subject : new String[] {"Leaders of the Tuareg rebels", "Tuareg rebel leaders"}) {
            Extracted e = extract(subject + " gathered in Kidal on Sunday. They demanded that Mali withdraw its troops "
                    + "from the north.");
            assertThat(e.demands()).as(subject).singleElement().satisfies(d -> assertThat(e.name(d.demander())).startsWith("rebels"));
        }
    }

    @Test
    void aPluralPronounAfterTwoPeopleWhoAreTheSubjectIsNotAGroupOfTheHeadline() {
        Extracted e = extract("""
                Fishing talks close as protesters picket the harbour

                LISBON (Wire) - Ana Dias and Kofi Mensah met in Lisbon on Monday after their deputies signed a pact on \
                shared fishing grounds off the Azores.
                """);
        assertThat(e.negotiations()).isNotEmpty().allSatisfy(n -> assertThat(e.partyNames(n)).doesNotContain("protesters"));
    }
}
