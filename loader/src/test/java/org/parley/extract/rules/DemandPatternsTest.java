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
    void urgingSomethingDemandsIt() {
        Extracted e = extract("Kenya urged restraint on Saturday.");
        assertThat(byTopic(e)).containsExactly("Kenya: de-escalation");
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
        Extracted e = extract("Kenyan officials said they want Somalia to pull its troops out of the Gedo region.");
        assertThat(described(e)).extracting(s -> s.substring(s.indexOf(" -> ")))
                .containsExactly(" -> Somalia: troop-withdrawal");
    }

    @Test
    void aProposalToTheOtherSideIsADemandButAnOfferToActOneselfIsNot() {
        assertThat(byTopic(extract("Chile proposed a prisoner swap on Monday."))).containsExactly("Chile: prisoner-exchange");
        assertThat(extract("Chile offered to release fifty prisoners on Monday.").demands()).isEmpty();
    }

    @Test
    void stressingTheImportanceOfSomethingDemandsEachItem() {
        Extracted e = extract("Norwegian envoy Ola Berg went on to stress the importance of constitutional reform in "
                + "Colombia and the introduction of a special status for the Pacific coast, while calling for restraint.");
        assertThat(byTopic(e)).contains("Ola Berg: regime-change", "Ola Berg: autonomy", "Ola Berg: de-escalation");
    }

    // --- lists, priorities, agendas ---------------------------------------------------------------

    @Test
    void eachItemOfAListIsItsOwnDemand() {
        Extracted e = extract("Colombia's priorities in the talks are a lasting truce, the release of hostages and the "
                + "return of displaced people.");
        assertThat(e.demands()).extracting(DemandCandidate::topic)
                .containsExactly("ceasefire", "prisoner-exchange", "return-of-displaced");
        assertThat(e.demands()).extracting(DemandCandidate::text)
                .containsExactly("a lasting truce", "the release of hostages", "the return of displaced people");
    }

    @Test
    void aPriorityIsWhatItMeans() {
        Extracted e = extract("Japanese Trade Minister Kenji Ota stressed that a top Japanese priority means closing the "
                + "trade deficit with Vietnam.");
        assertThat(e.demands()).extracting(DemandCandidate::topic).containsExactly("trade-and-tariffs");
    }

    @Test
    void anAgendaReportedByOneSideIsThatSidesDemandsItemByItem() {
        Extracted e = extract("The delegations would discuss lifting the blockade of the port and paying the salaries of "
                + "all teachers, according to the rebels' radio station.");
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
        Extracted e = extract("Colombian negotiator Ana Reyes said that terrorist groups should not be included in the "
                + "ceasefire agreement.");
        assertThat(byTopic(e)).containsExactly("Ana Reyes: terrorist-groups");
    }

    @Test
    void anObligationTheReporterStatesIsNoOnesDemand() {
        assertThat(extract("The truce must hold for a week before the next round of talks.").demands()).isEmpty();
    }

    @Test
    void whatAnAgreementMustIncludeIsDemandedNotTheAgreement() {
        Extracted e = extract("Serbian envoy Milan Petrovic said any peace treaty must include the return of refugees and "
                + "guarantees of security for the minority.");
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
        Extracted e = extract("Colombian Defence Minister Ana Reyes told the guerrillas they would receive an amnesty if "
                + "they laid down their weapons.");
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
        Extracted e = extract("The participants agreed to provide no further military support to the armed factions while "
                + "a truce holds, Norwegian Foreign Minister Ola Berg said.");
        assertThat(byTopic(e)).containsExactly("Ola Berg: military-support");
        assertThat(e.demands().get(0).condition()).hasValueSatisfying(c -> assertThat(c).contains("truce holds"));
    }

    // --- agreed terms, refusals, exchanges ---------------------------------------------------------

    @Test
    void aTermAgreedByOthersIsTheDemandOfTheHostWhoVoicesIt() {
        Extracted e = extract("Norwegian Foreign Minister Ola Berg said the participants had agreed that they should "
                + "respect the arms embargo.");
        assertThat(byTopic(e)).containsExactly("Ola Berg: weapons-deliveries");
    }

    @Test
    void aSidesOwnCommitmentIsNoDemand() {
        assertThat(extract("\"We agreed that the border posts will reopen,\" Peruvian President Luis Soto said.").demands())
                .isEmpty();
        assertThat(extract("Both countries have agreed to reopen their embassies and ports, Chilean President Marta Solis "
                + "declared.").demands()).isEmpty();
    }

    @Test
    void aTermOfTheDealVoicedByAMediatorIsDemandedOfTheSideItBinds() {
        Extracted e = extract("Norwegian envoy Ola Berg said that, as part of the deal, Serbia would not annex the "
                + "northern municipalities.");
        assertThat(described(e)).containsExactly("Ola Berg -> Serbia: annexation");
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
    void whatAgreeingSidesWillPushOthersToDoIsTheirDemandOrTheHostsWhenTheyAreUnnamed() {
        Extracted e = extract("The participants agreed to respect the arms embargo and to push the factions to reach a "
                + "lasting truce, Norwegian Foreign Minister Ola Berg said.");
        assertThat(byTopic(e)).containsExactlyInAnyOrder("Ola Berg: weapons-deliveries", "Ola Berg: ceasefire");
        Extracted own = extract("Colombia agreed to push the guerrillas to free all hostages.");
        assertThat(byTopic(own)).containsExactly("Colombia: prisoner-exchange");
        assertThat(own.demands().get(0).addressee().map(own::name)).hasValueSatisfying(n -> assertThat(n).contains("guerrillas"));
    }

    @Test
    void whatAWishCoversIsDemandedItemByItem() {
        Extracted e = extract("Moldova said it wants to discuss Georgia accepting a neutral status and give up its plan "
                + "to join the CSTO.");
        assertThat(described(e)).containsExactly("Moldova -> Georgia: neutrality",
                "Moldova -> Georgia: alliance-non-membership");
    }

    @Test
    void wherePlaceADemandAppliesIsNotWhomItAsks() {
        Extracted e = extract("Kenyan President Daniel Mwangi repeated his calls for a no-fly zone over Somalia.");
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
        assertThat(extract("Petrovic criticised what he called provocative comments about a truce.").demands()).isEmpty();
    }

    @Test
    void securingADealIsNoDemand() {
        assertThat(extract("Colombia secured a truce deal with the guerrillas on Friday.").demands()).isEmpty();
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
}
