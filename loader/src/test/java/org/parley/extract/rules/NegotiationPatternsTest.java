package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.DelegationCandidate;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.NegotiationStatus;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** Negotiation patterns and their traps, on articles written for the test (published Wednesday 13 March 2024). */
@ExtendWith(SharedPipeline.class)
class NegotiationPatternsTest {
    private final Pipeline pipeline;

    NegotiationPatternsTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    @Test
    void aHeldRoundWithDatePlaceAndParties() {
        Extracted e = extract("""
                Serbia and Kosovo held a fourth round of talks in Brussels on Monday, mediated by the European Union.

                The negotiators failed to agree on the status of the northern municipalities.
                """);
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
        assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        assertThat(e.partyNames(n)).contains("Serbia", "Kosovo");
        assertThat(e.placeNames(n)).contains("Brussels");
        assertThat(n.round()).contains(4);
        assertThat(n.mediators().stream().map(e::name)).contains("European Union");
    }

    @Test
    void aSummitThatOpensInAnAsClauseOfWhatSomeoneSaidIsHeldThereThatDay() {
        Extracted e = extract("""
                "Our region cannot wait," the host told the leaders as the summit of the Arab League opened in Algiers on Tuesday.
                """);
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
        assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        assertThat(e.placeNames(n)).containsExactly("Algiers");
    }

    @Test
    void aFrontedDayWithoutItsCommaLeavesTheTitledSubjectItsVerb() {
        Extracted e = extract("On Monday Foreign Minister Ana Ruiz of Peru opened the talks with Chile in Lima.");
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(n.parties().stream().map(e::name)).containsExactlyInAnyOrder("Peru", "Chile");
        assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        assertThat(e.x().actors()).noneMatch(a -> a.name().contains(","));
    }

    @Test
    void talksNamedWithAnAgentBeforeTheirVerbKeepTheirVerbsPlaceAndDay() {
        Extracted e = extract("Norway fishing talks chaired by Iceland resumed in the Danish capital on Tuesday.");
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(e.partyNames(n)).containsExactly("Norway");
        assertThat(e.placeNames(n)).containsExactly("Copenhagen");
        assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        assertThat(n.mediators().stream().map(e::name)).containsExactly("Iceland");
        // the agent's list ends where a finite verb begins: the clause after it is not folded into it
        Extracted told = extract("A memo drafted by Denmark said that Norway and Iceland met in Oslo on Monday.");
        assertThat(told.negotiations()).hasSize(1);
        assertThat(told.placeNames(told.negotiations().get(0))).containsExactly("Oslo");
    }

    @Test
    void aLeaderReceivingOneOfAnotherStateMeetsThemWhereAndWhenTheyAreReceived() {
        Extracted e = extract("Zambian President Hakainde Hichilema received Malawian President Lazarus Chakwera at State House on Monday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Malawi", "Zambia");
            assertThat(e.placeNames(n)).containsExactly("State House");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        });
        Extracted hosted = extract("Zambian President Hakainde Hichilema hosted Malawi's foreign minister Nancy Tembo in Lusaka on Monday.");
        assertThat(hosted.negotiations()).singleElement()
                .satisfies(n -> assertThat(hosted.partyNames(n)).containsExactly("Malawi", "Zambia"));
        // one of the host's own government, a thing received, or an act welcomed is no meeting of sides
        assertThat(extract("Zambian President Hakainde Hichilema received his new finance minister Situmbeko Musokotwane "
                + "at State House on Monday.").negotiations()).isEmpty();
        assertThat(extract("Zambian President Hakainde Hichilema received a letter from Malawian President Lazarus Chakwera "
                + "on Monday.").negotiations()).isEmpty();
        assertThat(extract("Zambian President Hakainde Hichilema welcomed the ruling of the Malawian court on Monday.")
                .negotiations()).isEmpty();
    }

    @Test
    void whoeverSpeaksAtASummitTakesPartButANewsConferenceIsNoMeeting() {
        Extracted e = extract("Zambia's foreign minister, speaking at a summit in Gaborone on Monday, said the border would reopen.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Zambia");
            assertThat(e.placeNames(n)).containsExactly("Gaborone");
        });
        assertThat(extract("Zambia's foreign minister addressed the summit in Gaborone on Monday.").negotiations()).hasSize(1);
        assertThat(extract("Speaking at a news conference in Gaborone on Monday, Zambia's foreign minister said the border "
                + "would reopen.").negotiations()).isEmpty();
    }

    @Test
    void anAgreementSignedAtAPlaceWasSignedThereWhateverThePlace() {
        Extracted e = extract("Ghana and Togo signed an agreement at Peduase Lodge on Sunday.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).places().stream().map(e::name)).containsExactly("Peduase Lodge");
        Extracted on = extract("Ghana and Togo signed an agreement on the Volta basin on Sunday.");
        assertThat(on.negotiations()).hasSize(1);
        assertThat(on.negotiations().get(0).places()).isEmpty();
    }

    @Test
    void aStoryFiledOnTheDayOfItsLeadMeetingIsFiledFromWhereItWasHeld() {
        Extracted e = Extracted.from(pipeline, """
                TAMALE, May 2 (Wire) - Ghana and Togo signed a border accord on Thursday, ending a decade of disputes \
                over fishing grounds.

                The accord was witnessed by officials of the regional bloc.
                """, "2024-05-02");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).places().stream().map(e::name)).containsExactly("Tamale");

        Extracted elsewhere = Extracted.from(pipeline, """
                TAMALE, May 2 (Wire) - Ghana and Togo signed a border accord in Lome on Thursday, ending a decade of \
                disputes over fishing grounds.
                """, "2024-05-02");
        assertThat(elsewhere.negotiations().get(0).places().stream().map(elsewhere::name)).containsExactly("Lome");

        Extracted agreed = Extracted.from(pipeline, """
                TAMALE, May 2 (Wire) - Ghana and Togo agreed on Thursday to share the fishing grounds, officials said.
                """, "2024-05-02");
        assertThat(agreed.negotiations()).allSatisfy(n -> assertThat(n.places()).isEmpty());

        Extracted staff = Extracted.from(pipeline, """
                TAMALE -- Ghana and Togo signed a border accord on Thursday, ending a decade of disputes over fishing \
                grounds, in a ceremony few had expected.
                """, "2024-05-02");
        assertThat(staff.negotiations()).as("no agency's mark").allSatisfy(n -> assertThat(n.places()).isEmpty());

        Extracted old = Extracted.from(pipeline, """
                TAMALE, May 20 (Wire) - Ghana and Togo signed a border accord on May 2, ending a decade of disputes \
                over fishing grounds.
                """, "2024-05-20");
        assertThat(old.negotiations()).allSatisfy(n -> assertThat(n.places()).isEmpty());
    }

    @Test
    void aSigningByUnnamedLeadersIsPlacedAtTheDatelineOfItsDay() {
        Extracted e = Extracted.from(pipeline, """
                TAMALE, May 2 (Wire) - The leaders of five West African states put their names on Thursday to a \
                fisheries pact for the Gulf of Guinea after two days of talks.
                """, "2024-05-02");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.places().stream().map(e::name)).containsExactly("Tamale");
            assertThat(n.startDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-05-02"));
        });
        Extracted nobody = Extracted.from(pipeline, """
                TAMALE, May 2 (Wire) - A pact to end the cattle raids was signed on Thursday.
                """, "2024-05-02");
        assertThat(nobody.negotiations()).as("a meeting of no one, named or not").isEmpty();
    }

    @Test
    void anAgreementAnnouncedIsNotPlacedAtTheDatelineASigningIs() {
        Extracted announced = Extracted.from(pipeline, """
                TAMALE, May 3 (Valley Wire) - Ghana's government announced on Friday a fisheries agreement with Togo \
                that ends a decade of quarrels over the lagoon.
                """, "2024-05-03");
        assertThat(announced.negotiations()).singleElement().satisfies(n -> assertThat(n.places()).isEmpty());
        Extracted signed = Extracted.from(pipeline, """
                TAMALE, May 3 (Valley Wire) - Ghana and Togo signed a fisheries agreement on Friday that ends a decade \
                of quarrels over the lagoon.
                """, "2024-05-03");
        assertThat(signed.negotiations()).singleElement().satisfies(n ->
                assertThat(n.places().stream().map(signed::name)).containsExactly("Tamale"));
    }

    @Test
    void hereInAStoryWithoutAnAgencyIsItsDatelineCityOnAnyDay() {
        Extracted here = Extracted.from(pipeline, """
                TAMALE - The fisheries accord that Ghana and Togo signed here on Friday takes effect in June.
                """, "2024-05-20");
        assertThat(here.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.places().stream().map(here::name)).containsExactly("Tamale");
            assertThat(n.startDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-05-17"));
        });
        Extracted bureau = Extracted.from(pipeline, """
                TAMALE - The fisheries accord that Ghana and Togo signed on Friday takes effect in June.
                """, "2024-05-20");
        assertThat(bureau.negotiations()).singleElement().satisfies(n -> assertThat(n.places()).isEmpty());
        Extracted quoted = Extracted.from(pipeline, """
                TAMALE - "We are glad to be here," the envoy said. Ghana and Togo signed a fisheries accord on Friday.
                """, "2024-05-18");
        assertThat(quoted.negotiations()).singleElement().satisfies(n -> assertThat(n.places()).isEmpty());
        Extracted officials = Extracted.from(pipeline, """
                TAMALE - Officials here welcomed the fisheries accord that Ghana and Togo signed on Friday.
                """, "2024-05-18");
        assertThat(officials.negotiations()).singleElement().satisfies(n -> assertThat(n.places()).isEmpty());
    }

    @Test
    void anIslandInAPlaceNameIsNoCountry() {
        Extracted e = extract("""
                Envoys of Ghana and Togo met on Monday at a resort on Bunce Island to settle the fishing quarrel.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(n.places().stream().map(e::name)).containsExactly("Bunce Island"));
        assertThat(e.actor("Iceland")).isEmpty();
    }

    @Test
    void theGatheringOnWhoseSidelinesTwoMinistersMetIsNotTheirMeeting() {
        Extracted e = extract("""
                Ghanaian Foreign Minister Kofi Mensah and his Togolese counterpart, Ama Agbo, met on the sidelines of \
                an African Union summit on Monday, according to a statement from the Ghanaian foreign ministry.
                """);
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.partyNames(e.negotiations().get(0))).containsExactlyInAnyOrder("Ghana", "Togo");
    }

    @Test
    void aSpeakerSitsAtTalksWithTheCounterpartTheyName() {
        Extracted e = extract("A Hamas official said the talks with Israel had ended in Cairo on Monday.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.partyNames(e.negotiations().get(0))).containsExactlyInAnyOrder("Hamas", "Israel");
    }

    @Test
    void whomEachSignerSignedForIsASide() {
        Extracted e = extract("The accord was signed on Monday by General Kofi Boateng for the Ghanaian army and "
                + "Colonel Ama Agbo for the Patriotic Front.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.partyNames(e.negotiations().get(0))).containsExactlyInAnyOrder("Ghana", "Patriotic Front");
        assertThat(e.negotiations().get(0).startDate()).contains(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aMeetingCountedFromAnotherTakesItsOwnCalendarDay() {
        Extracted e = extract("Nine days later, on 2 March, the Ghanaian and Togolese delegations agreed in Lome to a truce.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).status()).isEqualTo(NegotiationStatus.HELD);
        assertThat(e.negotiations().get(0).startDate()).contains(LocalDate.of(2024, 3, 2));
    }

    @Test
    void aPossessivePronounInsideTheSubjectItStandsForDoesNotLoop() {
        Extracted e = extract("""
                Ghana and Togo sent their generals to Lome. The talks between their generals ended on Monday.
                """);
        assertThat(e.negotiations()).isNotEmpty();
        assertThat(e.partyNames(e.negotiations().get(0))).contains("Ghana", "Togo");
    }

    @Test
    void theSidesOfAnAgreementWhoseSigningIsReportedOrWhoSignedItInAReducedClause() {
        Extracted ceremony = extract("President Ali Hassan presided over the signing ceremony of the peace agreement "
                + "between the Government of Ghana and the Patriotic Front on Monday.");
        assertThat(ceremony.negotiations()).hasSize(1);
        assertThat(ceremony.partyNames(ceremony.negotiations().get(0))).containsExactlyInAnyOrder("Ghana", "Patriotic Front");
        Extracted reduced = extract("The truce follows the Volta accord, signed in Geneva on 31 May 2023 by Ghanaian and "
                + "Togolese officers.");
        assertThat(reduced.negotiations()).hasSize(1);
        assertThat(reduced.partyNames(reduced.negotiations().get(0))).containsExactlyInAnyOrder("Ghana", "Togo");
        assertThat(reduced.negotiations().get(0).startDate()).contains(LocalDate.of(2023, 5, 31));
    }

    @Test
    void anAgreementThatOpensTheSentenceWithWhoSignedItAndWhenIsThatSigning() {
        Extracted e = extract("The grazing accord signed on Sunday by Malian President Amadou Keita and Nigerien "
                + "President Issa Bako took effect at dawn.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Mali", "Niger");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 10));
        });
    }

    @Test
    void whoSignsAfterTheFirstSignerIsASideToo() {
        Extracted e = extract("The river pact was signed in Niamey on Monday by Nigerien President Issa Bako, followed by "
                + "Malian President Amadou Keita and Beninese President Paul Dossou.");
        assertThat(e.negotiations()).singleElement()
                .satisfies(n -> assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Niger", "Mali", "Benin"));
        Extracted protests = extract("The treaty was signed by Ghana and Togo on Monday, followed by protests in Accra.");
        assertThat(protests.negotiations()).singleElement()
                .satisfies(n -> assertThat(protests.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo"));
    }

    @Test
    void aSigningTheDayBeforeAnotherEventIsCountedFromThatEventsDay() {
        Extracted before = extract("Senegalese President Macky Diop on Tuesday welcomed the grazing accord that Mali and "
                + "Niger had signed in Kayes a day earlier.");
        assertThat(before.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
        Extracted after = extract("Mali and Niger signed the grazing accord in Kayes on Monday, and their ministers met "
                + "again in Niamey the following day.");
        assertThat(after.negotiations()).anySatisfy(n -> {
            assertThat(after.placeNames(n)).contains("Niamey");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
        Extracted vague = extract("Senegalese President Macky Diop on Tuesday welcomed the grazing accord that Mali and "
                + "Niger had signed in Kayes days earlier.");
        assertThat(vague.negotiations()).allSatisfy(n -> assertThat(n.startDate()).isNotEqualTo(Optional.of(LocalDate.of(2024, 3, 11))));
    }

    @Test
    void aCaptionsClosingDateDatesWhatThePhotoShows() {
        Extracted e = extract("Malian President Amadou Keita and Nigerien President Issa Bako shake hands on the steps of "
                + "the Kayes prefecture once the grazing accord is signed, 4 June 2019. Photo: Agency");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2019, 6, 4)));
        Extracted story = extract("Negotiators from Mali and Niger met in Kayes on Monday to review the grazing accord "
                + "they signed in Bamako, 4 June 2019.");
        assertThat(story.negotiations()).anySatisfy(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void aDeadlineIsNotTheDayOfTheTalks() {
        Extracted e = extract("A timetable to reopen the border by 1 May 2025 was set on Monday at talks between Mali and "
                + "Niger in Kayes.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
        Extracted round = extract("Mali and Niger will hold a new round of talks in Kayes by 20 March, the ministry said.");
        assertThat(round.negotiations()).singleElement().satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 20)));
    }

    @Test
    void theLastWordsOfATitleAreNoSide() {
        Extracted e = extract("The Secretary of State opened the border talks between Chile and Bolivia in Lima on Monday.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).parties().stream().map(e::name)).containsExactlyInAnyOrder("Chile", "Bolivia");
    }

    @Test
    void whoseGovernmentHostedTheTalksIsTheGovernmentOfWhomTheClauseDescribes() {
        Extracted e = extract("""
                Chad's government and the northern rebels signed a peace agreement in Niamey on Sunday.

                Nigerien President Ali Moussa, whose government hosted the talks, called on both sides to respect the deal.
                """);
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(n.hosts().stream().map(e::name)).containsExactly("Niger");
        assertThat(n.parties().stream().map(e::name)).contains("Chad");
    }

    @Test
    void aSideThatAlsoHostsTheTalksStaysASide() {
        Extracted e = extract("""
                The government of Chad and the northern rebels signed a peace agreement in Abeche on Sunday.

                The government hosted the talks, which lasted two years.
                """);
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).parties().stream().map(e::name)).hasSize(2).contains("Chad");
    }

    @Test
    void aSigningToldInARelativeClauseIsTheEventItsNounNames() {
        Extracted e = extract("Last Friday's ceremony in Tamale, at which Ghanaian minister Kofi Mensah and Togolese minister "
                + "Yao Agbeko signed a memorandum of understanding, was short on drama.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).startDate()).contains(LocalDate.of(2024, 3, 8));
        assertThat(e.negotiations().get(0).parties().stream().map(e::name)).containsExactlyInAnyOrder("Ghana", "Togo");
    }

    @Test
    void signingDocumentsOrPuttingOnesNameToAnAccordConcludesIt() {
        Extracted e = extract("Ghana and Togo signed two documents on Sunday that set out a framework for peace.");
        assertThat(e.negotiations()).hasSize(1);
        assertThat(e.negotiations().get(0).outcome()).contains("agreement");
        Extracted put = extract("Ghana and Togo put their names to the border accord on Sunday.");
        assertThat(put.negotiations()).hasSize(1);
        assertThat(put.negotiations().get(0).parties().stream().map(put::name)).containsExactlyInAnyOrder("Ghana", "Togo");
        assertThat(extract("Ghana signed two documents on Sunday.").negotiations()).isEmpty();
    }

    @Test
    void aPlannedMeetingIsNeverHeld() {
        Extracted e = extract("The presidents of Rwanda and Burundi will meet in Kigali on Friday, officials said.");
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(n.status()).isEqualTo(NegotiationStatus.PLANNED);
        assertThat(n.startDate()).as("a weekday in a future clause resolves forward").contains(LocalDate.of(2024, 3, 15));
    }

    @Test
    void aMeetingSomeoneWouldAcceptIsOnlyProposed() {
        Extracted e = extract("Georgian Prime Minister Levan Beridze said he would not refuse a meeting with the Abkhaz leader in Geneva.");
        assertThat(e.negotiations()).noneMatch(n -> n.status() == NegotiationStatus.HELD);
    }

    @Test
    void aPhoneCallIsANegotiationOverThePhone() {
        Extracted e = extract("The leaders of Chile and Peru spoke by phone on Tuesday about the maritime dispute, "
                + "and Chilean President Alvaro Soto held a phone call with Peruvian President Rosa Quispe on Tuesday.");
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(n.format()).contains("phone");
        assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        assertThat(e.partyNames(n)).containsExactly("Chile", "Peru");
    }

    @Test
    void twoRoundsAtOneVenueOnDifferentDaysStayApart() {
        Extracted e = extract("""
                Photo taken on March 4, 2024 shows the second round of talks between Sudanese and Chadian delegations in Jeddah.

                Sudan and Chad failed to reach agreement at a third round of talks in Jeddah on Monday.
                """);
        assertThat(e.negotiations()).hasSize(2);
        assertThat(e.negotiations()).extracting(n -> n.startDate().orElse(null))
                .containsExactlyInAnyOrder(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11));
    }

    @Test
    void theMeetingsAnArticleMentionsAgainAreOneMeeting() {
        Extracted e = extract("""
                Azerbaijani and Armenian foreign ministers met in Almaty on Monday.

                The talks lasted four hours. After the meeting, both ministers said the negotiations had been useful.
                """);
        assertThat(e.negotiations()).hasSize(1);
    }

    @Test
    void delegationsWithTheirHeads() {
        Extracted e = extract("""
                The Colombian delegation, led by chief negotiator Andres Pardo, and the rebel delegation met in Havana on Monday.

                Cuban Foreign Minister Lidia Perez and Colombian Foreign Minister Julian Rojas met in Havana on Monday.
                """);
        List<DelegationCandidate> colombia = e.x().delegations().stream()
                .filter(d -> e.name(d.party()).equals("Colombia")).toList();
        assertThat(colombia).isNotEmpty();
        assertThat(colombia.get(0).members().stream().map(e::name)).contains("Andres Pardo");
        assertThat(colombia.get(0).head().map(e::name)).contains("Andres Pardo");
    }

    @Test
    void aRoundPlannedAtAMeetingIsNotThatMeetingsNumber() {
        Extracted e = extract("""
                Chad and Sudan held talks in Ndjamena on Monday. A second round was planned for April in Khartoum.
                """);
        NegotiationCandidate held = e.negotiations().stream().filter(n -> n.status() == NegotiationStatus.HELD)
                .findFirst().orElseThrow();
        assertThat(held.round()).isEmpty();
        assertThat(held.startDate()).contains(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aThirdPartyIntroducedByWithAsMediatorIsNotAParty() {
        Extracted e = extract("""
                Officials from Chile and Peru met in Quito on Monday for a second round of talks, with Ecuador acting as mediator.

                Bolivia and Paraguay held talks in Asuncion on Friday with Uruguay as mediator.
                """);
        for (String mediator : List.of("Ecuador", "Uruguay")) {
            NegotiationCandidate n = e.negotiations().stream()
                    .filter(c -> c.mediators().stream().map(e::name).toList().contains(mediator)).findFirst().orElseThrow();
            assertThat(e.partyNames(n)).hasSize(2).doesNotContain(mediator);
        }
    }

    @Test
    void aHostAndAMediatorAreNeverParties() {
        Extracted e = extract("""
                Kenya hosted talks between Ethiopia and Somalia in Nairobi on Monday, mediated by the African Union.
                """);
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(e.partyNames(n)).containsExactly("Ethiopia", "Somalia");
        assertThat(n.hosts().stream().map(e::name)).containsExactly("Kenya");
        assertThat(n.mediators().stream().map(e::name)).containsExactly("African Union");
    }

    @Test
    void anotherMeetingsOutcomeStaysWithIt() {
        Extracted e = extract("""
                Ghana and Togo held talks in Lome on Monday without reaching a deal.

                Last year, Benin and Niger signed a border accord in Niamey.
                """);
        NegotiationCandidate lome = e.negotiations().stream().filter(n -> e.partyNames(n).contains("Ghana"))
                .findFirst().orElseThrow();
        assertThat(lome.outcome()).isEmpty();
        assertThat(e.negotiations()).filteredOn(n -> e.partyNames(n).contains("Benin"))
                .allSatisfy(n -> assertThat(n.startDate()).isEmpty());
    }

    @Test
    void callsThatHappenedAreHeldEvenInReportedSpeech() {
        Extracted e = extract("""
                The Kremlin said Russian President Igor Petrov held a phone call with French President Anne Moreau on Tuesday.
                Moreau also spoke by phone with German Chancellor Karl Weber on Tuesday.
                """);
        assertThat(e.negotiations()).filteredOn(n -> n.format().filter("phone"::equals).isPresent())
                .hasSize(2).allSatisfy(n -> assertThat(n.status()).isEqualTo(NegotiationStatus.HELD));
    }

    @Test
    void twoSidesAndWarringPartiesAreTheStorysParties() {
        Extracted e = extract("""
                Armenia and Azerbaijan agree to new border talks

                The two sides met in Tbilisi on Monday and agreed to meet again next month.
                """);
        assertThat(e.negotiations()).filteredOn(n -> n.status() == NegotiationStatus.HELD)
                .anySatisfy(n -> {
                    assertThat(e.partyNames(n)).contains("Armenia", "Azerbaijan");
                    assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
                });
    }

    @Test
    void anAgreementSignedIsAMeetingOfItsSignatories() {
        Extracted e = extract("""
                Ghana, Togo sign fishing accord

                The accord was signed by the Ghanaian president and the Togolese prime minister in Accra on Sunday.
                """);
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(e.partyNames(n)).contains("Ghana", "Togo");
            assertThat(n.outcome()).contains("agreement");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 10));
        });
    }

    @Test
    void aMeetingWithADayAndAPlaceButOnePartyNamedIsKept() {
        Extracted e = extract("World leaders attending the peace summit in Rome agreed on Monday to lift the blockade.");
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(e.placeNames(n)).contains("Rome");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        });
    }

    @Test
    void whoeverGathersForADayOfTalksMeetsWhereAndWhenTheyGather() {
        Extracted e = extract("In Accra, Ghanaian and Togolese officials gathered on Sunday for a second day of talks on the border.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.placeNames(n)).contains("Accra");
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 10));
        });
    }

    @Test
    void aSitDownInAWhenClauseOnADateIsAMeetingThatDay() {
        Extracted e = extract("""
                Ghanaian President Kofi Mensah and Togolese President Yao Agbeko met in Lome on Monday.

                The talks built on what had happened in Accra on February 27, when Mensah sat down with Agbeko for the \
                first time.
                """);
        assertThat(e.negotiations()).hasSize(2).anySatisfy(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 2, 27));
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
        });
    }

    @Test
    void aPlaceAfterTheDateOfTalksIsWhereTheyMet() {
        Extracted e = extract("The deal followed a state visit during which Iranian President Ali Karimi had held talks with "
                + "Chinese President Wang Lei on 14 February in Beijing.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.placeNames(n)).contains("Beijing");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 2, 14));
        });
    }

    @Test
    void talksThatWereMediatedAndHostedNameTheirThirdParties() {
        Extracted e = extract("""
                Sudan and South Sudan held talks in Addis Ababa on Monday.

                The talks were mediated by the African Union and hosted by Ethiopia.
                """);
        assertThat(e.negotiations()).hasSize(1);
        NegotiationCandidate n = e.negotiations().get(0);
        assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Sudan", "South Sudan");
        assertThat(n.mediators().stream().map(e::name)).containsExactly("African Union");
        assertThat(n.hosts().stream().map(e::name)).containsExactly("Ethiopia");
    }

    @Test
    void aHostNamedWithAsIsAHost() {
        Extracted e = extract("""
                Bolivia and Paraguay held talks in Asuncion on Monday. The talks were facilitated by Spain, with Uruguay as host.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.mediators().stream().map(e::name)).containsExactly("Spain");
            assertThat(n.hosts().stream().map(e::name)).containsExactly("Uruguay");
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Bolivia", "Paraguay");
        });
    }

    @Test
    void mediatorsFromStatesAreNotParties() {
        Extracted e = extract("""
                Mediators from Angola and Kenya met separately with a Rwandan delegation and a Burundian team in Luanda on Tuesday.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Rwanda", "Burundi");
            assertThat(n.mediators().stream().map(e::name)).containsExactlyInAnyOrder("Angola", "Kenya");
        });
    }

    @Test
    void aWireLeadWithItsSourceLastDatesTheHeadline() {
        Extracted e = extract("""
                Chad, Niger resume border talks

                Delegations from Chad and Niger resumed border talks in Niamey on Monday, officials said.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void thePlaceOfWhatTalksAimAtIsNotWhereTheyMeet() {
        Extracted e = extract("""
                Ghana and Togo met in Accra on Tuesday in an effort to restore calm in Lome.

                The negotiations, sponsored by Nigeria, aim to secure a truce after weeks of fighting in Lome.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.placeNames(n)).containsExactly("Accra");
            assertThat(n.mediators().stream().map(e::name)).containsExactly("Nigeria");
        });
    }

    @Test
    void aCapitalAfterTheTopicOfTalksIsWhereTheyMeet() {
        Extracted venue = extract("Kenya and Uganda held talks on the border in Nairobi on Monday.");
        assertThat(venue.negotiations()).singleElement().satisfies(n ->
                assertThat(venue.placeNames(n)).containsExactly("Nairobi"));
        Extracted topic = extract("Ghana and Togo held talks on Monday on the situation in Lome.");
        assertThat(topic.negotiations()).singleElement().satisfies(n ->
                assertThat(topic.placeNames(n)).isEmpty());
    }

    @Test
    void aRegionThatActsBesideAStateIsASide() {
        Extracted e = extract("Moldova and Transnistria held talks in Chisinau on Monday.");
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(n.parties().stream().map(e::name)).containsExactlyInAnyOrder("Moldova", "Transnistria"));
        Extracted offices = extract("The presidents of Somalia and Somaliland held talks in Djibouti on Monday.");
        assertThat(offices.negotiations()).singleElement().satisfies(n ->
                assertThat(n.parties().stream().map(offices::name)).containsExactlyInAnyOrder("Somalia", "Somaliland"));
        Extracted venue = extract("Georgia and Armenia met in Abkhazia on Monday.");
        assertThat(venue.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.parties().stream().map(venue::name)).containsExactlyInAnyOrder("Georgia", "Armenia");
            assertThat(venue.placeNames(n)).containsExactly("Abkhazia");
        });
    }

    @Test
    void theSidesJointBodiesMeetForTheSides() {
        Extracted e = extract("""
                Peru and Chile held talks in Lima on Monday.

                The technical committees will meet in Santiago on June 28. The first meeting of the joint \
                commission will be held in Quito on August 26.
                """);
        assertThat(e.negotiations()).filteredOn(n -> n.status() == NegotiationStatus.PLANNED).hasSize(2)
                .allSatisfy(n -> assertThat(n.parties().stream().map(e::name)).containsExactlyInAnyOrder("Peru", "Chile"));
    }

    @Test
    void aDelegationLedBySomeoneThatHeldTalksWithMediatorsIsAPartyEvenWhenTheParserMakesLedTheMainVerb() {
        Extracted e = extract("A Peruvian delegation led by its chief negotiator, Ana Rojas, held talks with Brazilian and "
                + "Argentine mediators in Lima on Saturday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.parties().stream().map(e::name)).containsExactly("Peru");
            assertThat(n.mediators().stream().map(e::name)).containsExactlyInAnyOrder("Brazil", "Argentina");
        });
    }

    @Test
    void speakingToReportersOrBeingJoinedByAidesIsNoMeeting() {
        Extracted e = extract("""
                Peru and Chile held talks in Lima on Monday.

                Speaking to reporters at the end of the second day, the Peruvian minister Ana Rojas said the talks \
                had gone well. Chile's negotiator Jorge Pinto signed for Chile, joined by Luis Vega and Marta Solis.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(n.parties().stream().map(e::name)).containsExactlyInAnyOrder("Peru", "Chile"));
    }

    @Test
    void talksCommencedAreHeld() {
        Extracted e = extract("Peru and Bolivia commenced the second round of peace talks in Lima on Tuesday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.parties().stream().map(e::name)).containsExactlyInAnyOrder("Peru", "Bolivia");
        });
    }

    @Test
    void aHeadlineInfinitiveAnnouncesPlannedTalks() {
        Extracted e = extract("""
                Bolivia and Chile to hold border talks in Lima

                Officials said the date had not been set.
                """);
        assertThat(e.negotiations()).isNotEmpty().allSatisfy(n ->
                assertThat(n.status()).isEqualTo(NegotiationStatus.PLANNED));
    }

    @Test
    void guarantorsActAsMediatorsAndTheNextRoundIsPlannedBetweenTheSameSides() {
        Extracted e = extract("""
                Peru and Ecuador ended a third round of border talks in Quito on Monday. Spain and Chile acted as guarantors.

                The next round will take place in Lima in May, the two sides said in a joint statement.
                """);
        assertThat(e.negotiations()).filteredOn(n -> n.status() == NegotiationStatus.HELD).singleElement()
                .satisfies(n -> assertThat(n.mediators().stream().map(e::name)).containsExactlyInAnyOrder("Spain", "Chile"));
        assertThat(e.negotiations()).filteredOn(n -> n.status() == NegotiationStatus.PLANNED).singleElement()
                .satisfies(n -> {
                    assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Peru", "Ecuador");
                    assertThat(e.placeNames(n)).containsExactly("Lima");
                });
    }

    @Test
    void anAgreementToCeaseHostilitiesIsAnAgreement() {
        Extracted e = extract("The government of Mozambique and the rebels signed a cessation of hostilities in Maputo on Monday.");
        assertThat(e.negotiations()).anySatisfy(n -> assertThat(n.outcome()).contains("agreement"));
    }

    @Test
    void thoseWhoPostponeTalksAreTheirParties() {
        Extracted e = extract("Bolivia and Chile have postponed a round of talks that was to open in Santiago on Friday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.CANCELLED);
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Bolivia", "Chile");
        });
    }

    @Test
    void talksSuspendedOrHaltedWereUnderWay() {
        Extracted e = extract("""
                The mediator, Ana Lopes, on Tuesday suspended the negotiations between the government of Moldova and the opposition.

                Talks between Bolivia and Chile were halted in La Paz on Friday after a quarrel over the agenda.
                """);
        assertThat(e.negotiations()).filteredOn(n -> e.partyNames(n).contains("Moldova")).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
            assertThat(n.outcome()).contains("no-agreement");
        });
        assertThat(e.negotiations()).filteredOn(n -> e.partyNames(n).contains("Bolivia")).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.outcome()).contains("no-agreement");
        });
    }

    @Test
    void theDayAMeetingRanUntilIsNotItsDay() {
        Extracted e = extract("""
                The breakthrough came on Saturday, when the two teams first met without their aides. Few had expected them to agree on an agenda.

                Ghana's team, led by Kofi Boateng, sat down with a Togolese delegation headed by Yao Agbo at a lakeside lodge near Accra. The meeting lasted until late Sunday and ended without a communique.
                """);
        // The lead tells Saturday's meeting; the one the story goes on to describe, which ran into Sunday, is that one.
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 9));
        });
        assertThat(e.x().delegations()).hasSize(2).allSatisfy(d -> assertThat(d.negotiation()).isEqualTo(e.negotiations().get(0).id()));
    }

    @Test
    void whoeverSignsAnAccordBetweenTheirCountriesIsNoGoBetween() {
        Extracted e = extract("The foreign ministers of Chile and Peru signed a treaty between the two states on fishing rights in Lima on Monday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Chile", "Peru");
            assertThat(n.mediators()).isEmpty();
        });
    }

    @Test
    void aMeetingWithNoDayOfItsOwnIsDatedByTheDayItRanUntil() {
        Extracted e = extract("""
                The fishing dispute has soured relations for a decade. Fishermen on both sides have lost boats and nets. Prices in the coastal markets have doubled. Few expected much from the weekend.

                Ghana's team, led by Kofi Boateng, sat down with a Togolese delegation headed by Yao Agbo at a lakeside lodge near Accra. The meeting lasted until late Sunday and ended without a communique.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 10)));
    }

    @Test
    void theSigningSomewhereOfAnAccordBetweenTwoSidesIsTheirMeeting() {
        Extracted e = extract("Church bells rang after the signing in Kariba on Friday of a fishing treaty between Zambia and Zimbabwe.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Zambia", "Zimbabwe");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 8));
        });
    }

    @Test
    void aCountryActingAsHostIsNoParty() {
        Extracted e = extract("Envoys from Bolivia and Paraguay met on Friday for a third round of talks on the river, with Uruguay acting as host.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Bolivia", "Paraguay");
            assertThat(n.hosts().stream().map(e::name)).containsExactly("Uruguay");
        });
    }

    @Test
    void aDayTheLeadLooksAheadToDoesNotDateItsMeeting() {
        Extracted e = extract("Envoys of Peru and Chile held talks in Lima. The deadline for a border deal is Friday, officials said.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 13)));
    }

    @Test
    void whoeverTelephonesSomeoneCallsThemByPhone() {
        Extracted e = extract("""
                On Tuesday, Chilean President Alvaro Soto telephoned Peruvian President Rosa Quispe.

                In a separate call, the foreign ministers of Ghana and Togo agreed to meet in Lome next month.
                """);
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Chile", "Peru");
            assertThat(n.format()).contains("phone");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
        assertThat(e.negotiations()).filteredOn(n -> e.partyNames(n).contains("Ghana") && n.status() == NegotiationStatus.HELD)
                .singleElement().satisfies(n -> assertThat(n.format()).contains("phone"));
    }

    @Test
    void talksCoChairedByTwoThirdPartiesHaveBothAsMediators() {
        Extracted e = extract("Talks between Chad and Niger in Niamey, co-chaired by the United Nations and the African Union, "
                + "ended on Friday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Chad", "Niger");
            assertThat(n.mediators().stream().map(e::name)).containsExactlyInAnyOrder("United Nations", "African Union");
        });
    }

    @Test
    void discussionsAreTalks() {
        Extracted e = extract("Chad and Niger held four days of closed-door discussions in Bamako last week.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Chad", "Niger");
            assertThat(e.placeNames(n)).containsExactly("Bamako");
        });
    }

    @Test
    void sidesThatPlanToMeetAgainPlanAMeetingOfTheirOwn() {
        Extracted e = extract("""
                Chile and Peru hold talks in Lima

                Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart, Jorge Salas, held talks in Lima on Monday.

                The ministers plan to meet again in Quito in April.
                """);
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.PLANNED);
            assertThat(e.placeNames(n)).containsExactly("Quito");
        });
        assertThat(e.negotiations()).filteredOn(n -> n.status() == NegotiationStatus.HELD).singleElement()
                .satisfies(n -> assertThat(e.placeNames(n)).containsExactly("Lima"));
    }

    @Test
    void aFormerOfficialMediatesForNoState() {
        Extracted e = extract("Gabon and Cameroon held talks in Malabo on Monday, mediated by former Nigerian president Ade Okafor.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Gabon", "Cameroon");
            assertThat(n.mediators().stream().map(e::name)).containsExactly("Ade Okafor");
        });
        assertThat(e.x().delegations()).noneMatch(d -> e.name(d.party()).equals("Nigeria"));
    }

    @Test
    void leadersWhoShookHandsMetWhereAndWhenTheyDid() {
        Extracted e = extract("Zambian President Grace Banda and Malawian President Peter Phiri shook hands in Lusaka on "
                + "Tuesday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Zambia", "Malawi");
            assertThat(e.placeNames(n)).containsExactly("Lusaka");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
        assertThat(extract("The Zambian president shook hands with his Malawian counterpart on Monday.").negotiations())
                .singleElement().satisfies(n -> assertThat(n.parties()).hasSize(2));
    }

    @Test
    void aSecondVerbOfTheSameSubjectsSignsTheirAgreement() {
        Extracted e = extract("Zambian President Grace Banda and Malawian President Peter Phiri met in Lusaka on Tuesday "
                + "and signed a joint declaration on the border.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.outcome()).isPresent();
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Zambia", "Malawi");
        });
    }

    @Test
    void theDayOfFailingToAgreeIsTheDayOfTheTalks() {
        Extracted e = extract("On 2 March, the Zambian and Malawian prime ministers failed to reach an agreement after ten "
                + "hours of negotiations in Lilongwe.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 2));
            assertThat(e.placeNames(n)).containsExactly("Lilongwe");
        });
        Extracted round = extract("In the previous round on 2 March, the Zambian and Malawian prime ministers failed to "
                + "reach an agreement after ten hours of negotiations in Lilongwe.");
        assertThat(round.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 2)));
    }

    @Test
    void theTwoMenWhoSignedEarlierAreTheSidesOfAnEarlierMeeting() {
        Extracted e = extract("""
                Zambian President Peter Banda and Malawian President John Phiri signed a peace accord in Lusaka on Tuesday.

                The two men had already signed a border deal in Harare on 5 February, under talks chaired by a regional envoy.
                """);
        assertThat(e.negotiations()).hasSize(2).anySatisfy(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 2, 5));
            assertThat(e.placeNames(n)).containsExactly("Harare");
        });
    }

    @Test
    void theTwoLeadersAtAnEarlierMeetingAreThoseOfTheArticlesMeeting() {
        Extracted e = extract("""
                Zambian President Peter Banda and Malawian President John Phiri met in Lusaka on Monday. The two leaders \
                had held talks in Harare on 10 July.
                """);
        assertThat(e.negotiations()).hasSize(2).anySatisfy(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2023, 7, 10));
            assertThat(e.x().delegations().stream().filter(d -> d.negotiation().equals(n.id())).map(d -> e.name(d.head().orElseThrow())))
                    .containsExactlyInAnyOrder("Peter Banda", "John Phiri");
        });
    }

    @Test
    void aMeetingDatedAfterTheArticleHasNotBeenHeldYet() {
        Extracted e = extract("""
                Zambian and Malawian negotiators held talks in Lusaka on Monday. The two sides agreed to reconvene next \
                Saturday, the foreign ministry said.
                """);
        assertThat(e.negotiations()).hasSize(2).anySatisfy(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 16));
            assertThat(n.status()).isEqualTo(NegotiationStatus.PLANNED);
        });
        assertThat(e.x().delegations()).allSatisfy(d -> assertThat(e.negotiations().stream()
                .filter(n -> n.id().equals(d.negotiation())).map(NegotiationCandidate::status)).containsOnly(NegotiationStatus.HELD));
    }

    @Test
    void representativesWhoSatDownTogetherMet() {
        Extracted e = extract("Representatives of Zambia and Malawi sat down together in Lusaka on Tuesday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Zambia", "Malawi");
            assertThat(e.placeNames(n)).containsExactly("Lusaka");
        });
    }

    @Test
    void aTimeOfDayWithoutADayKeepsTheDayBeingToldNotThePublicationDay() {
        Extracted e = extract("""
                Ghana and Togo agreed on Monday to reopen their border after a day of talks in Lome.

                In a joint declaration read late in the evening, the two sides also agreed to set up a joint commission.
                """);
        assertThat(e.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void aDatedMeetingWhoseSidesOnlyTheHeadlineNamesIsBetweenThem() {
        Extracted e = extract("""
                Ghana and Togo leaders back AU border plan in Accra

                ACCRA - The leaders of Ghana and Togo gave their backing on Monday evening to an African Union proposal
                for their disputed border, but left without signing it.

                Moses Tetteh, the AU commission's chairman, who hosted the meeting, told journalists after four hours of
                talks that no further discussions were needed on the text.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
        });
    }

    @Test
    void mediatorsNamedByTheirCountriesAdjectivesAreMediatorsNotParties() {
        Extracted e = extract("""
                Front holds talks with mediators in Lome

                A delegation of the Rapid Action Front held talks with Ghanaian and Nigerian mediators in Lome on Monday.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Rapid Action Front");
            assertThat(n.mediators().stream().map(e::name)).containsExactlyInAnyOrder("Ghana", "Nigeria");
        });
    }

    @Test
    void sidesThatLeftAfterAMeetingHostedByAThirdPartyMetThere() {
        Extracted e = extract("Ghana and Togo left Accra on Tuesday after a two-day meeting hosted by the UN chief.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
            assertThat(n.hosts().stream().map(e::name)).containsExactly("United Nations");
        });
    }

    @Test
    void aFurtherSessionIsTheSidesNextMeeting() {
        Extracted e = extract("""
                Ghana, Togo and Benin restarted negotiations on the river on Monday. A further session is expected on Sunday.
                """);
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.PLANNED);
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 17));
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo", "Benin");
        });
    }

    @Test
    void aMeetingHeldOnADayAndAttendedByMinistersOfTwoStatesIsTheirs() {
        Extracted e = extract("The meeting, held in Accra on Monday, was attended by the foreign ministers of Ghana and Togo.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
            assertThat(e.placeNames(n)).containsExactly("Accra");
        });
    }

    @Test
    void aLaterSentenceGivesTheDayTheLeadOnlyReported() {
        Extracted e = extract("""
                Bolivia and Paraguay have agreed to reopen their river ports, officials of both governments said on Tuesday.

                The deal was set out in a joint declaration signed last Friday at a hotel in Asuncion, after three days
                of talks facilitated by the Uruguayan government.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.startDate()).as("the day of the signing, not of the officials' words").contains(LocalDate.of(2024, 3, 8));
            assertThat(e.partyNames(n)).contains("Bolivia", "Paraguay");
            assertThat(e.placeNames(n)).containsExactly("Asuncion");
            assertThat(n.mediators().stream().map(e::name)).contains("Uruguay");
        });
    }

    @Test
    void aRoundWeeksBeforeTheLeadIsAnotherMeeting() {
        Extracted e = extract("""
                Bolivia and Paraguay have agreed to reopen their river ports, officials of both governments said on Tuesday.

                An earlier round of talks in Asuncion on February 2 had ended without a deal.
                """);
        assertThat(e.negotiations()).extracting(n -> n.startDate().orElse(null))
                .as("the February round keeps its day and the agreement the lead's")
                .contains(LocalDate.of(2024, 3, 12));
    }

    @Test
    void aMeetingOverSeveralDaysIsDatedByTheDayItOpened() {
        Extracted e = extract("""
                Kenya and Uganda held talks on the lake border in Kisumu on 20-21 February 2024.

                Chile and Bolivia met in La Paz from 4 to 6 March.

                Benin and Niger met in Cotonou on 27–28 November 2023.

                Ghana and Togo met in Lome on February 7-8, 2024.
                """);
        assertThat(e.negotiations()).extracting(n -> n.startDate().orElse(null)).containsExactlyInAnyOrder(
                LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 4), LocalDate.of(2023, 11, 27), LocalDate.of(2024, 2, 7));
    }

    @Test
    void aGovernmentAndArmedGroupsSigningInACapitalMeetThere() {
        Extracted e = extract("The government of Niger and eight armed groups initialled a peace agreement in Algiers on Tuesday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).contains("Niger").anyMatch(p -> p.contains("armed groups"));
            assertThat(e.placeNames(n)).containsExactly("Algiers");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
    }

    @Test
    void aTruceInACapitalHoldsThereAndIsNotWhereItWasSigned() {
        Extracted e = extract("""
                Sudan and the rebels agreed a ceasefire in Khartoum on Monday.

                Sudan and South Sudan signed a trade agreement in Nairobi on Tuesday.
                """);
        assertThat(e.negotiations()).extracting(n -> String.join("/", e.placeNames(n)))
                .as("the truce's city is its scope, the trade agreement's city the venue").containsExactlyInAnyOrder("", "Nairobi");
    }

    @Test
    void anAgreementReachedAtTalksInACityWasReachedThere() {
        Extracted named = extract("Ghana and Togo reached agreement during talks in Kumasi on Monday.");
        assertThat(named.negotiations()).singleElement().satisfies(n -> assertThat(named.placeNames(n)).containsExactly("Kumasi"));
        Extracted unnamed = extract("The two sides reached agreement at talks in Kumasi on Monday.");
        assertThat(unnamed.negotiations()).as("sides referred to, a day and a place").singleElement()
                .satisfies(n -> assertThat(unnamed.placeNames(n)).containsExactly("Kumasi"));
        Extracted topic = extract("Ghana and Togo reached an agreement on the fighting in Kumasi on Monday.");
        assertThat(topic.negotiations()).singleElement().satisfies(n -> assertThat(topic.placeNames(n)).isEmpty());
    }

    @Test
    void talksThatCollapsedTookPlaceWithoutAgreementAndPostponedOnesDidNot() {
        Extracted e = extract("""
                Negotiations between Ghana and Togo broke down in Accra on Monday after ten hours.

                A meeting between Benin and Niger was postponed.
                """);
        NegotiationCandidate accra = e.negotiations().stream().filter(n -> e.partyNames(n).contains("Ghana")).findFirst().orElseThrow();
        assertThat(accra.status()).isEqualTo(NegotiationStatus.HELD);
        assertThat(accra.outcome()).contains("no-agreement");
        assertThat(accra.startDate()).contains(LocalDate.of(2024, 3, 11));
        assertThat(e.negotiations()).filteredOn(n -> e.partyNames(n).contains("Benin"))
                .allSatisfy(n -> assertThat(n.status()).isNotEqualTo(NegotiationStatus.HELD));
    }

    @Test
    void aDayWithoutItsYearRightAfterADayOfAnotherYearIsInThatYear() {
        Extracted e = Extracted.from(pipeline, """
                The border talks opened on 1 November 1995, when the mediator welcomed the two presidents.

                The groundwork had been laid in Quito on 8 September, where the foreign ministers of Peru and Ecuador \
                sat down together and agreed on a commission.

                Peru and Ecuador met again in Lima on 2 March, the ministry said.
                """, "2020-11-21");
        assertThat(e.negotiations()).extracting(n -> n.startDate().orElse(null))
                .containsExactlyInAnyOrder(LocalDate.of(1995, 9, 8), LocalDate.of(2020, 3, 2));
    }

    @Test
    void lastEveningIsTheDayBeforeTheArticle() {
        Extracted e = extract("Ghana and Togo initialled the border agreement in Accra last evening.");
        assertThat(e.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void aMeetingSomeDaysBeforeAnotherDayIsCountedFromIt() {
        Extracted fromTuesday = extract("Ghana reopened the border on Tuesday, two days after the leaders of Ghana and Togo met in Accra.");
        assertThat(fromTuesday.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 10)));
        Extracted fromNow = extract("The border remains closed two days after the leaders of Ghana and Togo met in Accra.");
        assertThat(fromNow.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void anAgreementInitialledByTheSidesIsTheirMeetingOnThatDay() {
        Extracted e = Extracted.from(pipeline,
                "The agreement, initialled by technical teams from Ghana and Togo on June 18, calls for disarmament.", "2024-07-01");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 6, 18));
        });
    }

    @Test
    void whoJoinsOthersInSigningAnAccordSignsItWithThem() {
        Extracted e = Extracted.from(pipeline, "The Malian president joined his Nigerien counterpart on Sunday in signing the "
                + "grazing accord.", "2024-05-07");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Mali", "Niger");
            assertThat(n.startDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-05-05"));
        });
        Extracted where = Extracted.from(pipeline, "President Macky Diallo of Senegal flew home on Sunday from Banjul, where he "
                + "had joined the Gambian and Guinean leaders in signing the river accord.", "2024-05-07");
        assertThat(where.negotiations()).singleElement().satisfies(n -> assertThat(where.placeNames(n)).contains("Banjul"));
        Extracted flew = extract("Ghanaian and Togolese ministers flew to Kigali, where they signed a truce on Saturday.");
        assertThat(flew.negotiations()).singleElement().satisfies(n -> assertThat(flew.placeNames(n)).containsExactly("Kigali"));
    }

    @Test
    void aSeatOfGovernmentWhereSomethingHappensIsTheVenueAndElsewhereTheGovernment() {
        Extracted e = extract("""
                Senegal and Mauritania initialled a gas-sharing accord at the Elysee on Tuesday. The Elysee said both \
                leaders would return in June.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.placeNames(n)).containsExactly("Elysee Palace");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
        assertThat(e.speakerOf("both leaders would return in June")).isEqualTo("Elysee Palace");
        Extracted reception = extract("Chad and Sudan signed a border pact on Monday at a Downing Street reception.");
        assertThat(reception.negotiations()).singleElement().satisfies(n ->
                assertThat(reception.placeNames(n)).containsExactly("Downing Street"));
        Extracted official = extract("Ama Owusu, a senior official at the Elysee, said the talks had gone well.");
        assertThat(official.x().actors()).noneMatch(a -> a.kind() == org.parley.extract.ActorKind.PLACE);
    }

    @Test
    void whoPutsHisSignatureToTheTextWithAnotherSignsItWithThem() {
        Extracted e = extract("""
                Burkinabe Interior Minister Ali Sawadogo put his signature to the grazing text with Nigerien Interior \
                Minister Issa Moussa at the Dori prefecture on Tuesday.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Burkina Faso", "Niger");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
    }

    @Test
    void peopleWhoSignWithoutAStateAreTheSidesWhoseDelegationsTheyAreSaidToLead() {
        Extracted e = extract("""
                Ama Asante and Yao Agbeko initialled the fishing accord in Kumasi on Sunday. Asante led the Ghanaian \
                delegation, and Agbeko led the Togolese delegation.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Ghana", "Togo"));
    }

    @Test
    void thePaperTwoSidesSignedIsTheirAgreement() {
        Extracted e = extract("""
                Kenya and Uganda ended their talks in Kampala on Monday.

                The two governments had signed the document in Entebbe on 3 February.
                """);
        assertThat(e.negotiations().stream().filter(n -> e.placeNames(n).contains("Entebbe"))).singleElement()
                .satisfies(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 2, 3));
            assertThat(e.partyNames(n)).containsExactly("Kenya", "Uganda");
        });
        assertThat(extract("The Ugandan trade minister signed the document on Tuesday.").negotiations()).isEmpty();
        assertThat(extract("More than 200 lawmakers signed the document on Tuesday.").negotiations()).isEmpty();
    }

    @Test
    void theSignersOfAnAccordNamedAfterItsParticipleAreItsSidesWhereverTheParserHangsThem() {
        Extracted e = extract("Exporters in Quito gave a cautious welcome on Wednesday to the trade accord signed in Lima "
                + "on Monday by Ecuador and Peru.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Ecuador", "Peru");
            assertThat(e.placeNames(n)).containsExactly("Lima");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        });
    }

    @Test
    void whoJoinsSomeoneInSigningSignsWithThemHoweverTheParserHangsTheSigning() {
        Extracted e = extract("Latvian President Anna Ozola joined Lithuanian Prime Minister Jonas Petraitis in signing the "
                + "border treaty in Vilnius on Tuesday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Latvia", "Lithuania");
            assertThat(e.placeNames(n)).containsExactly("Vilnius");
        });
    }

    @Test
    void eachAgentWhoSignsOnBehalfOfAStateSignsForIt() {
        Extracted e = extract("The accord was signed in Lima on Monday by Minister Ines Arce on behalf of Peru and by "
                + "Minister Pablo Mena on behalf of Chile.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Chile", "Peru"));
        assertThat(e.x().delegations()).extracting(d -> e.name(d.party()) + ": " + d.head().map(e::name).orElse("-"))
                .containsExactlyInAnyOrder("Peru: Ines Arce", "Chile: Pablo Mena");
    }

    @Test
    void aCountedSetOfSidesListedAfterAColonAreTheParties() {
        Extracted e = extract("Envoys of four countries met in Vilnius on Friday to discuss the power grid: Latvia, Lithuania, "
                + "Estonia and Iceland.");
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(e.partyNames(n)).containsExactly("Estonia", "Iceland", "Latvia", "Lithuania"));
        Extracted others = extract("Ministers of four countries met in Vilnius on Friday to discuss tariffs on three others: "
                + "Chile, Peru and Bolivia.");
        assertThat(others.negotiations()).allSatisfy(n -> assertThat(others.partyNames(n)).doesNotContain("Chile", "Peru"));
    }

    @Test
    void whomAMeetingBroughtTogetherAreItsParties() {
        Extracted e = extract("The meeting in Vilnius on Tuesday brought together Latvia's Anna Ozola, Lithuania's Jonas "
                + "Petraitis and Estonia's Kadri Tamm.");
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(e.partyNames(n)).containsExactly("Estonia", "Latvia", "Lithuania"));
        assertThat(extract("The drought brought together farmers from three valleys on Tuesday.").negotiations()).isEmpty();
    }

    @Test
    void whoSpeaksAfterTalksWithSomeoneHeldThem() {
        Extracted e = extract("Talking to the press after talks with the Paraguayan president, Bolivian leader Ana Luz Quispe "
                + "promised new river rules.");
        assertThat(e.negotiations()).singleElement()
                .satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Bolivia", "Paraguay"));
        Extracted mediator = extract("Speaking after the talks between Bolivia and Paraguay, UN envoy Maria Lind said the river "
                + "would reopen.");
        assertThat(mediator.negotiations()).allSatisfy(n ->
                assertThat(mediator.partyNames(n)).containsExactly("Bolivia", "Paraguay"));
    }

    @Test
    void speakingToJournalistsIsNoMeeting() {
        assertThat(extract("Bolivian Foreign Minister Jorge Quiroga spoke to journalists in La Paz on Monday.").negotiations())
                .isEmpty();
    }

    @Test
    void talksDatedByTheEndOfTheirDaysBeganOnTheFirstUnlessTheyEndedInAnAgreement() {
        Extracted e = Extracted.from(pipeline, "Bolivian and Paraguayan negotiators closed three days of talks in Asuncion on "
                + "Sunday. The talks had opened on Friday with a row over the river.", "2024-03-11");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 8));
            assertThat(n.endDate()).contains(LocalDate.of(2024, 3, 10));
        });
        Extracted signed = Extracted.from(pipeline, "Bolivia and Paraguay ended two days of negotiations at Asuncion on Sunday. They "
                + "signed a river accord on Sunday evening.", "2024-03-11");
        assertThat(signed.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 10)));
    }

    @Test
    void anAccordDescribedAsSignedWasSignedWhateverTheSentenceForetells() {
        Extracted e = Extracted.from(pipeline, "Under the water pact initialled on Saturday by Bolivia and Paraguay, the river "
                + "locks will open in June.", "2024-03-13");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 9));
        });
        Extracted planned = Extracted.from(pipeline, "Under the water pact to be initialled on Saturday by Bolivia and Paraguay, "
                + "the river locks will open in June.", "2024-03-13");
        assertThat(planned.negotiations()).allSatisfy(n -> assertThat(n.status()).isNotEqualTo(NegotiationStatus.HELD));
    }

    @Test
    void aLeaderWhoHostsCounterpartsForTalksHoldsThemWithThem() {
        Extracted e = extract("Malian President Oumar Sidibe received his Nigerien and Burkinabe counterparts in Bamako on "
                + "Friday for talks on the river.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Burkina Faso", "Mali", "Niger");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 8));
        });
        Extracted single = extract("The Malian president hosted the Nigerien prime minister in Bamako on Friday for talks on "
                + "the river.");
        assertThat(single.negotiations()).singleElement().satisfies(n ->
                assertThat(single.partyNames(n)).containsExactly("Mali", "Niger"));
        Extracted twoSides = extract("The Qatari emir hosted Israeli and Palestinian negotiators in Doha on Monday for talks on a "
                + "truce.");
        assertThat(twoSides.negotiations()).allSatisfy(n -> assertThat(twoSides.partyNames(n)).doesNotContain("Qatar"));
        assertThat(extract("The Malian president hosted a dinner for the mediators on Friday.").negotiations()).isEmpty();
    }

    @Test
    void whomAMeetingBroughtToItsVenueAreItsPartiesOnTheDayItBroughtThem() {
        Extracted e = extract("The meeting, which brought the defence ministers of Mali and Niger to Bamako on Friday, closed "
                + "with a communique.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Mali", "Niger");
            assertThat(e.placeNames(n)).containsExactly("Bamako");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 8));
        });
    }

    @Test
    void aPersonTiedToNoStateWhoMeetsAStatesLeaderIsTheOtherSide() {
        Extracted e = extract("Ana Reyes met Chilean President Tomas Ortega in Lima on Monday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Ana Reyes", "Chile"));
        // Where two states are named, the person without one is no side of their own.
        Extracted three = extract("Ana Reyes joined the presidents of Chile and Peru for talks in Lima on Monday.");
        assertThat(three.negotiations()).allSatisfy(n -> assertThat(three.partyNames(n)).doesNotContain("Ana Reyes"));
        // Whom a state's leader meets, tied to no state, is most likely that state's own official.
        Extracted domestic = extract("Chilean President Tomas Ortega met his new finance minister, Rosa Medina, in Santiago "
                + "on Tuesday.");
        assertThat(domestic.negotiations()).allSatisfy(n -> assertThat(domestic.partyNames(n)).doesNotContain("Rosa Medina"));
    }

    @Test
    void whoseSummitWithALeaderItWasIsASideOfIt() {
        Extracted e = extract("Lula's talks with Argentine President Javier Milei in Brasilia ran late into Thursday night.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Argentina", "Lula"));
        // A possessive that qualifies the same person's state still names no side of its own.
        Extracted titled = extract("Argentina's President Javier Milei met Chile's foreign minister in Santiago on Thursday.");
        assertThat(titled.negotiations()).singleElement().satisfies(n -> assertThat(titled.partyNames(n)).containsExactly("Argentina", "Chile"));
    }

    @Test
    void aCallToAStatesTitledLeaderIsAMeetingOfTwoSides() {
        Extracted e = extract("Lula telephoned Argentine President Javier Milei on Monday about the drought.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Argentina", "Lula");
            assertThat(n.format()).contains("phone");
        });
    }

    @Test
    void oneVisitorMeetingTwoLeadersInTwoCitiesIsTwoMeetings() {
        Extracted e = extract("Over the weekend the Norwegian envoy, Kari Holm, met Chilean President Tomas Reyes in Santiago "
                + "and Peruvian President Luis Soto in Lima.");
        assertThat(e.negotiations()).extracting(n -> e.partyNames(n) + " " + e.placeNames(n))
                .containsExactlyInAnyOrder("[Chile, Norway] [Santiago]", "[Norway, Peru] [Lima]");
        // Who receives two guests hosts them: no meeting between the guests.
        Extracted hosted = extract("Ortega received Peruvian President Luis Soto in Santiago and Bolivian President Luis Arce "
                + "in Valparaiso this week.");
        assertThat(hosted.negotiations()).noneMatch(n -> hosted.partyNames(n).containsAll(List.of("Bolivia", "Peru")));
        // Two sides and a second place with no second pair: one meeting.
        assertThat(extract("Chile and Peru held talks in Lima on Monday and in Tacna on Tuesday.").negotiations())
                .noneMatch(n -> n.parties().size() < 2);
    }

    @Test
    void aMeetingTheStorysSummitOpenedADayAfterIsDatedFromTheSummit() {
        Extracted e = extract("""
                Chile and Peru signed a border accord at a summit in Arica on Tuesday.

                The summit opened a day after Norwegian envoy Kari Holm met Chilean President Tomas Reyes in Santiago.
                """);
        assertThat(e.negotiations()).filteredOn(n -> e.placeNames(n).contains("Santiago")).singleElement()
                .satisfies(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void leadersWhoShakeHandsInAParticipleAreTheSidesOfAMeeting() {
        for (String text : new String[] {
                "Chilean President Tomas Reyes and Peruvian leader Luis Soto proclaimed a new start on Friday, shaking "
                        + "hands before the television cameras.",
                "Chilean President Tomas Reyes and Peruvian leader Luis Soto declared the fishing quarrel closed on Friday, "
                        + "shaking hands before the television cameras."}) {
            Extracted e = extract(text);
            assertThat(e.negotiations()).as(text).singleElement()
                    .satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Chile", "Peru"));
        }
        // Who reports a hand-shake does not shake hands.
        Extracted reported = extract("Bolivian President Ana Arce said on Monday that Chilean President Tomas Reyes and "
                + "Peruvian leader Luis Soto had met in Arica, shaking hands before the cameras.");
        assertThat(reported.negotiations()).singleElement()
                .satisfies(n -> assertThat(reported.partyNames(n)).containsExactly("Chile", "Peru"));
    }

    @Test
    void anEarlierAccordTheSidesReachedInARelativeClauseWasAMeetingOfThem() {
        Extracted e = extract("Chile and Peru signed a fisheries treaty in Lima on Thursday. The treaty builds upon a framework "
                + "accord that the two sides reached in Santiago on 12 June 2019.");
        assertThat(e.negotiations()).filteredOn(n -> e.placeNames(n).contains("Santiago")).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Chile", "Peru");
            assertThat(n.startDate()).contains(LocalDate.of(2019, 6, 12));
        });
    }

    @Test
    void aSummitBetweenOneStateAndALeaderNamedOnlyByTitleHasBothSides() {
        Extracted e = extract("""
                Summit opens

                VILNIUS, March 7 - Talks between Mrs Rasa Juknevic, the Prime Minister, and Mr Karlis Ozols, the \
                President of Latvia, began here on Thursday night.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Rasa Juknevic", "Latvia"));
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(e.placeNames(n)).contains("Vilnius"));
        // the ministers of two states named with them act for those states
        Extracted two = extract("Talks between the foreign ministers of Latvia and Lithuania, Anna Ozola and Rasa Juknevic, "
                + "opened in Riga on Monday.");
        assertThat(two.negotiations()).singleElement().satisfies(n ->
                assertThat(two.partyNames(n)).containsExactlyInAnyOrder("Latvia", "Lithuania"));
    }

    @Test
    void aFrontedPhraseEndingInANameLeavesTheSidesTheirVerb() {
        Extracted e = extract("After three rounds of talks in Montevideo, Argentina and Uruguay agreed to reopen the bridge.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Argentina", "Uruguay");
            assertThat(e.placeNames(n)).containsExactly("Montevideo");
        });
    }

    @Test
    void talksARelativeClauseTellsOfInThePastWereHeldWhateverTheSentenceForetells() {
        Extracted held = extract("Malawi said on Tuesday it would reopen the border crossings after talks with Zambia in "
                + "Lilongwe that ended late on Monday.");
        assertThat(held.negotiations()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        });
        Extracted postponed = extract("Malawi will reopen the border crossings after talks with Zambia that were postponed "
                + "in May.");
        assertThat(postponed.negotiations()).singleElement().satisfies(n -> assertThat(n.status())
                .isNotEqualTo(NegotiationStatus.HELD));
        // what the relative clause announces, and what the clause around it rejects, is not held
        Extracted announced = extract("Zambia rejected the summit with Malawi that Malawian President Peter Phiri "
                + "announced on Monday.");
        assertThat(announced.negotiations()).allSatisfy(n -> assertThat(n.status()).isNotEqualTo(NegotiationStatus.HELD));
    }

    @Test
    void thePlaceOfAnEarlierMeetingThatTimesThisOneIsNotThisOnesPlace() {
        Extracted e = extract("""
                LILONGWE, March 12 - Malawi and Zambia held talks in Lilongwe on Tuesday. The talks were the first \
                direct meeting between the two sides since their foreign ministers met in Lusaka on February 10.
                """);
        assertThat(e.negotiations()).filteredOn(n -> n.startDate().equals(Optional.of(LocalDate.of(2024, 3, 12))))
                .isNotEmpty().allSatisfy(n -> assertThat(e.placeNames(n)).containsExactly("Lilongwe"));
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(n.startDate()).contains(LocalDate.of(2024, 2, 10));
            assertThat(e.placeNames(n)).containsExactly("Lusaka");
        });
        // the clause the event itself is in keeps its place
        Extracted own = extract("Malawi and Zambia will reopen the border after talks ended in Lusaka on Tuesday.");
        assertThat(own.negotiations()).singleElement().satisfies(n -> assertThat(own.placeNames(n)).containsExactly("Lusaka"));
    }

    @Test
    void thePlaceOfAnEarlierEventThatAPhraseTimesThisOneByIsNotThisOnesPlace() {
        Extracted e = extract("The first talks between Malawi and Zambia since last year's failed summit in Lusaka ended "
                + "in Lilongwe on Tuesday.");
        assertThat(e.negotiations()).filteredOn(n -> e.partyNames(n).equals(List.of("Malawi", "Zambia"))).singleElement()
                .satisfies(n -> assertThat(e.placeNames(n)).containsExactly("Lilongwe"));
        // a place that is not under another event stays
        Extracted own = extract("The first talks between Malawi and Zambia since March ended in Lilongwe on Tuesday.");
        assertThat(own.negotiations()).singleElement().satisfies(n -> assertThat(own.placeNames(n)).containsExactly("Lilongwe"));
    }

    @Test
    void aGoBetweenShuttlingBetweenTwoSidesHoldsTalksBetweenThem() {
        Extracted e = extract("Swiss mediators began shuttling between Malawian and Zambian negotiators in Geneva on Monday.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Malawi", "Zambia");
            assertThat(e.placeNames(n)).containsExactly("Geneva");
            assertThat(n.mediators().stream().map(e::name)).containsExactly("Switzerland");
            assertThat(n.status()).isEqualTo(NegotiationStatus.HELD);
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 11));
        });
        Extracted planned = extract("The Kenyan envoy will shuttle between Malawi and Zambia next week.");
        assertThat(planned.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.status()).isNotEqualTo(NegotiationStatus.HELD));
        // traders or flights shuttling between two countries hold no talks
        assertThat(extract("Traders have shuttled between Malawi and Zambia for decades. Aid flights shuttled between "
                + "Lilongwe and Lusaka on Tuesday.").negotiations()).isEmpty();
        // a side's own negotiators are no go-between of its talks
        Extracted own = extract("Malawian negotiators shuttled between Lilongwe and Lusaka during the talks with Zambia.");
        assertThat(own.negotiations()).singleElement().satisfies(n -> {
            assertThat(own.partyNames(n)).containsExactly("Malawi", "Zambia");
            assertThat(n.mediators()).isEmpty();
        });
    }

    @Test
    void whoeverGoesToSeeANamedPersonOrSeesThemMeetsThem() {
        Extracted e = extract("""
                Malawian President Peter Phiri flew to Lusaka on Sunday to see Zambian President Joseph Mwanza. On \
                Monday he saw Mozambican President Ana Tembe.
                """);
        assertThat(e.negotiations()).anySatisfy(n -> assertThat(e.partyNames(n)).containsExactly("Malawi", "Zambia"));
        assertThat(e.negotiations()).anySatisfy(n -> assertThat(e.partyNames(n)).containsExactly("Malawi", "Mozambique"));
        assertThat(extract("Zambian President Joseph Mwanza saw Peter Phiri as a partner. She saw President Ana Tembe "
                + "leave. Malawian Foreign Minister Grace Banda said she saw Zambian President Joseph Mwanza on television "
                + "on Sunday.").negotiations()).isEmpty();
    }

    @Test
    void aMeetingSomethingIsReadyOrEnoughForIsOnlyProposed() {
        Extracted e = extract("Malawian envoy Grace Banda said the results were enough for a meeting between Malawian "
                + "President Peter Phiri and Zambian President Joseph Mwanza.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(NegotiationStatus.PROPOSED));
        // held talks that were not enough to settle something were still held
        Extracted notEnough = extract("The talks between Malawi and Zambia in Lusaka on Tuesday were not enough to settle "
                + "the border dispute.");
        assertThat(notEnough.negotiations()).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NegotiationStatus.HELD));
    }

    @Test
    void aMeetingTheLeadSaysHadHappenedIsNotOnTheLeadsDay() {
        Extracted e = extract("Malawian Foreign Minister Grace Banda said on Monday that Zambia had acted in bad faith at "
                + "the summit in Lusaka.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> assertThat(n.startDate()).isEmpty());
        Extracted own = extract("Malawian Foreign Minister Grace Banda said on Monday that she had met Zambian President "
                + "Joseph Mwanza in Lusaka on Saturday.");
        assertThat(own.negotiations()).anySatisfy(n -> assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 9)));
    }

    @Test
    void thoseByWhomTalksThatOpenedWereAttendedAreTheirSides() {
        Extracted e = extract("Talks on the border opened in Lilongwe on Tuesday, attended by the foreign ministers of "
                + "Malawi, Zambia and Mozambique.");
        assertThat(e.negotiations()).singleElement().satisfies(n -> {
            assertThat(e.partyNames(n)).containsExactly("Malawi", "Mozambique", "Zambia");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 12));
        });
    }

    @Test
    void aMeetingCountedFromNoDayInItsSentenceIsCountedFromTheStorysMeeting() {
        Extracted e = extract("""
                LILONGWE, March 12 - Malawi and Zambia held talks in Lilongwe on Saturday. The Malawian side was \
                headed by envoy Grace Banda, who had flown in from Maputo, where she met Mozambican President Armando \
                Cossa the day before.
                """);
        assertThat(e.negotiations()).anySatisfy(n -> {
            assertThat(e.partyNames(n)).containsExactly("Malawi", "Mozambique");
            assertThat(n.startDate()).contains(LocalDate.of(2024, 3, 8));
        });
    }
}
