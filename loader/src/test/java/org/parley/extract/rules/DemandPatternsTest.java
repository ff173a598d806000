package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.DemandCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/**
 * Demands from each construction the demand patterns know, and from none of their false friends,
 * on sentences written for this test about invented talks.
 */
@ExtendWith(SharedPipeline.class)
class DemandPatternsTest {
    private final Pipeline pipeline;

    DemandPatternsTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    /** "demander -> addressee: topic", with "?" for no addressee. */
    private static List<String> described(Extracted e) {
        return e.demands().stream()
                .map(d -> e.name(d.demander()) + " -> " + d.addressee().map(e::name).orElse("?") + ": " + d.topic())
                .toList();
    }

    private static List<String> byTopic(Extracted e) {
        return e.demands().stream().map(d -> e.name(d.demander()) + ": " + d.topic()).toList();
    }

    // --- calls, urging, demanding, insisting ---------------------------------------------------

    @Test
    void callingForSomethingDemandsItOfTheSubject() {
        Extracted e = extract("Colombia called for a bilateral truce in the southern provinces.");
        assertThat(byTopic(e)).containsExactly("Colombia: ceasefire");
        assertThat(e.demands().get(0).provenance().rule()).isEqualTo("demand/called-for");
    }

    @Test
    void callingOnSomeoneWithAParticleParseAddressesThem() {
        Extracted e = extract("Peru called on Bolivia to free the jailed activists.");
        assertThat(described(e)).containsExactly("Peru -> Bolivia: prisoner-exchange");
    }

    @Test
    void aSecondCallJoinedToTheFirstCallsContentIsStillTheCallersOwn() {
        Extracted e = extract("President Obi called on the rebels to lay down their weapons and urged Ghana to reopen the border.");
        assertThat(e.demands()).hasSize(2).allSatisfy(d -> assertThat(e.name(d.demander())).isEqualTo("Obi"));
        assertThat(e.demands().get(1).addressee().map(e::name)).contains("Ghana");
        assertThat(e.statements()).noneMatch(st -> e.name(st.speaker()).equals("rebels"));
    }

    @Test
    void aPastCallTheParserJoinedToADemandedClauseIsTheDemandersOwn() {
        Extracted e = extract("Former president Ana Soto demanded that rebel commanders serve time in prison and urged "
                + "voters to reject the accord.");
        assertThat(e.demands()).hasSize(2).allSatisfy(d -> assertThat(e.name(d.demander())).isEqualTo("Ana Soto"));
        assertThat(e.statements()).noneMatch(st -> e.name(st.speaker()).contains("commanders"));
    }

    @Test
    void aSecondReportTheParserJoinedToWhatTheFirstReportedIsTheReportersOwn() {
        Extracted called = extract("Foreign Minister Kofi Owusu said the rebels must now show that they were serious about "
                + "peace and called on the fighters to release all hostages held in their camps.");
        assertThat(called.demands()).filteredOn(d -> d.text().contains("release all hostages"))
                .singleElement().satisfies(d -> assertThat(called.name(d.demander())).isEqualTo("Kofi Owusu"));
        Extracted warned = extract("President John Asante told the nation that Ghana had won the right to the disputed "
                + "islands but warned that Togo must withdraw its troops.");
        assertThat(warned.demands()).singleElement()
                .satisfies(d -> assertThat(warned.name(d.demander())).isEqualTo("John Asante"));
        assertThat(warned.statements()).noneMatch(st -> warned.name(st.speaker()).equals("Ghana"));
        // A plain past in the reported clause may well share its subject with the verb joined to it.
        Extracted seized = extract("Kofi Owusu said the rebels seized the town on Friday and demanded that the government "
                + "pay a ransom.");
        assertThat(seized.demands()).singleElement()
                .satisfies(d -> assertThat(seized.name(d.demander())).isNotEqualTo("Kofi Owusu"));
    }

    @Test
    void theReasonGivenForACallIsNotCalledFor() {
        for (String sentence : List.of(
                "Chilean Foreign Minister Luis Soto called on donors to back the accord, saying the treasury could not "
                        + "fund the resettlement of displaced families or the rebuilding of schools.",
                "Luis Soto called on the international community to support the agreement, saying the treasury did not "
                        + "have the means to cover the resettlement of families and the rebuilding of schools.")) {
            Extracted e = extract(sentence);
            assertThat(e.demands()).as(sentence).singleElement().satisfies(d -> {
                assertThat(d.text()).doesNotContain("treasury").doesNotContain("schools");
                assertThat(e.name(d.demander())).isEqualTo("Luis Soto");
            });
        }
    }

    @Test
    void aProposalInTheSubjunctiveAsksButAViewSuggestedDoesNot() {
        Extracted e = extract("Peru proposed that Bolivia withdraw its troops from the border.");
        assertThat(described(e)).containsExactly("Peru -> Bolivia: troop-withdrawal");
        assertThat(extract("Peru suggested that the talks had failed.").demands()).isEmpty();
    }

    @Test
    void anUrgedActInQuotationMarksIsStillUrgedOfWhomTheVerbAddresses() {
        Extracted e = extract("""
                Ghana's foreign ministry said the president had urged both men to "keep moving forward and never \
                look back."
                """);
        assertThat(e.demands()).hasSize(1);
        assertThat(e.name(e.demands().get(0).demander())).isEqualTo("president");
        assertThat(e.demands().get(0).text()).contains("keep moving forward").doesNotContain("both men");
        assertThat(e.speakerOf("keep moving forward and never look back")).isEqualTo("president");
    }

    @Test
    void whoConfirmsTheConditionIsNotWhoSetsIt() {
        Extracted e = extract("Peruvian Prime Minister Luis Rojas said the prisoners would go free only when the central "
                + "bank of Chile confirmed that the funds had arrived.");
        assertThat(e.demands()).hasSize(1);
        assertThat(e.name(e.demands().get(0).demander())).isEqualTo("Luis Rojas");
        assertThat(e.demands().get(0).addressee().map(e::name)).contains("Chile");
    }

    @Test
    void aPastEventThatDatesAnOrderIsNotOrdered() {
        Extracted e = extract("President Kofi Mensah ordered the army to halt all operations against the rebels from "
                + "midnight on Sunday, a day after government and rebel negotiators closed a peace deal in Lome.");
        assertThat(e.demands()).hasSize(1);
        assertThat(e.demands().get(0).text()).contains("halt all operations").doesNotContain("closed");
    }

    @Test
    void warningSomeoneAgainstAnActDemandsItNotHappen() {
        Extracted e = extract("Chile warned Peru against any move to annex the island.");
        assertThat(described(e)).containsExactly("Chile -> Peru: annexation");
        assertThat(e.actor("Iceland")).isEmpty();
    }

    @Test
    void aCallOnSomeoneARelativeClauseDescribesStillAsksThem() {
        Extracted e = extract("President Ali Hassan called on the Patriotic Front, which was not a party to the talks, "
                + "to lay down its arms.");
        assertThat(described(e)).containsExactly("Ali Hassan -> Patriotic Front: demilitarization");
    }

    @Test
    void aSubjunctiveThatLooksLikeAPastIsStillDemanded() {
        Extracted e = extract("Rights activist Ama Serwaa said the amnesty was a mistake and demanded that Ghana set up "
                + "a truth commission.");
        assertThat(e.demands()).hasSize(1);
        assertThat(e.name(e.demands().get(0).demander())).isEqualTo("Ama Serwaa");
        assertThat(e.demands().get(0).text()).contains("set up a truth commission");
    }

    @Test
    void aDemandInARelativeClauseIsMadeByTheNounTheClauseHangsOn() {
        Extracted e = extract("Chad, which insists that Sudan withdraw its troops from the border, sent two envoys.");
        assertThat(described(e)).containsExactly("Chad -> Sudan: troop-withdrawal");
        Extracted who = extract("The northern rebels, who demanded that Chad free their commanders, left the talks.");
        assertThat(who.demands()).isNotEmpty().allSatisfy(d -> assertThat(who.name(d.demander())).startsWith("rebels"));
    }

    @Test
    void aCallAfterAWhoseClauseIsMadeByTheOneTheClauseDescribes() {
        Extracted e = extract("Ghanaian President Kofi Mensah, whose government hosted the talks, called on the rebels "
                + "to respect the truce and urged donors to fund the rebuilding.");
        assertThat(e.demands()).hasSize(2).allSatisfy(d -> assertThat(e.name(d.demander())).isEqualTo("Kofi Mensah"));
    }

    @Test
    void aConditionWhoseLongObjectComesLastIsStillDemanded() {
        Extracted e = extract("Soto has set as a condition for any settlement the complete withdrawal of Peruvian troops "
                + "from the border.");
        assertThat(byTopic(e)).containsExactly("Soto: troop-withdrawal");
    }

    @Test
    void aDemandSomeoneRejectsWasMadeOfThem() {
        assertThat(described(extract("Chile rejected Peru's demand for a new census."))).containsExactly("Peru -> Chile: other");
        assertThat(described(extract("Chile rejected a Peruvian demand that the census be repeated.")))
                .containsExactly("Peru -> Chile: other");
    }

    @Test
    void aCallWhoseQuotedActTheParserTakesForAPhraseIsStillACall() {
        Extracted e = extract("Ghanaian President Kofi Mensah called on both sides to \"walk the talk\" and urged donors "
                + "to fund the rebuilding.");
        assertThat(e.demands()).anySatisfy(d -> {
            assertThat(d.text()).contains("walk the talk");
            assertThat(e.name(d.demander())).isEqualTo("Kofi Mensah");
        });
    }

    @Test
    void wantingSomethingDoneDemandsItWithNobodyAskedToDoIt() {
        Extracted e = extract("Bolivia wants the sanctions lifted before the vote, its envoy said.");
        assertThat(byTopic(e)).containsExactly("Bolivia: sanctions-relief");
        assertThat(e.demands().get(0).provenance().rule()).isEqualTo("demand/wants-it-done");
    }

    @Test
    void everydayWordsOfTradeAccessAndRestraintNameTheirTopics() {
        Extracted e = extract("""
                Chile wants Argentina to lower its import duties on processed copper.

                Peru urged Bolivia to let the Red Cross visit all detention centres.

                Ecuador called on both governments to refrain from provocative actions along the border.
                """);
        assertThat(byTopic(e)).contains("Chile: trade-and-tariffs", "Peru: aid-access", "Ecuador: de-escalation");
    }

    @Test
    void theWordsOfSecurityDiplomacyAidAndGovernmentNameTheirTopics() {
        Extracted e = extract("""
                Chile asked Peru to share intelligence on smuggling networks.

                Bolivia called for the reopening of embassies in both capitals.

                Ecuador called for debt relief and budget support.

                Uruguay demanded the restoration of electricity in the northern towns.

                Paraguay demanded a power-sharing arrangement in the provinces.

                Brazil urged Venezuela to fulfil its commitments under the accord.

                Guyana called for the demarcation of the river frontier.

                Panama demanded the extradition of the former commander.

                Cuba urged Honduras to return to the negotiating table.
                """);
        assertThat(byTopic(e)).contains("Chile: security-cooperation", "Bolivia: diplomatic-relations",
                "Ecuador: economic-aid", "Uruguay: basic-services", "Paraguay: regime-change", "Brazil: implementation",
                "Guyana: territorial-recognition", "Panama: accountability", "Cuba: negotiations");
    }

    @Test
    void theWordsOfBackingMilitarisationTheMissingAndNewInstitutionsNameTheirTopics() {
        Extracted e = extract("""
                Chile demanded that Peru halt its support for the armed movement.

                Bolivia insisted that Paraguay stop the militarisation of the border.

                Ecuador called on Colombia to reveal the whereabouts of the disappeared.

                Uruguay called for a constituent assembly.
                """);
        assertThat(byTopic(e)).contains("Chile: military-support", "Bolivia: demilitarization", "Ecuador: accountability",
                "Uruguay: regime-change");
    }

    @Test
    void whatASideWantsIsItsDemand() {
        Extracted e = extract("Bolivia wants direct talks with Chile and the release of political prisoners.");
        assertThat(byTopic(e)).contains("Bolivia: negotiations", "Bolivia: prisoner-exchange");
        assertThat(extract("Bolivia expects talks with Chile next year.").demands()).isEmpty();
    }

    @Test
    void whatPeopleNobodyNamesWantIsNotTheSpeakersDemand() {
        Extracted quoted = extract("\"Our fishermen want calm waters more than anything,\" said Bolivian envoy Ana Quispe.");
        assertThat(quoted.speakerOf("Our fishermen want calm waters")).isEqualTo("Ana Quispe");
        assertThat(quoted.demands()).isEmpty();
        Extracted reported = extract("The herders want their grazing rights back, the governor said. Bolivia wants a new "
                + "survey of the border, she added.");
        // the herders' own wish, as a group that asks, not the governor's
        assertThat(byTopic(reported)).containsExactly("herders: other", "Bolivia: other");
    }

    @Test
    void whatAPassiveSaysWasDemandedBySomeoneIsTheirDemand() {
        Extracted e = extract("A toll-free border crossing was demanded by Bolivia and Paraguay at every meeting.");
        assertThat(e.demands()).hasSize(2).allSatisfy(d -> assertThat(d.text()).isEqualTo("A toll-free border crossing"));
        assertThat(e.demands().stream().map(d -> e.name(d.demander()))).containsExactlyInAnyOrder("Bolivia", "Paraguay");
    }

    @Test
    void refusingToAcceptSomethingRefusesIt() {
        Extracted e = extract("Bolivia refused to accept a ceasefire line drawn through the lowlands.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Bolivia");
            assertThat(d.text()).isEqualTo("a ceasefire line drawn through the lowlands");
        });
        assertThat(extract("The Bolivian council refuses to recognise the rebel courts.").demands()).isEmpty();
    }

    @Test
    void anOfPhraseAfterAnAsideInCommasIsPartOfWhatIsDemanded() {
        Extracted e = extract("Bolivia insisted on the return, without delay, of the trawlers held in the port.");
        assertThat(e.demands()).singleElement().satisfies(d ->
                assertThat(d.text()).isEqualTo("the return, without delay, of the trawlers held in the port"));
    }

    @Test
    void aCallOnPeopleAnActiveRelativeClauseDescribesAsksThemHoweverOnIsParsed() {
        for (String text : List.of(
                "President Ana Dias called on rival chiefs who had stayed away from the talks to judge the pact by its fruits.",
                "Dias called on Andean leaders who had stayed away from the summit to judge the pact by its fruits.")) {
            assertThat(extract(text).demands()).as(text).singleElement()
                    .satisfies(d -> assertThat(d.text()).isEqualTo("judge the pact by its fruits"));
        }
        assertThat(extract("Bolivia's foreign minister, Ana Dias, called on the mayors who had promised to attend.").demands())
                .isEmpty();
    }

    @Test
    void whatAPassiveReportSaysSomeonePressedForIsTheirDemand() {
        Extracted e = extract("Paraguay, for its part, is said to have pressed for the river ports to be reopened quickly.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Paraguay");
            assertThat(d.text()).isEqualTo("the river ports to be reopened quickly");
        });
        Extracted expected = extract("Paraguay's envoy, Ana Dias, said on Monday that the Bolivians are expected to call for "
                + "a vote on the river ports.");
        assertThat(expected.demands()).noneMatch(d -> expected.name(d.demander()).equals("Bolivia"));
    }

    @Test
    void whomAVerbPressesForSomethingIsAskedNotWhomTheThingNames() {
        Extracted e = extract("Colombia pressed Venezuela for closer cooperation against the ELN.");
        assertThat(described(e)).containsExactly("Colombia -> Venezuela: other");
        assertThat(e.demands()).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("closer cooperation against the ELN"));
    }

    @Test
    void anAppositionThatDescribesWhatIsNamedIsNotAskedFor() {
        Extracted e = extract("Colombia has demanded that Venezuela stop supporting the ELN, a guerrilla group that "
                + "took up arms again last year in the border valleys.");
        assertThat(e.demands()).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("Venezuela stop supporting the ELN"));
    }

    @Test
    void whatNoTopicNamesIsADemandOfTheCatchAllTopic() {
        Extracted e = extract("Peru called on Bolivia to publish the census figures.");
        assertThat(described(e)).containsExactly("Peru -> Bolivia: other");
    }

    @Test
    void callingOnSomeoneToActAddressesThem() {
        Extracted e = extract("Kenyan President Daniel Mwangi called on Somalia to withdraw its troops from the border.");
        assertThat(described(e)).containsExactly("Daniel Mwangi -> Somalia: troop-withdrawal");
    }

    @Test
    void appealingToSomeoneToActAddressesThem() {
        Extracted e = extract("Chile appealed to Peru to reopen the border crossings.");
        assertThat(described(e)).containsExactly("Chile -> Peru: blockade");
    }

    @Test
    void urgingSomeoneToActAddressesThem() {
        Extracted e = extract("Norway urged Serbia to resume talks with Kosovo.");
        assertThat(described(e)).contains("Norway -> Serbia: negotiations");
    }

    @Test
    void tellingOrOrderingSomeoneToActAddressesThem() {
        Extracted e = extract("Bolivia told Chile to withdraw its troops from the border. The council ordered the "
                + "militias to hand over their heavy weapons.");
        assertThat(described(e)).contains("Bolivia -> Chile: troop-withdrawal");
        assertThat(extract("Bolivia told reporters to expect a ceasefire within days.").demands()).isEmpty();
    }

    @Test
    void urgingSomethingDemandsIt() {
        Extracted e = extract("Kenya urged restraint on Saturday.");
        assertThat(byTopic(e)).containsExactly("Kenya: de-escalation");
    }

    @Test
    void whoHoldsThePeopleToBeReleasedIsAskedNotTheirOwnSide() {
        Extracted e = extract("Rwanda demanded the release of Congolese prisoners held in Ugandan jails.");
        assertThat(e.demands()).singleElement().satisfies(d ->
                assertThat(d.addressee().map(e::name)).contains("Uganda"));
        Extracted plain = extract("Uganda called for the release of Congolese detainees.");
        assertThat(plain.demands()).singleElement().satisfies(d ->
                assertThat(d.addressee().map(plain::name)).isEmpty());
    }

    @Test
    void aDemandedPhraseNamesWhoMustAct() {
        Extracted e = extract("Somalia demanded the withdrawal of Kenyan troops from the Gedo region.");
        assertThat(described(e)).containsExactly("Somalia -> Kenya: troop-withdrawal");
    }

    @Test
    void aDemandedClauseNamesWhoMustActInItsSubject() {
        Extracted e = extract("Kosovo demanded that Serbia recognise the independence of the republic.");
        assertThat(described(e)).containsExactly("Kosovo -> Serbia: territorial-recognition");
    }

    @Test
    void insistingOnSomethingDemandsIt() {
        Extracted e = extract("Serbia insisted on the demilitarization of the northern municipalities.");
        assertThat(byTopic(e)).containsExactly("Serbia: demilitarization");
    }

    @Test
    void aDemandNounBelongsToItsOwner() {
        Extracted e = extract("Norway renewed its call for an immediate truce. Kenya's demand for the withdrawal of "
                + "Somali troops was rejected in Nairobi.");
        assertThat(described(e)).contains("Norway -> ?: ceasefire", "Kenya -> Somalia: troop-withdrawal");
    }

    @Test
    void wantingSomeoneToActDemandsIt() {
        Extracted e = extract("Kenya wants Somalia to pull its troops out of the Gedo region, officials in Nairobi said.");
        assertThat(described(e)).containsExactly("Kenya -> Somalia: troop-withdrawal");
    }

    @Test
    void aSecondInfinitiveTheParserHangsOnTheMainVerbIsWantedToo() {
        Extracted e = extract("Envoy Marta Solis said Chile wanted Peru to withdraw its gunboats from the bay, and to "
                + "release the fishermen it holds as prisoners.");
        assertThat(described(e)).contains("Chile -> Peru: troop-withdrawal", "Chile -> Peru: prisoner-exchange");
    }

    @Test
    void whomTheNextMoveIsLeftUpToIsAskedToMakeItInTheSpeakersVoice() {
        Extracted e = extract("Envoy Marta Solis said it was now up to the rebels to release the hostages.");
        assertThat(described(e)).containsExactly("Marta Solis -> rebels: prisoner-exchange");
        assertThat(extract("It is up to the voters to free the country from debt, the editorial argued.").demands()).isEmpty();
        assertThat(extract("The convoy moved up to the border to free the road for the trucks.").demands()).isEmpty();
        assertThat(extract("Envoy Marta Solis said it was not up to the rebels to release the hostages.").demands()).isEmpty();
    }

    @Test
    void warningSomeoneAgainstAnActAsksThemNotToDoIt() {
        Extracted e = extract("Envoy Marta Solis praised the new cabinet, but cautioned the army against breaking the "
                + "truce before the vote.");
        assertThat(described(e)).containsExactly("Marta Solis -> ?: ceasefire");
        assertThat(extract("Envoy Marta Solis warned against reading too much into the handshake.").demands()).isEmpty();
    }

    @Test
    void askingForATreatyToBeRatifiedAsksForItsImplementation() {
        assertThat(byTopic(extract("Envoy Marta Solis urged the senate to ratify the fisheries treaty before the recess.")))
                .containsExactly("Marta Solis: implementation");
        assertThat(byTopic(extract("Envoy Marta Solis said the pact had to be ratified by both parliaments.")))
                .containsExactly("Marta Solis: implementation");
    }

    @Test
    void insistingOnAnActAsksForItButInsistingOnADayDoesNot() {
        assertThat(byTopic(extract("Peru insisted on lifting the blockade of the port before any vote.")))
                .containsExactly("Peru: blockade");
        assertThat(byTopic(extract("Peru insisted on the release of the detained fishermen before the vote.")))
                .containsExactly("Peru: prisoner-exchange");
        assertThat(extract("Peru insisted at the meeting on Monday that the vote go ahead.").demands())
                .extracting(DemandCandidate::text).containsExactly("the vote go ahead");
    }

    @Test
    void givingSomeoneUntilADeadlineToActAsksThemTo() {
        Extracted e = extract("The Chilean government gave the rebels until Friday to hand over their weapons.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Chile");
            assertThat(d.topic()).isEqualTo("demilitarization");
            assertThat(d.text()).isEqualTo("hand over their weapons");
        });
        assertThat(described(extract("Chile has given Peru until the end of the month to pull its gunboats out of the bay.")))
                .containsExactly("Chile -> Peru: troop-withdrawal");
        assertThat(extract("Chile gave Peru a loan until 2030 to build the new port.").demands()).isEmpty();
    }

    @Test
    void aRuleForNobodyIsANormNotADemand() {
        assertThat(extract("\"Nobody should profit from the closure of the harbour,\" Envoy Marta Solis said.").demands())
                .isEmpty();
        assertThat(described(extract("\"Peru should lift its blockade of the harbour,\" Envoy Marta Solis said.")))
                .containsExactly("Marta Solis -> Peru: blockade");
    }

    @Test
    void whatForecastersExpectSomeoneToDoIsAForecast() {
        assertThat(extract("Analysts expect Peru to withdraw its gunboats from the bay by Friday.").demands()).isEmpty();
        assertThat(described(extract("Chile expects Peru to withdraw its gunboats from the bay by Friday.")))
                .containsExactly("Chile -> Peru: troop-withdrawal");
    }

    @Test
    void aProposalToTheOtherSideIsADemandButAnOfferToActOneselfIsNot() {
        assertThat(byTopic(extract("Chile proposed a prisoner swap on Monday."))).containsExactly("Chile: prisoner-exchange");
        assertThat(extract("Chile offered to release fifty prisoners on Monday.").demands()).isEmpty();
    }

    @Test
    void stressingTheImportanceOfSomethingDemandsEachItem() {
        Extracted e = extract("Norwegian envoy Ola Berg went on to stress the importance of disarming the militias and of "
                + "freeing every hostage, and appealed for calm.");
        assertThat(byTopic(e)).contains("Ola Berg: demilitarization", "Ola Berg: prisoner-exchange", "Ola Berg: de-escalation");
    }

    // --- lists, priorities, agendas ---------------------------------------------------------------

    @Test
    void bothGovernmentsAreTheTwoPartiesAskedTogether() {
        Extracted e = extract("""
                Peru and Chile held talks in Lima on Monday. The envoy called on both governments to withdraw their \
                troops. The two governments will meet again next week.
                """);
        assertThat(described(e)).containsExactly("envoy -> Peru and Chile: troop-withdrawal");
        assertThat(e.negotiations()).hasSize(2).allSatisfy(n -> assertThat(n.parties()).hasSize(2));
    }

    @Test
    void urgingSomeoneNoListNamesToActIsStillADemand() {
        Extracted e = extract("The Bolivian president urged the oil consortium to speed up drilling without delay.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).endsWith("president");
            assertThat(d.text()).isEqualTo("speed up drilling without delay");
        });
    }

    @Test
    void aSideWhoseDemandIsOneThingDemandsIt() {
        Extracted e = extract("Bolivia's main demand is a lasting truce along the border.");
        assertThat(described(e)).containsExactly("Bolivia -> ?: ceasefire");
        assertThat(e.demands().get(0).text()).isEqualTo("a lasting truce along the border");
        assertThat(extract("Bolivia's priority last year was a lasting truce along the border.").demands()).isEmpty();
        assertThat(extract("\"Our aim is a lasting truce along the border,\" the Bolivian envoy said.").demands()).isEmpty();
    }

    @Test
    void anAppositionCallingSomethingADemandOfASideIsThatSidesDemand() {
        Extracted e = extract("The talks stalled over the withdrawal of foreign troops, a long-standing demand of the Zapatistas.");
        assertThat(byTopic(e)).containsExactly("Zapatistas: troop-withdrawal");
        Extracted onTheName = extract("After the signing the council is expected to suspend sanctions against Ecuador, a key "
                + "demand of Mendez.");
        assertThat(onTheName.demands()).as("the parser hangs the apposition on the name that ends the phrase").singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("sanctions against Ecuador"));
    }

    @Test
    void wantingSomethingToBeDoneDemandsItWithTheThingInWhatIsDemanded() {
        Extracted e = extract("Bolivia also wants the sanctions to be lifted in stages.");
        assertThat(described(e)).containsExactly("Bolivia -> ?: sanctions-relief");
        assertThat(e.demands().get(0).text()).startsWith("the sanctions to be lifted");
        Extracted expected = extract("Bolivia expected the sanctions on copper to be lifted quickly.");
        assertThat(described(expected)).as("the sanctions are not asked to do anything").singleElement().asString()
                .startsWith("Bolivia -> ?: sanctions");
        assertThat(expected.demands().get(0).text()).startsWith("the sanctions on copper to be lifted");
        Extracted past = extract("Bolivia wanted the sanctions lifted before the vote.");
        assertThat(described(past)).as("the parser tags a bare participle after a past 'wanted' as a past tense")
                .containsExactly("Bolivia -> ?: sanctions-relief");
    }

    @Test
    void aQuestionDemandsNothing() {
        assertThat(extract("Q: Did Chile demand anything on the border?").demands()).isEmpty();
        assertThat(extract("Will Peru demand the return of the islands at the summit?").demands()).isEmpty();
        assertThat(extract("Peru will demand the return of the islands at the summit.").demands()).isNotEmpty();
    }

    @Test
    void aQuestionPutToSomeoneIsNoCondition() {
        Extracted e = extract("Asked if Bolivia would withdraw its troops from the border, the Peruvian envoy declined to comment.");
        assertThat(e.demands()).isEmpty();
    }

    @Test
    void eachItemOfAListIsItsOwnDemand() {
        Extracted e = extract("Colombia's priorities for the next round are a lasting truce, the release of hostages and "
                + "the return of refugees.");
        assertThat(e.demands()).extracting(DemandCandidate::topic)
                .containsExactly("ceasefire", "prisoner-exchange", "return-of-displaced");
        assertThat(e.demands()).extracting(DemandCandidate::text)
                .containsExactly("a lasting truce", "the release of hostages", "the return of refugees");
    }

    @Test
    void aNounBeforeAColonOnlyLabelsTheListAfterIt() {
        Extracted e = extract("Chile and Peru held talks in Lima on Tuesday. \"Our demands are the demands of every farmer: "
                + "lift the blockade, free the prisoners and pay the wages,\" said Ana Reyes, the Chilean minister.");
        assertThat(e.demands()).isNotEmpty().allSatisfy(d -> assertThat(d.text()).doesNotContain("every farmer"));
        assertThat(e.demands()).extracting(DemandCandidate::text).anySatisfy(t -> assertThat(t).contains("lift the blockade"));
        // a noun that is itself the demand keeps it
        assertThat(extract("Peru demanded compensation: $2 billion for the fishermen and their families.").demands())
                .singleElement().satisfies(d -> assertThat(d.topic()).isEqualTo("compensation"));
    }

    @Test
    void aPriorityIsWhatItMeans() {
        Extracted e = extract("Vietnamese Trade Minister Tran Van Minh stressed that the main Vietnamese priority means "
                + "lowering tariffs on textiles.");
        assertThat(e.demands()).extracting(DemandCandidate::topic).containsExactly("trade-and-tariffs");
    }

    @Test
    void anAgendaReportedByOneSideIsThatSidesDemandsItemByItem() {
        Extracted e = extract("The two delegations would discuss reopening the port and paying public-sector wages, "
                + "according to the rebels' radio station.");
        assertThat(e.demands()).extracting(DemandCandidate::topic).containsExactly("blockade", "public-salaries");
        assertThat(e.demands()).allSatisfy(d -> assertThat(e.name(d.demander())).contains("rebels"));
    }

    // --- obligations -------------------------------------------------------------------------------

    @Test
    void anObligationInAQuotationIsTheSpeakersDemand() {
        Extracted e = extract("\"All foreign troops must withdraw from our territory,\" Colombian negotiator Ana Reyes said.");
        assertThat(byTopic(e)).containsExactly("Ana Reyes: troop-withdrawal");
    }

    @Test
    void anObligationInReportedSpeechTakesTheTopicOfItsSubjectNotOfItsSetting() {
        Extracted e = extract("Colombian negotiator Ana Reyes said that the truce should not cover designated terrorist "
                + "groups.");
        assertThat(byTopic(e)).containsExactly("Ana Reyes: terrorist-groups");
    }

    @Test
    void anObligationTheReporterStatesIsNoOnesDemand() {
        assertThat(extract("The truce must hold for a week before the next round of talks.").demands()).isEmpty();
    }

    @Test
    void whatAnAgreementMustIncludeIsDemandedNotTheAgreement() {
        Extracted e = extract("Serbian envoy Milan Petrovic said any settlement must guarantee the return of refugees and "
                + "security guarantees for the minority.");
        assertThat(e.demands()).extracting(DemandCandidate::topic)
                .contains("return-of-displaced", "security-guarantees").doesNotContain("armistice");
    }

    // --- conditions --------------------------------------------------------------------------------

    @Test
    void aConditionIsDemandedOfWhoMustMeetIt() {
        Extracted e = extract("Sudan will not sign any deal unless the paramilitary forces withdraw from the capital.");
        assertThat(byTopic(e)).containsExactly("Sudan: troop-withdrawal");
        assertThat(e.demands().get(0).condition()).hasValueSatisfying(c -> assertThat(c).startsWith("unless"));
    }

    @Test
    void whoRefusesToActUnlessSomethingHappensDemandsIt() {
        Extracted e = extract("""
                Mali and Niger held talks in Niamey on Monday.

                Mali refused to sign unless the annex guaranteed the rights of herders.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Mali");
            assertThat(d.text()).contains("guaranteed the rights of herders");
        });
    }

    @Test
    void whatSomeoneWillNotAcceptUnlessAConditionIsMetIsNoDemandButTheConditionIs() {
        Extracted e = extract("Niger will not accept any truce unless the fighting stops.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Niger");
            assertThat(d.text()).isEqualTo("the fighting stops");
        });
    }

    @Test
    void wishingSomeoneToBeSomethingAsksNoAct() {
        Extracted e = extract("""
                Chilean President Tomas Ortega said he wanted Peru to be "a great and happy neighbour". He wants \
                Bolivia to be disarmed by May.
                """);
        assertThat(described(e)).containsExactly("Tomas Ortega -> Bolivia: demilitarization");
    }

    @Test
    void whatASpeakerSaysTheirOwnSideHasToDoOrWhatNobodyShouldDoubtIsNoDemand() {
        Extracted e = extract("""
                "We have to implement this peace agreement," Chilean President Tomas Ortega said. Nobody in Chile \
                should doubt that peace is better than war, Ortega said. "Neither we want talks for the sake of \
                talks," he added.
                """);
        assertThat(e.demands()).isEmpty();
    }

    @Test
    void aPlainIfOrEvenIfAsksNothingWithoutATopic() {
        Extracted e = extract("""
                The United Nations estimates that ten million people may flee if the invasion continues. Chilean \
                President Tomas Ortega said the accord gives hope, even if all is not done.
                """);
        assertThat(e.demands()).isEmpty();
    }

    @Test
    void anObligationAskedAboutOrATermAgreedByNoOneNamedIsNoDemand() {
        Extracted e = extract("""
                "It was agreed that the talks will continue next week," Chilean spokesman Tomas Vidal said. Peru would \
                review whether the rebels should stay on its list of terrorist groups, Peruvian minister Ana Ruiz said.
                """);
        assertThat(e.demands()).isEmpty();
    }

    @Test
    void whomSomeonePressesForSomethingIsAskedNotWhatIsAsked() {
        Extracted e = extract("Chilean envoy Tomas Vidal pressed the government of Peru for guarantees for the fishermen.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("guarantees for the fishermen"));
    }

    @Test
    void whatASideSetsOrMakesAConditionIsItsDemand() {
        Extracted e = extract("""
                Mali had set the release of 500 prisoners as a condition for starting the talks. Niger made the \
                withdrawal of Malian troops a condition for any deal. Mali set a deadline for the talks. Niger had set as \
                a condition that no foreign troops would enter the border zone.
                """);
        assertThat(byTopic(e)).containsExactlyInAnyOrder("Mali: prisoner-exchange", "Niger: troop-withdrawal", "Niger: other");
    }

    @Test
    void whatSomeoneWantsToSeeFromAnotherIsAskedOfThem() {
        Extracted e = extract("Peru said it wants to see sincerity from the Chilean side.");
        assertThat(described(e)).containsExactly("Peru -> Chile: other");
    }

    @Test
    void aDemandSomeoneIsAskedToPressIsTheAskersRelayed() {
        Extracted e = extract("Mali's government called on the African Union to press the rebels to open the roads into Gao.");
        assertThat(e.demands()).isNotEmpty().allSatisfy(d -> assertThat(e.name(d.demander())).isEqualTo("Mali"));
        assertThat(e.demands()).anySatisfy(d -> assertThat(d.text()).isEqualTo("open the roads into Gao"));
    }

    @Test
    void aConditionAfterOnlyIsDemanded() {
        Extracted e = extract("Pakistan said it would resume trade with India only after India restored the special "
                + "status of the disputed region.");
        assertThat(described(e)).containsExactly("Pakistan -> India: autonomy");
    }

    @Test
    void aConditionWithoutOnlyIsDemandedToo() {
        Extracted e = extract("Thailand said it would observe the truce as long as Cambodia kept its soldiers out of the "
                + "buffer zone.");
        assertThat(described(e)).containsExactly("Thailand -> Cambodia: demilitarization");
        Extracted e2 = extract("Colombia agreed to suspend the offensive on condition that the guerrillas release all "
                + "hostages.");
        assertThat(byTopic(e2)).containsExactly("Colombia: prisoner-exchange");
    }

    @Test
    void whatIsOfferedOnAConditionIsNotDemandedTheConditionIs() {
        Extracted e = extract("Colombian Defence Minister Ana Reyes told the guerrillas they would be offered land if "
                + "they disarmed.");
        assertThat(byTopic(e)).containsExactly("Ana Reyes: demilitarization");
    }

    @Test
    void aThreatOnAConditionDemandsNothing() {
        assertThat(extract("If the truce collapses, the Kenyan army will resume its offensive.").demands()).isEmpty();
    }

    @Test
    void aCircumstanceNoOneMustBringAboutIsNoCondition() {
        assertThat(extract("If the truce holds, aid will reach the northern valleys, Kenyan officials said.").demands())
                .isEmpty();
        assertThat(byTopic(extract("Kenya said it would reopen the border if Somalia withdrew its troops.")))
                .containsExactly("Kenya: troop-withdrawal");
    }

    @Test
    void aTimeLimitInsideADemandIsItsConditionNotAnotherDemand() {
        Extracted e = extract("Norwegian Foreign Minister Ola Berg said the neighbouring states had agreed to halt arms "
                + "deliveries to the militias while the truce lasts.");
        assertThat(byTopic(e)).containsExactly("Ola Berg: weapons-deliveries");
        assertThat(e.demands().get(0).condition()).hasValueSatisfying(c -> assertThat(c).contains("truce lasts"));
    }

    // --- agreed terms, refusals, exchanges ---------------------------------------------------------

    @Test
    void aTermAgreedByOthersIsTheDemandOfTheHostWhoVoicesIt() {
        Extracted e = extract("Norwegian Foreign Minister Ola Berg said the donors had agreed that they would fund the "
                + "reconstruction of the port.");
        assertThat(byTopic(e)).containsExactly("Ola Berg: compensation");
    }

    @Test
    void aSidesOwnCommitmentIsNoDemand() {
        assertThat(extract("\"We agreed that our troops will leave the border zone,\" Peruvian President Luis Soto said.")
                .demands()).isEmpty();
        assertThat(extract("Both governments have agreed to withdraw their troops from the border, Chilean President Marta "
                + "Solis declared.").demands()).isEmpty();
        assertThat(extract("""
                Secretary of State Anna Reyes met her counterpart in Quito on Tuesday.

                Chile and Peru agreed on Tuesday to appoint high-level teams to work toward ending the dispute and to \
                restore staffing at their embassies, Reyes said.
                """).demands()).as("a voice of no known side may be one of those who agreed").isEmpty();
    }

    @Test
    void committingACrimeByAnActIsNoCommitmentToIt() {
        assertThat(extract("Chile said Peru had committed crimes by shelling a hospital on Monday.").demands()).isEmpty();
    }

    @Test
    void aTermOfTheDealVoicedByAMediatorIsDemandedOfTheSideItBinds() {
        Extracted e = extract("Norwegian envoy Ola Berg said that, as part of the agreement, Serbia would pull its police "
                + "out of the northern municipalities.");
        assertThat(described(e)).containsExactly("Ola Berg -> Serbia: troop-withdrawal");
    }

    @Test
    void refusingSomethingDemandsItNotHappen() {
        Extracted e = extract("Cyprus said it would never accept the partition of the island.");
        assertThat(byTopic(e)).containsExactly("Cyprus: territorial-recognition");
    }

    @Test
    void whatASideWouldGetInExchangeIsItsDemand() {
        Extracted e = extract("Colombia offered to free ten fighters in exchange for the release of prisoners held by "
                + "the guerrillas.");
        assertThat(byTopic(e)).containsExactly("Colombia: prisoner-exchange");
    }

    @Test
    void anExchangeAlreadyMadeIsNoDemand() {
        assertThat(extract("Colombia freed ten fighters in exchange for the release of prisoners held by the guerrillas.")
                .demands()).isEmpty();
    }

    @Test
    void whatASideAgreesToPushOthersToDoIsItsDemandWhatItAgreesToDoIsTheHosts() {
        Extracted e = extract("Norwegian Foreign Minister Ola Berg said Kenya had agreed to halt arms shipments and to press "
                + "both armies to pull back from the river.");
        assertThat(byTopic(e)).contains("Ola Berg: weapons-deliveries", "Kenya: troop-withdrawal");
        Extracted own = extract("Colombia agreed to push the guerrillas to free all hostages.");
        assertThat(byTopic(own)).containsExactly("Colombia: prisoner-exchange");
        assertThat(own.demands().get(0).addressee().map(own::name)).hasValueSatisfying(n -> assertThat(n).contains("guerrillas"));
    }

    @Test
    void whatAWishCoversIsDemandedItemByItem() {
        Extracted e = extract("Moldova said it wants to discuss Georgia declaring its neutrality and dropping its bid for "
                + "CSTO membership.");
        assertThat(described(e)).containsExactly("Moldova -> Georgia: neutrality",
                "Moldova -> Georgia: alliance-non-membership");
    }

    @Test
    void wherePlaceADemandAppliesIsNotWhomItAsks() {
        Extracted e = extract("Kenyan President Daniel Mwangi again appealed for a no-fly zone across southern Somalia.");
        assertThat(described(e)).containsExactly("Daniel Mwangi -> ?: no-fly-zone");
    }

    @Test
    void aDemandToStayOutOfAnAllianceIsAddressedToTheSideAskedNotTheAlliance() {
        Extracted e = extract("Moldova wants Georgia to abandon its bid to join the CSTO.");
        assertThat(described(e)).containsExactly("Moldova -> Georgia: alliance-non-membership");
    }

    // --- false friends ----------------------------------------------------------------------------

    @Test
    void callingSomethingANameIsNoDemand() {
        assertThat(extract("Serbian President Milan Petrovic called the accord a path to peace.").demands()).isEmpty();
        assertThat(extract("Petrovic criticised what he called hostile remarks about a truce.").demands()).isEmpty();
    }

    @Test
    void securingADealIsNoDemand() {
        assertThat(extract("Colombia secured a truce deal with the guerrillas on Friday.").demands()).isEmpty();
    }

    @Test
    void whatAnAccordSetsOutIsNoProposal() {
        assertThat(extract("The accord signed by the two governments also set out plans for monitoring the truce.")
                .demands()).isEmpty();
    }

    @Test
    void conditionsForTalksAreNoDemand() {
        assertThat(extract("The Serbian and Kosovar negotiators discussed the conditions for continuing talks.").demands())
                .isEmpty();
    }

    @Test
    void rejectingACallIsNoDemand() {
        assertThat(extract("Serbia rejected calls for a ceasefire in the north.").demands()).isEmpty();
        assertThat(extract("Serbian officials said demands for a ceasefire in the north were premature.").demands()).isEmpty();
    }

    @Test
    void askingDeniedOrAskedByNoOneIsNoDemand() {
        assertThat(extract("Chile did not demand the withdrawal of troops from the border.").demands()).isEmpty();
        assertThat(extract("Chile never called for a ceasefire.").demands()).isEmpty();
        assertThat(extract("Neither side wanted talks for the sake of talks, the Peruvian minister said.").demands())
                .isEmpty();
        assertThat(extract("No one should expect us to give up our weapons, the rebel commander Juan Ortiz said.")
                .demands()).isEmpty();
        assertThat(extract("The rebel commander Juan Ortiz said nobody should expect them to give up their weapons.")
                .demands()).isEmpty();
        assertThat(described(extract("Chile demanded the withdrawal of troops from the border.")))
                .containsExactly("Chile -> ?: troop-withdrawal");
    }

    @Test
    void whatADemandingVerbAsksIsADemandEvenWhenNoWordNamesATopic() {
        assertThat(described(extract("Paraguay and Uruguay held talks in Asuncion on Monday. Paraguay urged Uruguay "
                + "to show more flexibility.")))
                .containsExactly("Paraguay -> Uruguay: other");
        assertThat(extract("Peru wants a legally binding agreement on the river.").demands())
                .singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("a legally binding agreement on the river"));
        assertThat(extract("Paraguay urged Uruguay to show more flexibility and called for an end to the shelling.")
                .demands()).hasSize(2);
    }

    @Test
    void aCatchAllDemandNeedsSomeoneToAskIt() {
        assertThat(extract("The envoy Maria Lopez said any agreement must not undo the old deal.").demands()).isEmpty();
        assertThat(extract("Peru wanted it to be called the Lima Accord.").demands()).isEmpty();
        assertThat(extract("The minister Ana Ruiz said Peru appeared to want meetings for the sake of meetings.")
                .demands()).isEmpty();
        assertThat(extract("The minister Ana Ruiz believed Chile wanted a deal so badly that it would accept anything.")
                .demands()).isEmpty();
        assertThat(extract("Peru pressed Chile. The plan would push Peru's claim well south.").demands()).isEmpty();
    }

    @Test
    void insistingOnWhatIsOrWillBeIsNoDemand() {
        assertThat(extract("Kenya insisted that the talks were strictly technical.").demands()).isEmpty();
        assertThat(extract("Kenya insisted that its troops would stay in the region.").demands()).isEmpty();
        assertThat(described(extract("Kenya insisted that Somalia must withdraw its troops.")))
                .containsExactly("Kenya -> Somalia: troop-withdrawal");
        assertThat(described(extract("Kenya insisted that the troops be withdrawn.")))
                .containsExactly("Kenya -> ?: troop-withdrawal");
    }

    @Test
    void whatTheSidesAgreedInTheirJointStatementIsNoOnesDemand() {
        assertThat(extract("Peru and Chile held talks in Lima on Monday. The delegations agreed to meet again in June "
                + "to discuss the border, according to a joint statement.").demands()).isEmpty();
    }

    @Test
    void aRejectedCallBySomeoneIsTheCallersDemandOfTheOneWhoRejectsIt() {
        Extracted e = extract("Uruguay and Paraguay held talks in Asuncion on Monday. Uruguay rejected calls by Paraguay "
                + "for a withdrawal of its troops from the border.");
        assertThat(described(e)).containsExactly("Paraguay -> Uruguay: troop-withdrawal");
    }

    @Test
    void aRejectedCallBySomeoneToActIsTheCallersDemandEvenWhenTheParserHangsTheClauseOnTheRejection() {
        Extracted e = extract("Uruguay and Paraguay held talks in Asuncion on Monday. Uruguay has rejected repeated calls "
                + "by Paraguay to withdraw its troops from the border. Paraguay ignored Uruguayan appeals to reopen the border "
                + "crossings.");
        assertThat(described(e)).containsExactly("Paraguay -> Uruguay: troop-withdrawal", "Uruguay -> Paraguay: blockade");
        assertThat(extract("Uruguay rejected calls to withdraw its troops from the border.").demands()).isEmpty();
    }

    @Test
    void aRejectedCallBySomeoneForAnotherToActAddressesThatOther() {
        Extracted e = extract("Uruguay and Paraguay held talks in Asuncion on Monday. Uruguay rejected calls by Paraguay "
                + "for Uruguay to withdraw its troops from the border.");
        assertThat(described(e)).containsExactly("Paraguay -> Uruguay: troop-withdrawal");
    }

    @Test
    void aCallFromAGovernmentIsItsCountrysDemand() {
        Extracted e = extract("The rebels ignored an appeal from the Norwegian government for an immediate truce. Chile "
                + "dismissed demands by the government of Peru for the release of the detained fishermen.");
        assertThat(byTopic(e)).containsExactly("Norway: ceasefire", "Peru: prisoner-exchange");
    }

    // --- what is demanded, and of whom --------------------------------------------------------------

    @Test
    void theTextOfADemandStartsWithWhatIsDemandedNotWithTheWordsThatLinkItToTheCall() {
        Extracted e = extract("""
                Ecuador called for an immediate truce along the river.

                Chile called on the rebels to free the hostages they hold.

                Peru demanded that Bolivian troops withdraw from the salt flats.
                """);
        assertThat(e.demands()).extracting(DemandCandidate::text).containsExactlyInAnyOrder(
                "an immediate truce along the river", "free the hostages they hold",
                "Bolivian troops withdraw from the salt flats");
    }

    @Test
    void theLaterItemsOfAListOfDemandsLoseTheirLinkingWordToo() {
        Extracted e = extract("Uruguay urged the militias to lay down their arms and to release the hostages.");
        assertThat(e.demands()).extracting(DemandCandidate::text)
                .containsExactlyInAnyOrder("lay down their arms", "release the hostages");
    }

    @Test
    void anAsideForOnesPartIsNoCallForAPart() {
        Extracted e = extract("The Chilean president, for his part, called on Peru to withdraw its warships from the bay.");
        assertThat(described(e)).containsExactly("Chilean president -> Peru: troop-withdrawal");
        assertThat(e.demands().get(0).text()).isEqualTo("withdraw its warships from the bay");
    }

    @Test
    void urgingTwoCountriesAsksBoth() {
        Extracted e = extract("Brazil urged Chile and Peru to withdraw their navies from the disputed waters.");
        assertThat(described(e)).containsExactly("Brazil -> Chile and Peru: troop-withdrawal");
    }

    @Test
    void asWellAsSeparatesTwoDemands() {
        Extracted e = extract("The guerrillas demand an amnesty for their commanders, as well as the release of jailed "
                + "fighters.");
        assertThat(e.demands()).extracting(DemandCandidate::topic)
                .containsExactlyInAnyOrder("accountability", "prisoner-exchange");
    }

    @Test
    void anObligedSubjectStaysInWhatIsDemanded() {
        Extracted e = extract("Peruvian envoy Luis Paredes said that terrorist groups must not be covered by the truce.");
        assertThat(e.demands()).extracting(DemandCandidate::topic).containsExactly("terrorist-groups");
    }

    @Test
    void aPreventionInARelativeClauseOfADemandIsNoDemandOfItsOwn() {
        Extracted e = extract("Peru called for a truce with militias that bar monitors from inspecting the sites.");
        assertThat(e.demands()).extracting(d -> d.provenance().rule()).containsExactly("demand/called-for");
    }

    @Test
    void anAccusationCoordinatedIntoTheDemandedClauseIsLeftOut() {
        Extracted e = extract("The Bolivian rebels demanded that the army release the jailed farmers already named and "
                + "accused it of breaching the ceasefire.");
        assertThat(e.demands()).extracting(DemandCandidate::topic).containsExactly("prisoner-exchange");
        assertThat(e.demands().get(0).text()).doesNotContain("accused");
    }

    @Test
    void sendingTroopsBackToBarracksIsDemilitarizationAndAvoidingEscalationIsDeEscalation() {
        Extracted e = extract("Chad urged Libya to send its troops back to barracks. Brazil urged Chile and Peru to avoid "
                + "any escalation at sea.");
        assertThat(described(e)).containsExactlyInAnyOrder("Chad -> Libya: demilitarization",
                "Brazil -> Chile and Peru: de-escalation");
    }

    // --- identity and provenance -------------------------------------------------------------------

    @Test
    void aDemandIsOneActorsSoTwoPeopleMakeTwoDemands() {
        Extracted e = extract("""
                Kenyan President Daniel Mwangi called for a truce on Monday.

                Kenyan Foreign Minister Grace Atieno also called for a truce on Tuesday. Mwangi again called for a truce.
                """);
        assertThat(byTopic(e)).containsExactlyInAnyOrder("Daniel Mwangi: ceasefire", "Grace Atieno: ceasefire");
    }

    @Test
    void eachOfSeveralDemandersMakesADemand() {
        Extracted e = extract("Norway and Cuba urged Colombia to respect the ceasefire.");
        assertThat(described(e)).containsExactlyInAnyOrder("Norway -> Colombia: implementation",
                "Cuba -> Colombia: implementation");
    }

    @Test
    void everyDemandKeepsThePatternThatFoundItAndAConfidence() {
        Extracted e = extract("Chile appealed to Peru to reopen the border crossings. Kenya urged restraint.");
        assertThat(e.demands()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.provenance().rule()).startsWith("demand/");
            assertThat(d.provenance().confidence()).isBetween(0.3, 1.0);
        });
    }

    @Test
    void theGovernmentASpeakerMentionsIsTheSpeakersNotThatOfForeignersNamedBefore() {
        Extracted e = extract("""
                Zambia and Malawi opened talks in Lusaka on Monday, with Dutch diplomats observing.

                Malawian President Peter Banda said the government would demand the lifting of all sanctions.
                """);
        assertThat(byTopic(e)).containsExactly("Malawi: sanctions-relief");
    }

    @Test
    void whatASpeakerSaysASideHasOrNeedsToDoIsTheSpeakersDemand() {
        Extracted e = extract("""
                "The militia has to leave the territories it occupies," Peruvian President Luis Soto said.

                Chilean President Marta Solis said the rebels need to lay down their arms. "We have to be patient," she added.
                """);
        assertThat(byTopic(e)).containsExactlyInAnyOrder("Luis Soto: troop-withdrawal", "Marta Solis: demilitarization");
    }

    @Test
    void aConstitutionCheckpointsAndSoldiersInCustodyNameTheirTopics() {
        Extracted e = extract("""
                Chile has long insisted that Peru change its constitution.

                Bolivia asked Paraguay to reopen border checkpoints.

                Ecuador asked Colombia to hand over the soldiers held in custody.
                """);
        assertThat(byTopic(e)).containsExactlyInAnyOrder("Chile: regime-change", "Bolivia: blockade",
                "Ecuador: prisoner-exchange");
    }

    @Test
    void aSubjectNamingNoActorIsNotReplacedByWhomItAddresses() {
        Extracted e = extract("Human rights groups urged Niger to free the detained journalists.");
        assertThat(e.statements()).noneMatch(st -> e.name(st.speaker()).equals("Niger"));
        assertThat(e.demands()).noneMatch(d -> e.name(d.demander()).equals("Niger"));
    }

    @Test
    void armedGroupsAreASideThatDemands() {
        Extracted e = extract("The armed groups in Niger demanded an amnesty for their fighters.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(e.name(d.demander())).contains("armed groups"));
    }

    @Test
    void aCallJoinedToWhatSomeoneSaidIsTheSpeakersNotTheAccords() {
        Extracted e = extract("""
                Chile and Peru signed a fisheries accord on Sunday.

                Opposition leader Maria Lopez said on Monday that the accord was a betrayal and called on Chile to publish the maps.
                """);
        assertThat(described(e)).anySatisfy(d -> assertThat(d).startsWith("Maria Lopez -> Chile"))
                .noneSatisfy(d -> assertThat(d).startsWith("accord"));
    }

    @Test
    void whatASideWillNotDoUntilOrBeforeIsWhatItDemands() {
        Extracted refused = extract("Rebels in the north refuse to attend any talks until the army pulls back to its barracks.");
        assertThat(refused.demands()).singleElement().satisfies(d -> {
            assertThat(refused.name(d.demander())).contains("rebels");
            assertThat(d.text()).contains("army pulls back to its barracks");
        });
        Extracted before = extract("Peru will not sign the accord before Chile withdraws its troops from the border.");
        assertThat(before.demands()).singleElement().satisfies(d -> {
            assertThat(before.name(d.demander())).isEqualTo("Peru");
            assertThat(d.addressee().map(before::name)).contains("Chile");
            assertThat(d.text()).contains("withdraws its troops");
        });
        Extracted nothing = extract("Chile's president said no referendum will take place until every Peruvian soldier has left the disputed valley.");
        assertThat(nothing.demands()).singleElement().satisfies(d -> {
            assertThat(nothing.name(d.demander())).isEqualTo("Chile's president");
            assertThat(d.addressee().map(nothing::name)).contains("Peru");
            assertThat(d.text()).contains("has left the disputed valley");
        });
        assertThat(extract("No one was hurt before the army arrived in the valley, Chile's president said.").demands()).isEmpty();
    }

    @Test
    void whatSomeoneUrgesOrAsksInAClauseOfItsOwnIsDemanded() {
        Extracted e = extract("Ghana and Togo held talks in Accra on Monday. In a televised address, President Kofi Mensah "
                + "urged that the customs posts be reopened before the harvest. The mediators asked that Togo release the "
                + "detained fishermen.");
        assertThat(e.demands()).anySatisfy(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Kofi Mensah");
            assertThat(d.text()).contains("customs posts be reopened");
        });
        assertThat(e.demands()).anySatisfy(d -> {
            assertThat(d.addressee().map(e::name)).contains("Togo");
            assertThat(d.text()).contains("release the detained fishermen");
        });
        assertThat(extract("President Kofi Mensah urged that the talks had failed because of Togo.").demands()).isEmpty();
    }

    @Test
    void namingSomeoneOrHandingInALawOrAMeetingsPurposeIsNoDemandOfAnyone() {
        assertThat(extract("Ochieng, the man the government had called a traitor for a decade, shook hands with the president.")
                .demands()).isEmpty();
        assertThat(extract("Officials said the joint commission would submit the draft law to parliament within weeks.")
                .demands()).isEmpty();
        Extracted conference = extract("Mensah has repeatedly called for an international conference to replace the bilateral talks.");
        assertThat(conference.demands()).singleElement().satisfies(d -> {
            assertThat(d.addressee()).isEmpty();
            assertThat(d.text()).startsWith("an international conference");
        });
        Extracted tabled = extract("Chile tabled a plan for a joint patrol of the border.");
        assertThat(tabled.demands()).singleElement().satisfies(d -> assertThat(d.text()).contains("joint patrol"));
    }

    @Test
    void unnamedGroupsOfCitizensThatAModifierDescribesDemandAsOne() {
        Extracted e = extract("Ghana and Togo held talks in Accra on Monday. Fishermen's unions demanded that the "
                + "border lake be reopened before the rains. Church groups want the government to free the detained "
                + "traders.");
        assertThat(e.demands()).anySatisfy(d -> {
            assertThat(e.name(d.demander())).startsWith("Fishermen").endsWith("unions");
            assertThat(d.text()).contains("border lake be reopened");
        });
        assertThat(e.demands()).anySatisfy(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Church groups");
            assertThat(d.text()).contains("free the detained traders");
        });
        // A count or a choice says which groups no more than "the groups" does.
        assertThat(extract("Several groups demanded that the border lake be reopened.").demands()).isEmpty();
    }

    @Test
    void whatSomeoneCallsForToBeDoneIsDemandedOfNoOneNamed() {
        Extracted e = extract("Ghana called for the customs accord to be signed before the harvest.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Ghana");
            assertThat(d.text()).contains("customs accord to be signed");
        });
    }

    @Test
    void whatAnInsistentSideSaysMayHappenOnlyOnAConditionIsDemanded() {
        Extracted e = extract("Togo insisted that the trucks could only cross once Ghana lifted the new levy.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(d.text()).contains("the trucks could only cross");
            assertThat(d.addressee().map(e::name)).contains("Ghana");
        });
        assertThat(extract("Ghana insisted that the truce could only hold if the rains came early.").demands())
                .as("a condition no one meets").isEmpty();
        assertThat(extract("Ghana insisted that the fishermen could be freed soon.").demands()).isEmpty();
    }

    @Test
    void beforeABodyIsWhereSomethingIsPutNotAConditionOfIt() {
        Extracted e = extract("Opposition deputies demanded that the minister appear before the budget committee before the vote.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("the minister appear before the budget committee");
            assertThat(d.condition()).hasValueSatisfying(c -> assertThat(c).contains("the vote"));
        });
    }

    @Test
    void aVerbOfSayingAsAnInfinitiveIsPartOfWhatIsAsked() {
        Extracted e = extract("Ghana insisted that Togo sign a promise to declare every fishing boat in the lake.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(d.text()).endsWith("to declare every fishing boat in the lake"));
    }

    @Test
    void aPastDemandJoinedToThePresentVerbOfAThatClauseIsTheCallersNotTheClauseSubjects() {
        Extracted e = extract("""
                Kenya urged the lake commission to make certain that Uganda respects the quotas and demanded that \
                Kampala return the seized nets.
                """);
        assertThat(e.demands()).filteredOn(d -> d.text().contains("seized nets")).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Kenya");
            assertThat(d.addressee().map(e::name)).contains("Uganda");
        });
    }

    @Test
    void termsTheSidesAgreedThatANewsAgencyReportsAreNoDemandOfTheAgency() {
        Extracted e = extract("""
                The Kenya News Agency reported that Kenya and Uganda had agreed to reopen their border posts within a month.
                """);
        assertThat(e.demands()).isEmpty();
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Kenya", "Uganda"));
    }

    @Test
    void pressingSomeoneWithNothingTheyArePressedToDoIsNoDemandButUrgingRestraintIs() {
        Extracted e = extract("""
                The Algerian mediators pressed both camps for months without result. Chad kept pressing the rebel \
                commanders. Mali pressed Niger hard. Kenya urged restraint.
                """);
        assertThat(e.demands()).extracting(d -> e.name(d.demander()) + ": " + d.text()).containsExactly("Kenya: restraint");
    }

    @Test
    void nothingWillHappenUntilSomeoneActsIsAConditionOnThem() {
        Extracted e = extract("""
                Ghana and Togo opened talks in Lome on Sunday. Ghana said there would be no new fishing licences until \
                the Togolese navy has paid the fines. No one was hurt before the army arrived.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Ghana");
            assertThat(d.addressee().map(e::name)).contains("Togo");
            assertThat(d.text()).contains("paid the fines");
        });
    }

    @Test
    void whoMustRatifyAnAccordIsTheAgentOfThePassiveNotTheAccord() {
        Extracted e = extract("""
                Ghana and Togo signed a trade accord in Lome on Sunday. Kofi Asante, the Ghanaian foreign minister, \
                said the accord must be ratified by the Togolese senate before the tariffs fall.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Kofi Asante");
            assertThat(d.addressee().map(e::name)).contains("Togo");
        });
    }

    @Test
    void whatSomeoneSaysIsNecessaryIsAskedFor() {
        Extracted e = extract("""
                Ghana and Togo signed a border accord in Lome on Tuesday. Togo said the withdrawal of Ghanaian troops \
                from the border was essential. Rain is vital for farmers, the Togolese minister said.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Togo");
            assertThat(d.addressee().map(e::name)).contains("Ghana");
            assertThat(d.text()).contains("withdrawal of Ghanaian troops");
        });
    }

    @Test
    void aClauseOpenedByProvidedIsAConditionOfWhatTheSpeakerOffers() {
        Extracted e = extract("Union leader Carla Mendes said the strike would end provided the company reinstated the "
                + "dismissed drivers.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Carla Mendes");
            assertThat(d.text()).contains("reinstated the dismissed drivers");
            assertThat(d.condition()).hasValueSatisfying(c -> assertThat(c).startsWith("provided"));
        });
    }

    @Test
    void urgingThemAfterAnotherVerbStillAsksSomeoneToAct() {
        Extracted e = extract("Senator Ruth Okafor thanked the hosts and pressed them to keep the ports open.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Ruth Okafor");
            assertThat(d.text()).startsWith("keep the ports open");
        });
        assertThat(extract("The minister urged it to be called a partnership.").demands()).isEmpty();
    }

    @Test
    void anAppealToSomeoneToActThatTheParserReadsAsOneClauseIsStillAnAppeal() {
        Extracted e = extract("Mayor Sofia Lind said the bridges would reopen by summer and appealed to banks to finance "
                + "the new ferry line.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Sofia Lind");
            assertThat(d.text()).startsWith("finance the new ferry line");
        });
    }

    @Test
    void aCallOnPeopleAPassiveRelativeClauseDescribesAsksThemTheActAfterIt() {
        Extracted e = extract("Bishop Tomas Reyes called on the traders who had been barred from the market to reopen "
                + "their stalls.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Tomas Reyes");
            assertThat(d.text()).startsWith("reopen their stalls");
        });
        assertThat(extract("The UN envoy called on the soldiers who had been ordered to fire on the crowd to lay down "
                + "their arms.").demands()).noneSatisfy(d -> assertThat(d.text()).startsWith("fire"));
    }

    @Test
    void aConditionTheStoryTellsAsMetIsNoLongerDemanded() {
        Extracted past = extract("The miners ended their strike only after the company restored the night bonus, union "
                + "leader Carla Mendes said.");
        assertThat(past.demands()).isEmpty();
        Extracted ahead = extract("The miners will end their strike only after the company restores the night bonus, union "
                + "leader Carla Mendes said.");
        assertThat(ahead.demands()).singleElement().satisfies(d -> {
            assertThat(ahead.name(d.demander())).isEqualTo("Carla Mendes");
            assertThat(d.text()).isEqualTo("only after the company restores the night bonus");
        });
        assertThat(extract("The hostages were freed only after the company paid the ransom, the envoy Marta Ruiz said.")
                .demands()).isEmpty();
        assertThat(extract("Marta Ruiz said the rebels accepted the talks only if the army withdrew.").demands())
                .singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("only if the army withdrew"));
    }

    @Test
    void whatIsDoneToSomeoneOnAConditionIsTheConditionOfWhoeverSaysSo() {
        Extracted e = extract("The mayor Ines Duarte defended the plan on local radio. According to Duarte, Patriotic "
                + "Front mayors will be confirmed only after the militia closes its camps in the hills.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Ines Duarte");
            assertThat(d.text()).contains("closes its camps");
        });
    }

    @Test
    void aDeadlineSomeoneHasIsAskedOfThemInTheVoiceThatSetsIt() {
        assertThat(described(extract("Quito now has until Thursday to accept the water-sharing offer, the mediator said.")))
                .containsExactly("mediator -> Ecuador: other");
        assertThat(extract("The negotiators had until midnight to close the deal, and they missed it.").demands()).isEmpty();
        assertThat(extract("We have until March to finish the text, the Peruvian minister said.").demands()).isEmpty();
    }

    @Test
    void aNumberOfDaysSomeoneHasToActIsADeadlineAskedOfThem() {
        assertThat(described(extract("Bolivian Foreign Minister Jorge Quiroga told reporters that Paraguay now had ten days "
                + "to withdraw its patrol boats.")))
                .containsExactly("Jorge Quiroga -> Paraguay: troop-withdrawal");
        assertThat(extract("The Paraguayan talks had three days to run, Bolivian Foreign Minister Jorge Quiroga said.")
                .demands()).isEmpty();
    }

    @Test
    void whatItIsForSomeoneToDoIsAskedOfThem() {
        assertThat(described(extract("\"It is entirely for Paraguay to pull back its gunboats,\" the Bolivian envoy said.")))
                .containsExactly("Bolivian envoy -> Paraguay: troop-withdrawal");
        assertThat(extract("It is too soon for the rebels to claim victory, the Bolivian envoy said.").demands()).isEmpty();
    }

    @Test
    void whomAWishIsForStaysTheAddresseeWhenARelativeClauseFollowsThem() {
        assertThat(described(extract("Bolivia wants the militias it arms to hand back the border posts.")))
                .containsExactly("Bolivia -> militias (Bolivia): other");
        assertThat(described(extract("Paraguay wants the rebels who refused to disarm to face trial.")))
                .noneMatch(d -> d.endsWith("demilitarization"));
    }

    @Test
    void aDescriptionBeforeAnOrganisationsNameIsThatOrganisation() {
        assertThat(byTopic(extract("The armed group Frente Azul urged its members to boycott the census.")))
                .containsExactly("Frente Azul: sanctions");
    }

    @Test
    void aTextAgreedOnADayAgreesOnNoDay() {
        assertThat(extract("Bolivia and Paraguay signed the river accord in Asuncion on Monday. The draft was agreed on "
                + "February 9 in Cusco.").demands()).isEmpty();
        assertThat(byTopic(extract("Bolivian Foreign Minister Jorge Quiroga said Paraguay and Brazil had agreed on a prisoner "
                + "swap."))).containsExactly("Jorge Quiroga: prisoner-exchange");
    }

    @Test
    void anOrderStaysAnOrderWhenAReportClosesTheSentence() {
        assertThat(byTopic(extract("General Marta Ibarra instructed her units to stop the shelling at dawn, an army "
                + "spokeswoman said."))).containsExactly("Marta Ibarra: ceasefire");
    }

    @Test
    void wantingSomeoneToKnowSomethingOrWantingTimeAsksNoAct() {
        assertThat(extract("\"We want the Bolivian negotiators to understand that our farmers are watching,\" said "
                + "Paraguayan senator Elena Rojas.").demands()).isEmpty();
        assertThat(extract("\"Our delegation needs more time to consult the cabinet,\" Paraguayan envoy Luis Vega said.")
                .demands()).isEmpty();
        assertThat(described(extract("Chile wants Peru to recognise the maritime border."))).containsExactly("Chile -> Peru: other");
    }

    @Test
    void aRefusalSupposedInAConditionIsNoRefusal() {
        assertThat(described(extract("Bolivia told Paraguay that sanctions stayed on the table if Paraguay did not accept "
                + "river inspectors."))).containsExactly("Bolivia -> Paraguay: inspections");
    }

    @Test
    void aClosingReportTheParserHangsOnAnAgreementIsNotItsTerm() {
        Extracted e = extract("Bolivia and Paraguay agreed on Sunday to open the river locks and to swap prisoners within a "
                + "month, OAS mediator Carla Mendez announced after three days of talks in Asuncion.");
        assertThat(byTopic(e)).containsExactly("Carla Mendez: prisoner-exchange");
        assertThat(e.statements()).singleElement().satisfies(s -> assertThat(s.text()).endsWith("within a month"));
        assertThat(byTopic(extract("Lawmakers demanded the ministers explain the deal to parliament.")))
                .containsExactly("Lawmakers: other");
    }

    @Test
    void aStateSupposedInAConditionAsksNoAct() {
        assertThat(extract("\"If Asuncion is at fault for this collapse, it will hear from us,\" Bolivian Trade Minister Rosa "
                + "Paredes told the radio.").demands()).isEmpty();
        assertThat(byTopic(extract("Chile will resume talks if Peru is ready to withdraw its troops.")))
                .containsExactly("Chile: troop-withdrawal");
    }

    @Test
    void aCallJoinedAfterACommaToAReportedClauseIsTheReportersCall() {
        Extracted e = extract("Bolivian envoy Rosa Paredes told the assembly that the highland families wanted clean water "
                + "above all, and urged Chile to share the river.");
        assertThat(e.demands()).filteredOn(d -> d.addressee().map(e::name).filter("Chile"::equals).isPresent())
                .singleElement().satisfies(d -> assertThat(e.name(d.demander())).isEqualTo("Rosa Paredes"));
        assertThat(e.statements()).filteredOn(s -> s.text().startsWith("urged Chile")).isNotEmpty()
                .allSatisfy(s -> assertThat(e.name(s.speaker())).isEqualTo("Rosa Paredes"));
        // A named person in the reported clause may well be the one who calls.
        Extracted commander = extract("Witnesses told the radio that the guerrilla leader Mario Diaz addressed the crowd in "
                + "the plaza, and called on the soldiers to lay down their arms.");
        assertThat(commander.demands()).singleElement()
                .satisfies(d -> assertThat(commander.name(d.demander())).isEqualTo("Mario Diaz"));
    }

    @Test
    void aRelativeClauseOrDescribedAppositionInWhatIsAskedIsNoSecondDemand() {
        assertThat(extract("The mediator asked the two cabinets to honour the truce and to revive the border commission, "
                + "which holds its next talks in Quito.").demands()).hasSize(1);
        // A second act the parser hangs on the relative clause is still asked.
        assertThat(byTopic(extract("Chile urged Peru to lift the blockade of the port, which has stranded dozens of ships, "
                + "and to free the detained sailors."))).contains("Chile: prisoner-exchange");
        assertThat(extract("The rebels demanded the lifting of the blockade, an end to the shelling and the payment of "
                + "salaries.").demands()).isNotEmpty();
    }

    @Test
    void needingSomethingToActAsksNothingOfAnyone() {
        assertThat(extract("Paraguay needs new loans to fund the troop withdrawal, its finance minister says.").demands())
                .isEmpty();
        assertThat(described(extract("Chile needs Peru to pull its troops out of the border district.")))
                .containsExactly("Chile -> Peru: troop-withdrawal");
    }

    @Test
    void lobbyingSomeoneNotToActAsksThemNotTo() {
        assertThat(described(extract("Senator Elena Vargas lobbied her colleagues not to ratify the river treaty with Peru.")))
                .singleElement().satisfies(d -> assertThat(d).startsWith("Elena Vargas -> "));
    }

    @Test
    void urgingThoseWhoDoubtAsksThem() {
        Extracted e = extract("Archbishop Rosa Paredes opened the synod on Sunday. She urged those who still fear the census "
                + "to take part in it.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("Rosa Paredes");
            assertThat(d.text()).isEqualTo("take part in it");
        });
        // Not the relative clause's own infinitive.
        assertThat(extract("The governor urged residents who had planned to return home to wait for the all-clear.").demands())
                .noneMatch(d -> d.text().startsWith("return home"));
    }

    @Test
    void whomShouldBindsWhenTheParserMakesItTheObjectOfTheReport() {
        assertThat(described(extract("Minister Ana Ruiz said Peru should withdraw its troops from the border.")))
                .containsExactly("Ana Ruiz -> Peru: troop-withdrawal");
        assertThat(described(extract("Minister Ana Ruiz said Peru should stop exporting its own quarrels to the rest of "
                + "the region."))).containsExactly("Ana Ruiz -> Peru: other");
    }

    @Test
    void whatNotSimplySetsAsideIsNotAsked() {
        assertThat(extract("Norway wants Sudan to disarm the militias, not simply to extend the truce.").demands())
                .singleElement().satisfies(d -> assertThat(d.text()).startsWith("disarm the militias"));
    }

    @Test
    void aDepartmentWantedIsAPostWantedAlsoBeforeAClosingSource() {
        assertThat(extract("The Green Farmers Alliance wants the agriculture ministry in any unity government.").demands())
                .singleElement().satisfies(d -> assertThat(d.text()).contains("agriculture ministry"));
        Extracted sourced = extract("The Green Farmers Alliance wants the agriculture ministry in any unity government, "
                + "an alliance organiser said.");
        assertThat(sourced.demands()).singleElement().satisfies(d -> {
            assertThat(sourced.name(d.demander())).isEqualTo("Green Farmers Alliance");
            assertThat(d.text()).contains("agriculture ministry").doesNotContain("organiser");
        });
        // whom a side presses is still no demand without what they are pressed to do
        assertThat(extract("The alliance pressed the ministry for weeks.").demands()).isEmpty();
    }

    @Test
    void whatWouldNotChangeAStandAndWhatIsOnlySupposedAreNotDemands() {
        assertThat(extract("\"The export levy stays, even if Ghana proposes a joint price committee,\" the Ivorian trade "
                + "minister said.").demands()).isEmpty();
        assertThat(extract("Asked whether the Ivorian growers would demand a price floor, the minister shrugged.").demands()).isEmpty();
        // the "if" of another clause leaves the demand standing
        assertThat(extract("The Ivorian growers will demand a price floor if Ghana refuses, the minister said.").demands())
                .singleElement().satisfies(d -> assertThat(d.text()).contains("price floor"));
    }

    @Test
    void whatSpeakersSayTheyCameToSeekIsTheirAimNotADemand() {
        assertThat(extract("\"Our team has come to Oslo to seek a lasting settlement of the fishing dispute,\" the "
                + "Icelandic envoy Jon Sigurdsson said.").demands()).isEmpty();
        assertThat(extract("\"I am here to seek a lasting settlement of the fishing dispute,\" Jon Sigurdsson said.")
                .demands()).isEmpty();
        // coming to demand something demands it, and so does travelling to demand it, told of someone else
        assertThat(extract("\"Our team has come to Oslo to demand compensation for the seized trawlers,\" the Icelandic "
                + "envoy Jon Sigurdsson said.").demands()).isNotEmpty();
        assertThat(extract("Jon Sigurdsson, Iceland's envoy, flew to Oslo to demand compensation from Norway.").demands())
                .singleElement().satisfies(d -> assertThat(d.text()).contains("compensation"));
    }

    @Test
    void whoRefusesUntilSomethingHappensDemandsItEvenOfThemselvesOrOfAThing() {
        Extracted e = extract("The separatists will not leave the valley unless they receive new grazing land, their "
                + "spokesman Musa Keita said.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(e.name(d.demander())).isEqualTo("separatists");
            assertThat(d.text()).contains("grazing land");
        });
        Extracted thing = extract("Omar Sy, a farmers' delegate, said the separatists would reject the charter unless it "
                + "set the wells aside for their herds.");
        assertThat(thing.demands()).singleElement().satisfies(d -> {
            assertThat(thing.name(d.demander())).isEqualTo("separatists");
            assertThat(d.text()).contains("set the wells aside");
        });
        // a side's condition on its own institutions asks nothing of anyone
        Extracted own = extract("Kenya will not ratify the treaty unless the Kenyan parliament approves it, the minister said.");
        assertThat(own.demands()).noneMatch(d -> own.name(d.demander()).equals("Kenya"));
        // what a side is offered on a condition is still the offerer's demand
        Extracted offer = extract("The separatists would face fines unless they moved their cattle, Governor Ana Lopes said.");
        assertThat(offer.demands()).singleElement().satisfies(d -> assertThat(offer.name(d.demander())).isEqualTo("Ana Lopes"));
    }

    @Test
    void aSideWantingSomethingThatDoesNotExistYetWantsAThing() {
        Extracted e = extract("The separatists want a federal state with its own assembly, their leader Ruth Oduya said.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(d.text()).contains("federal state"));
        // whom a side presses, named, is still no demand without what they are pressed to do
        assertThat(extract("The alliance pressed the province for weeks.").demands()).isEmpty();
    }

    @Test
    void peopleOfACauseNamedByANationalityDemandForThemselvesNotForTheState() {
        Extracted e = extract("Latvian nationalists called for a referendum on the language accord.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(e.name(d.demander())).isEqualTo("Latvian nationalists"));
        // the state's own people still speak for it
        Extracted officials = extract("Latvian officials called for a referendum on the language accord.");
        assertThat(officials.demands()).singleElement().satisfies(d -> assertThat(officials.name(d.demander())).isEqualTo("Latvia"));
    }

    @Test
    void aStateThatAConditionOfARefusalAsksToBeBroughtAboutIsDemandedWithItsThing() {
        Extracted e = extract("Kenya would not agree to a summit unless a draft was ready, Foreign Minister Ruth Wanjiru "
                + "warned.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("a draft was ready"));
        Extracted open = extract("Kenyan Foreign Minister Ruth Wanjiru said the fleet would stay unless the strait was "
                + "open to all ships.");
        assertThat(open.demands()).singleElement().satisfies(d -> assertThat(d.text()).contains("the strait was open"));
        // a state in a plain "if" is a circumstance, and one no one can bring about asks no one
        assertThat(extract("If the truce is calm, aid will flow, Kenyan Foreign Minister Ruth Wanjiru said.").demands())
                .isEmpty();
        assertThat(extract("Kenyan Foreign Minister Ruth Wanjiru said the talks would go ahead on Friday unless the "
                + "weather was bad.").demands()).isEmpty();
    }

    @Test
    void whatAPassiveConditionActsOnStaysInItsText() {
        Extracted e = extract("The Kenyan government says the army will not let up unless a final peace accord is signed.");
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("a final peace accord is signed"));
        // who an active condition asks is still its addressee, outside the text
        Extracted active = extract("Kenya said it would keep the border closed unless Somalia withdraws its troops.");
        assertThat(active.demands()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("withdraws its troops");
            assertThat(d.addressee().map(active::name)).contains("Somalia");
        });
    }

    @Test
    void onlyHasToIsAnObligationNotAPerfectInfinitive() {
        assertThat(extract("Kenya and Somalia agreed to a truce, Kenyan President Ali Omar said on Monday, in a move that "
                + "appears to have headed off an offensive by the Somali army.").demands())
                .noneSatisfy(d -> assertThat(d.text()).contains("headed off"));
        assertThat(extract("A Kenyan official said the Somali envoy appeared to have arrived intent on pleasing the "
                + "hardliners.").demands()).isEmpty();
        assertThat(extract("\"The militia has to be disarmed before the vote,\" Kenyan Foreign Minister Ruth Wanjiru said.")
                .demands()).singleElement().satisfies(d -> assertThat(d.text()).contains("disarmed"));
    }

    @Test
    void anAdverbBetweenWhoIsPressedAndTheActStillAsksForIt() {
        Extracted e = extract("Diplomats said Kenyan Foreign Minister Ruth Wanjiru had pressed both sides overnight to settle "
                + "the last dispute over the dam.");
        assertThat(e.demands()).singleElement().satisfies(d -> {
            assertThat(d.text()).contains("settle the last dispute");
            assertThat(e.name(d.demander())).isEqualTo("Ruth Wanjiru");
        });
    }

    @Test
    void insistingOnWhatOneWillNotGiveUpOrWillDecideAloneIsAPosition() {
        assertThat(extract("Kenya insisted that it would never cede the northern islands.").demands()).singleElement()
                .satisfies(d -> assertThat(d.text()).contains("cede the northern islands"));
        assertThat(extract("Kenya insisted that it alone would set the fishing quotas.").demands()).singleElement()
                .satisfies(d -> assertThat(d.text()).contains("set the fishing quotas"));
        // what will be, or what was not given up, is asserted, not pressed
        assertThat(extract("Kenya insisted that the truce would hold.").demands()).isEmpty();
        assertThat(extract("Kenya insisted that the talks would only resume next week.").demands()).isEmpty();
        assertThat(extract("Kenya insisted that it had not given up anything.").demands()).isEmpty();
        // what another side will not do is a forecast about them
        assertThat(extract("Kenya insisted that Somalia would never cede the islands.").demands()).isEmpty();
        assertThat(extract("Kenya insisted that only Somalia would benefit from the deal.").demands()).isEmpty();
    }

    @Test
    void turningDownAStepOfTheProcessAsksNothing() {
        assertThat(extract("Kenya has long rejected any outside mediation.").demands()).isEmpty();
        assertThat(extract("The draft foundered because Somalia refused to accept any mention of the dam.").demands()).isEmpty();
        Extracted both = extract("The Somali militia rejected the truce and demanded direct talks with Kenya.");
        assertThat(both.demands()).singleElement().satisfies(d -> assertThat(d.text()).contains("direct talks"));
        // refusing an arrangement on the ground still demands it not happen
        assertThat(extract("Kenya rejected the annexation of the northern districts.").demands()).singleElement()
                .satisfies(d -> assertThat(d.topic()).isEqualTo("annexation"));
        // warning someone against talks asks them something; a truce refused for a term names the term
        assertThat(extract("Kenya warned Somalia against any talks with the militia.").demands()).hasSize(1);
        assertThat(extract("Kenya opposes any truce that leaves Somali troops in Gedo.").demands()).hasSize(1);
    }

    @Test
    void seekingOrWantingAnAgreementThatNamesNoTermIsAnAim() {
        assertThat(extract("Kenya is seeking a just and lasting settlement with Somalia.").demands()).isEmpty();
        assertThat(extract("Somalia wants a fair agreement with Kenya, its foreign minister said.").demands()).isEmpty();
        // a term named, a truce, or a call still demands
        assertThat(extract("Kenya is seeking a settlement that returns the northern districts.").demands()).hasSize(1);
        assertThat(extract("Kenya wants a ceasefire.").demands()).hasSize(1);
        assertThat(extract("Somalia called for a comprehensive agreement.").demands()).hasSize(1);
        // an agreement of a kind names its terms
        assertThat(extract("Somalia wants a prisoner-swap deal with Kenya.").demands()).hasSize(1);
        assertThat(extract("Kenya is seeking a legally binding treaty with Somalia.").demands()).hasSize(1);
    }
}
