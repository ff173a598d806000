package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.DelegationCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** Delegation patterns: who sat for whom, on articles written for the test (published Wednesday 13 March 2024). */
@ExtendWith(SharedPipeline.class)
class DelegationPatternsTest {
    private final Pipeline pipeline;

    DelegationPatternsTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    private DelegationCandidate of(Extracted e, String party) {
        List<DelegationCandidate> found = e.x().delegations().stream().filter(d -> e.name(d.party()).equals(party)).toList();
        assertThat(found).as("a delegation of %s", party).isNotEmpty();
        return found.get(0);
    }

    @Test
    void theMembersADelegationIncluded() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                The Rwandan delegation was headed by Jean Mugabo and included Alice Uwase. The Burundian delegation
                also included Pierre Ndayishimiye and Claire Niyonzima.
                """);
        DelegationCandidate rwanda = of(e, "Rwanda");
        assertThat(rwanda.head().map(e::name)).contains("Jean Mugabo");
        assertThat(rwanda.members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase");
        assertThat(of(e, "Burundi").members().stream().map(e::name)).contains("Pierre Ndayishimiye", "Claire Niyonzima");
    }

    @Test
    void membersADelegationIncludedByTitleAndName() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                The Burundian delegation also included the army chief, General Pierre Ndayishimiye, and the trade \
                minister, Claire Niyonzima. Rwanda sent a team including its foreign minister, Jean Mugabo.
                """);
        assertThat(of(e, "Burundi").members().stream().map(e::name)).contains("Pierre Ndayishimiye", "Claire Niyonzima");
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo")
                .doesNotContain("Pierre Ndayishimiye");
    }

    @Test
    void delegationsDescribedByCoHeadsAPronounOrAWhoseClause() {
        Extracted e = extract("""
                Rwanda, Burundi and Uganda held talks in Kampala on Monday.

                The Rwandan team, headed by Jean Mugabo and Alice Uwase, met the mediators first. The Burundian \
                delegation was headed by Pierre Ndayishimiye; it included Claire Niyonzima and Eric Habimana. \
                Ugandan Foreign Minister Ruth Nankya, whose delegation also included Moses Okello, said the talks \
                were useful.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase");
        assertThat(of(e, "Burundi").members().stream().map(e::name)).contains("Claire Niyonzima", "Eric Habimana");
        assertThat(of(e, "Uganda").members().stream().map(e::name)).contains("Ruth Nankya", "Moses Okello");
        Extracted gapped = extract("""
                Ghana and Togo held talks in Accra on Monday.

                The Togolese delegation was led by its chairman, Kofi Agbo, and the Ghanaian one by Ama Mensah.
                """);
        assertThat(of(gapped, "Togo").members().stream().map(gapped::name)).contains("Kofi Agbo").doesNotContain("Ama Mensah");
    }

    @Test
    void whoeverLedTheDelegationWithOthersSharedIt() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                Rwandan Foreign Minister Jean Mugabo led the delegation with Defence Minister Alice Uwase and trade \
                envoy Eric Habimana.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase", "Eric Habimana");
    }

    @Test
    void whoeverAccompaniesAHeadSitsInTheSameDelegation() {
        Extracted e = extract("""
                Malian President Oumar Sangare and Nigerien President Moussa Abdou met in Niamey on Monday.

                Sangare was accompanied by his foreign minister Awa Keita. Abdou, accompanied by Defence Minister Issa Garba,
                received his guest at the airport.
                """);
        assertThat(of(e, "Mali").members().stream().map(e::name)).contains("Oumar Sangare", "Awa Keita");
        assertThat(of(e, "Niger").members().stream().map(e::name)).contains("Moussa Abdou", "Issa Garba");
        assertThat(of(e, "Niger").members().stream().map(e::name)).doesNotContain("Awa Keita");
    }

    @Test
    void whoeverFlanksAHeadSitsInTheSameDelegation() {
        Extracted e = extract("""
                Malian President Oumar Sangare and Nigerien President Moussa Abdou met in Niamey on Monday.

                Sangare, flanked by his foreign minister Awa Keita, told reporters the meeting had been frank.
                """);
        assertThat(of(e, "Mali").members().stream().map(e::name)).contains("Oumar Sangare", "Awa Keita");
        assertThat(of(e, "Niger").members().stream().map(e::name)).doesNotContain("Awa Keita");
    }

    @Test
    void whoeverSignsOnBehalfOfAPartySitsForIt() {
        Extracted e = extract("""
                Mali and Niger held talks in Niamey on Monday and signed a border accord.

                The accord was signed on behalf of Mali by its foreign minister, Awa Keita. Issa Garba signed it \
                on behalf of Niger. Ali Toure, signing on behalf of Niger, called it a fair deal.
                """);
        assertThat(of(e, "Mali").members().stream().map(e::name)).contains("Awa Keita").doesNotContain("Issa Garba");
        assertThat(of(e, "Niger").members().stream().map(e::name)).contains("Issa Garba", "Ali Toure")
                .doesNotContain("Awa Keita");
    }

    @Test
    void whomAPartySentToTheTalksSitsForIt() {
        Extracted e = extract("""
                Talks between Mali and Niger resumed in Niamey on Tuesday.

                Mali was represented by Foreign Minister Awa Keita, while Niger sent its army chief, Issa Garba, \
                and the presidential adviser Hawa Sani. Niger also sent a letter to the African Union.
                """);
        assertThat(of(e, "Niger").members().stream().map(e::name)).containsExactlyInAnyOrder("Issa Garba", "Hawa Sani");
        assertThat(of(e, "Mali").members().stream().map(e::name)).containsExactly("Awa Keita");
    }

    @Test
    void whomAPartyNamedBeforeARelativeClauseSentSitsForIt() {
        Extracted e = extract("""
                Talks between Mali and Niger resumed in Niamey on Tuesday.

                Niger, which sent its army chief Issa Garba, asked for a longer truce.
                """);
        assertThat(of(e, "Niger").members().stream().map(e::name)).containsExactly("Issa Garba");
    }

    @Test
    void theTitledMembersADelegationIncludedAndWhoeverCameWithItsHead() {
        Extracted e = extract("""
                Mali and Niger held talks in Niamey on Saturday.

                Mali's delegation, which included deputy foreign minister Awa Keita and ministry spokesman Issa Garba, \
                left Niamey in the evening. Nigerien Foreign Minister Moussa Abdou arrived accompanied by his deputy \
                Hawa Sani. The Malian team, which included Ali Toure, later met Nigerien adviser Amadou Diallo.
                """);
        assertThat(of(e, "Mali").members().stream().map(e::name)).doesNotContain("Amadou Diallo");
        assertThat(of(e, "Mali").members().stream().map(e::name)).contains("Awa Keita", "Issa Garba");
        assertThat(of(e, "Niger").members().stream().map(e::name)).contains("Moussa Abdou", "Hawa Sani")
                .doesNotContain("Awa Keita");
    }

    @Test
    void aDelegationLedBySomeoneEvenWhenTheParserMakesLedTheMainVerb() {
        Extracted e = extract("""
                Mediators from Angola met a Rwandan team and a Burundian delegation in Luanda on Tuesday.

                A Burundian delegation led by senior official Pierre Ndayishimiye arrived in Luanda on Monday night.
                """);
        assertThat(of(e, "Burundi").head().map(e::name)).contains("Pierre Ndayishimiye");
    }

    @Test
    void aPanelComprisingItsMembers() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                The Burundian panel, headed by Pierre Ndayishimiye, arrived on Sunday.
                A Rwandan delegation comprising Jean Mugabo and Alice Uwase joined the talks on Monday.
                """);
        assertThat(of(e, "Burundi").head().map(e::name)).contains("Pierre Ndayishimiye");
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase");
    }

    @Test
    void theMembersARelativeClauseOrMadeUpOfLists() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                The Rwandan delegation, which also included Jean Mugabo and Alice Uwase, arrived on Sunday.
                The Burundian team was made up of Pierre Ndayishimiye, Claire Niyonzima and Eric Nduwayo.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase");
        assertThat(of(e, "Burundi").members().stream().map(e::name))
                .contains("Pierre Ndayishimiye", "Claire Niyonzima", "Eric Nduwayo");
    }

    @Test
    void whoeverJoinsAHeadSitsInTheSameDelegationUnlessTheySitForTheOtherSide() {
        Extracted e = extract("""
                Malian and Nigerien officials held talks in Niamey on Monday.

                Malian Foreign Minister Awa Keita, joined by Defence Minister Issa Garba and trade envoy Ali Toure,
                arrived on Sunday. Nigerien Prime Minister Moussa Abdou was joined at the table by his deputy Hawa Sani.
                Keita was later joined by her Nigerien counterpart Amadou Diallo for the signing.
                """);
        assertThat(of(e, "Mali").members().stream().map(e::name)).contains("Awa Keita", "Issa Garba", "Ali Toure")
                .doesNotContain("Amadou Diallo");
        assertThat(of(e, "Niger").members().stream().map(e::name)).contains("Moussa Abdou", "Hawa Sani");
    }

    @Test
    void aDelegationThatConsistedOfOrWasOfItsMembers() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                The Rwandan delegation consisted of Jean Mugabo and Alice Uwase. Pierre Ndayishimiye led a Burundian
                delegation of Claire Niyonzima and Eric Nduwayo.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase");
        assertThat(of(e, "Burundi").members().stream().map(e::name))
                .contains("Pierre Ndayishimiye", "Claire Niyonzima", "Eric Nduwayo");
    }

    @Test
    void aDelegationSentOrHeadedBySomeoneSitsForTheirParty() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                Rwanda sent a delegation that comprised Jean Mugabo, Alice Uwase and Paul Habimana.
                Burundian Foreign Minister Pierre Ndayishimiye headed the delegation, which also included Claire Niyonzima.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase", "Paul Habimana");
        assertThat(of(e, "Burundi").members().stream().map(e::name)).contains("Pierre Ndayishimiye", "Claire Niyonzima")
                .doesNotContain("Jean Mugabo");
    }

    @Test
    void whomAPartySendsToTheTalksOrToLeadItsDelegationSitsForIt() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                Rwanda sent presidential adviser Jean Mugabo to the talks. Burundi sent its deputy foreign minister, Claire Niyonzima, to lead the delegation.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name)).contains("Jean Mugabo");
        DelegationCandidate burundi = of(e, "Burundi");
        assertThat(burundi.members().stream().map(e::name)).contains("Claire Niyonzima").doesNotContain("Jean Mugabo");
        assertThat(burundi.head().map(e::name)).contains("Claire Niyonzima");
    }

    @Test
    void whoeverComesWithAHeadOrIsAmongTheMembersOfADelegationForAPartySitsForIt() {
        Extracted e = extract("""
                Gabon and Cameroon held talks in Malabo on Monday.

                Gabonese President Alain Moussavou, who came to Malabo with his chief negotiator Paul Ndong, called the talks
                useful. For Cameroon, the delegation was headed by Marie Atangana, with Joseph Fouda and Anne Biya among
                its members.
                """);
        assertThat(of(e, "Gabon").members().stream().map(e::name)).contains("Alain Moussavou", "Paul Ndong");
        DelegationCandidate cameroon = of(e, "Cameroon");
        assertThat(cameroon.head().map(e::name)).contains("Marie Atangana");
        assertThat(cameroon.members().stream().map(e::name)).contains("Marie Atangana", "Joseph Fouda", "Anne Biya");
    }

    @Test
    void aSideLedBySomeoneAndWhomTheyBroughtSitForThatSide() {
        Extracted e = extract("""
                Ghana and Togo held talks in Lome on Monday.

                The Ghanaian side was led by Foreign Minister Kofi Mensah, while Togo's team was headed by \
                Defence Minister Yao Agbeko. Mensah, who was accompanied by his deputy Ama Owusu and the lawyer \
                Kwame Boateng, said the talks were useful.
                """);
        DelegationCandidate ghana = of(e, "Ghana");
        assertThat(ghana.head().map(e::name)).contains("Kofi Mensah");
        assertThat(ghana.members().stream().map(e::name)).contains("Kofi Mensah", "Ama Owusu", "Kwame Boateng");
        assertThat(of(e, "Togo").head().map(e::name)).contains("Yao Agbeko");
    }

    @Test
    void whoIsWithOrAccompaniesAHeadNamedBeforeSitsForTheHeadsParty() {
        Extracted e = extract("""
                Peru and Chile held talks in Lima on Monday.

                The Peruvian delegation was led by Foreign Minister Ana Rojas. With her were the trade minister Luis Vega \
                and the adviser Marta Solis. Chile's team was headed by Jorge Pinto. Accompanying him were his deputy, \
                Sofia Herrera, and the lawyer Tomas Vidal.
                """);
        DelegationCandidate peru = of(e, "Peru");
        assertThat(peru.head().map(e::name)).contains("Ana Rojas");
        assertThat(peru.members().stream().map(e::name)).contains("Ana Rojas", "Luis Vega", "Marta Solis");
        assertThat(of(e, "Chile").members().stream().map(e::name)).contains("Jorge Pinto", "Sofia Herrera", "Tomas Vidal")
                .doesNotContain("Luis Vega");
    }

    @Test
    void oneNamedAmongTheDelegationOfTheSentenceBeforeIsAMemberNotItsHead() {
        Extracted e = extract("""
                Bolivia and Brazil held talks in La Paz on Monday.

                Bolivia sent a delegation of five officials to the talks. Among them was the deputy minister Carlos Mamani.
                """);
        DelegationCandidate bolivia = of(e, "Bolivia");
        assertThat(bolivia.members().stream().map(e::name)).containsExactly("Carlos Mamani");
        assertThat(bolivia.head()).isEmpty();
    }

    @Test
    void eachPersonNamedForAPartyInAListOfDelegationsSitsForThatParty() {
        Extracted e = extract("""
                Egypt, Sudan and Kenya held talks in Cairo on Monday, with delegations led by the three countries' \
                water ministers: Hany Farid for Egypt, Omar Bashir Ali for Sudan and Peter Otieno for Kenya.
                """);
        assertThat(of(e, "Egypt").head().map(e::name)).contains("Hany Farid");
        assertThat(of(e, "Sudan").head().map(e::name)).contains("Omar Bashir Ali");
        assertThat(of(e, "Kenya").members().stream().map(e::name)).containsExactly("Peter Otieno");
        Extracted envoy = extract("""
                Egypt and Sudan held talks in Cairo on Monday. The American envoy Tom Reyes for Sudan praised the talks.
                """);
        assertThat(envoy.x().delegations().stream().flatMap(d -> d.members().stream()).map(envoy::name))
                .doesNotContain("Tom Reyes");
    }

    @Test
    void aSecondDelegationLedBySomeoneWithoutItsVerbSitsForItsParty() {
        Extracted e = extract("""
                Ghana and Togo held talks in Accra on Monday.

                Ghana's delegation was led by Kwame Mensah; Togo's by Koffi Adjo.
                """);
        assertThat(of(e, "Ghana").head().map(e::name)).contains("Kwame Mensah");
        assertThat(of(e, "Togo").head().map(e::name)).contains("Koffi Adjo");
    }

    @Test
    void aSecondSideRepresentedBySomeoneWithoutItsVerbSitsForItsParty() {
        Extracted e = extract("""
                Envoys of Ghana and Togo met in Accra on Monday for a new round of talks. The Ghanaian side was
                represented by Defence Minister Kwame Asante, the Togolese side by its foreign minister, Koffi Adjo.
                """);
        assertThat(of(e, "Ghana").members().stream().map(e::name)).containsExactly("Kwame Asante");
        assertThat(of(e, "Togo").members().stream().map(e::name)).containsExactly("Koffi Adjo");
        Extracted headed = extract("""
                Mali and Niger held talks in Niamey on Friday. The Malian delegation was headed by Awa Traore
                and the Nigerien delegation by Moussa Issoufou.
                """);
        assertThat(of(headed, "Mali").members().stream().map(headed::name)).containsExactly("Awa Traore");
        assertThat(of(headed, "Niger").members().stream().map(headed::name)).containsExactly("Moussa Issoufou");
    }

    @Test
    void whoAssistsALeaderAtTalksSitsOnTheLeadersSide() {
        Extracted e = extract("""
                Ghanaian President John Asante and Togolese President Koffi Adjo met at a lodge outside Accra on Monday.
                Adjo was assisted by Pascal Gnassingbe and Elom Dogbe.
                """);
        assertThat(of(e, "Togo").members().stream().map(e::name)).contains("Pascal Gnassingbe", "Elom Dogbe");
    }

    @Test
    void aDelegationThatConsistedAmongOthersOfSomeoneCountsThem() {
        Extracted e = extract("""
                Ghana and Togo resumed talks in Accra on Monday. The Togolese delegation consisted among others of
                Foreign Minister Pascal Gnassingbe and Elom Dogbe.
                """);
        assertThat(of(e, "Togo").members().stream().map(e::name)).contains("Pascal Gnassingbe", "Elom Dogbe");
    }

    @Test
    void whoeverSendsRepresentativesIsNotAtTheTable() {
        Extracted e = extract("""
                Representatives of Peruvian President Jose Soto and the opposition sat down together in Lima on Monday.
                """);
        DelegationCandidate peru = of(e, "Peru");
        assertThat(peru.members().stream().map(e::name)).doesNotContain("Jose Soto");
        assertThat(peru.head()).isEmpty();
        Extracted envoys = extract("Envoys of Chilean President Ana Ruiz met Bolivian officials in La Paz on Tuesday.");
        assertThat(of(envoys, "Chile").members().stream().map(envoys::name)).doesNotContain("Ana Ruiz");
    }

    @Test
    void aTeamToldAfterALeadThatNamesNoSidesSatForOneOfThem() {
        Extracted e = extract("""
                The two governments reached agreement at talks in Geneva on Monday on a new border settlement.

                The Chilean delegation was led by the Foreign Minister, Mr Tomas Arancibia, accompanied by the
                Defence Minister, Ms Lucia Venegas. The Bolivian delegation will be led by Pedro Quispe at the next round.
                """);
        assertThat(e.x().negotiations()).hasSize(1);
        assertThat(e.x().negotiations().get(0).parties().stream().map(e::name)).contains("Chile").doesNotContain("Bolivia");
        DelegationCandidate chile = of(e, "Chile");
        assertThat(chile.head().map(e::name)).contains("Tomas Arancibia");
        assertThat(chile.members().stream().map(e::name)).contains("Tomas Arancibia", "Lucia Venegas");
        assertThat(e.x().delegations().stream().map(d -> e.name(d.party()))).doesNotContain("Bolivia");
    }

    @Test
    void aDelegationAPronounSaysWhoseItIsSitsForThatPersonsSide() {
        Extracted e = extract("""
                Ghana and Togo signed a border accord on Monday.

                Togolese President Ama Dossou said the deal was fair. His delegation, which included Foreign Minister \
                Kofi Amegah and army chief Paul Tsevi, had fought to the end for a wider corridor.
                """);
        assertThat(of(e, "Togo").members().stream().map(e::name)).contains("Ama Dossou", "Kofi Amegah", "Paul Tsevi");
    }

    @Test
    void aTeamANamedPersonOwnsSitsForThatPersonsSide() {
        Extracted e = extract("Ghana and the Togolese opposition opened talks in Accra on Monday. "
                + "Ghanaian President Kofi Mensah's team includes Ama Serwaa and Kojo Badu.");
        assertThat(of(e, "Ghana").members().stream().map(e::name)).contains("Kofi Mensah", "Ama Serwaa", "Kojo Badu");
    }

    @Test
    void whereTheSidesArePeopleTheirTeamsAreTheirs() {
        Extracted e = extract("Jan Kowal and Idris Musa signed a truce in Geneva on Monday after three days of talks. "
                + "Kowal came to Geneva with his aides Anna Berg and Piotr Nowak. Musa was joined at the table by his deputy Yusuf Ali.");
        assertThat(of(e, "Jan Kowal").members().stream().map(e::name)).containsExactlyInAnyOrder("Jan Kowal", "Anna Berg", "Piotr Nowak");
        assertThat(of(e, "Idris Musa").members().stream().map(e::name)).containsExactlyInAnyOrder("Idris Musa", "Yusuf Ali");
    }

    @Test
    void aSecondTeamWhoseClauseLacksItsVerbSitsForItsOwnParty() {
        Extracted e = extract("Niger and Chad held talks in Niamey on Monday. At the meeting, Niger was represented by its "
                + "defence minister, Ali Issa, and Chad by army chief Idriss Mahamat.");
        assertThat(of(e, "Niger").members().stream().map(e::name)).containsExactly("Ali Issa");
        assertThat(of(e, "Chad").members().stream().map(e::name)).containsExactly("Idriss Mahamat");
        Extracted led = extract("Senegal and Gambia held talks in Banjul on Tuesday. The Senegalese negotiating team was "
                + "headed by Moussa Diop, a veteran diplomat, and the Gambian team by Fatou Jallow.");
        assertThat(of(led, "Senegal").head().map(led::name)).contains("Moussa Diop");
        assertThat(of(led, "Gambia").head().map(led::name)).contains("Fatou Jallow");
        assertThat(of(led, "Senegal").members().stream().map(led::name)).doesNotContain("Fatou Jallow");
    }

    @Test
    void anAgencysListOfASidesPeopleWithTitlesAfterTheirNamesIsThatSidesDelegation() {
        Extracted e = extract("Mali and Niger held talks in Gao on Monday. Attending the meeting on the Malian side were "
                + "Fatoumata Coulibaly, minister of foreign affairs; Ali Keita, minister of defence; and General Modibo Sy. "
                + "On the Nigerien side the meeting was attended by Prime Minister Issa Maiga, Trade Minister Hawa Diallo "
                + "and the mayor of Niamey, Sani Garba.");
        assertThat(of(e, "Mali").members().stream().map(e::name))
                .containsExactlyInAnyOrder("Fatoumata Coulibaly", "Ali Keita", "Modibo Sy");
        assertThat(of(e, "Niger").members().stream().map(e::name)).containsExactlyInAnyOrder("Issa Maiga", "Hawa Diallo", "Sani Garba");
    }

    @Test
    void aTeamComposedOfPeopleAndOneLedTogetherWithOthersHaveThemAsMembers() {
        Extracted e = extract("""
                Kenya and Uganda held a new round of fisheries talks in Jinja on Tuesday. The Kenyan delegation to the \
                round was composed of Ruth Wanjiku and Peter Otieno, both ministers. Grace Nakato, who led the Ugandan \
                team together with her deputy Joseph Kato, left Jinja before the final session.
                """);
        assertThat(e.x().delegations()).extracting(d -> e.name(d.party()) + ":" + d.members().stream().map(e::name).sorted().toList())
                .containsExactlyInAnyOrder("Kenya:[Peter Otieno, Ruth Wanjiku]", "Uganda:[Grace Nakato, Joseph Kato]");
    }

    @Test
    void threeGappedTeamsAfterASigningByTheDelegatesOfAJointBodyEachSitForTheirSide() {
        Extracted e = extract("""
                Delegates of the joint water board initialled the river protocol in Niamey on Thursday. Niger was \
                represented by its water minister Issa Moussa, Mali by hydrologist Fanta Diarra and the African Union \
                by envoy Amina Diallo.
                """);
        assertThat(e.negotiations()).singleElement().satisfies(n ->
                assertThat(e.partyNames(n)).containsExactlyInAnyOrder("Niger", "Mali", "African Union"));
        assertThat(e.x().delegations()).extracting(d -> e.name(d.party()) + ":" + d.members().stream().map(e::name).toList())
                .containsExactlyInAnyOrder("Niger:[Issa Moussa]", "Mali:[Fanta Diarra]", "African Union:[Amina Diallo]");
    }

    @Test
    void eachSignerOfAListSitsForThePartyNamedAfterThem() {
        Extracted e = extract("The accord was signed in Geneva on Tuesday by Foreign Minister Lena Vogt for Austria, "
                + "Jan Horak for Hungary and Deputy Minister Marek Novak for Slovakia.");
        assertThat(of(e, "Austria").members().stream().map(e::name)).containsExactly("Lena Vogt");
        assertThat(of(e, "Hungary").members().stream().map(e::name)).containsExactly("Jan Horak");
        assertThat(of(e, "Slovakia").members().stream().map(e::name)).containsExactly("Marek Novak");
    }

    @Test
    void whoARoleNamedLeaderWasAccompaniedBySitsOnTheirSide() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                Rwanda's envoy, Jean Mugabo, was joined at the table by Alice Uwase and Paul Kagiso.
                """);
        DelegationCandidate rwanda = of(e, "Rwanda");
        assertThat(rwanda.head().map(e::name)).contains("Jean Mugabo");
        assertThat(rwanda.members().stream().map(e::name))
                .containsExactlyInAnyOrder("Jean Mugabo", "Alice Uwase", "Paul Kagiso");
    }

    @Test
    void thePeoplePlacedOnASideOfTheTableSitInItsTeam() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                On the Rwandan side were Jean Mugabo, Alice Uwase and Paul Kagiso. On the Burundian side sat \
                Pierre Ndayishimiye and Claire Niyonzima.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name))
                .containsExactlyInAnyOrder("Jean Mugabo", "Alice Uwase", "Paul Kagiso");
        assertThat(of(e, "Burundi").members().stream().map(e::name))
                .containsExactlyInAnyOrder("Pierre Ndayishimiye", "Claire Niyonzima");
        Extracted relied = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                Rwandan Foreign Minister Jean Mugabo relied on the Burundian side for the maps.
                """);
        assertThat(relied.x().delegations()).noneMatch(d -> relied.name(d.party()).equals("Burundi")
                && d.members().stream().map(relied::name).anyMatch("Jean Mugabo"::equals));
    }

    @Test
    void whomALeaderBringsSitsOnTheirSide() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday.

                Burundi's president Pierre Ndayishimiye brought his deputy, Claire Niyonzima, and Trade Minister \
                Eric Bizimana. The talks brought no breakthrough.
                """);
        assertThat(of(e, "Burundi").members().stream().map(e::name))
                .containsExactlyInAnyOrder("Pierre Ndayishimiye", "Claire Niyonzima", "Eric Bizimana");
    }

    @Test
    void whoWereRepresentingAPartySitForIt() {
        Extracted e = extract("Ghana and Togo held talks in Accra on Monday. Representing Togo were Prime Minister Yao Agbeko "
                + "and Defence Minister Essi Kpodar.");
        assertThat(of(e, "Togo").members().stream().map(e::name)).containsExactlyInAnyOrder("Yao Agbeko", "Essi Kpodar");
        Extracted atTheTalks = extract("Chile and Peru held talks in Lima on Monday. Representing Chile at the talks were "
                + "Foreign Minister Ana Soto and her deputy, Luis Vega.");
        assertThat(of(atTheTalks, "Chile").members().stream().map(atTheTalks::name))
                .containsExactlyInAnyOrder("Ana Soto", "Luis Vega");
    }

    @Test
    void aTeamsPeopleListedAfterAColonAndALeadersLooselyNamedDeputies() {
        Extracted e = extract("""
                Rwandan President Jean Mugabo met Burundian President Pierre Ndayishimiye in Kampala on Monday.

                Mugabo brought a delegation of ministers: Foreign Minister Alice Uwase, Deputy Foreign Minister \
                Eric Habimana, and Grace Mukamana and Paul Nkurunziza. The Burundian delegation, which Ndayishimiye \
                headed, included his advisers Claire Niyonzima and Olivier Bizimana.
                """);
        assertThat(of(e, "Rwanda").members().stream().map(e::name))
                .contains("Alice Uwase", "Eric Habimana", "Grace Mukamana", "Paul Nkurunziza");
        assertThat(of(e, "Burundi").members().stream().map(e::name)).contains("Claire Niyonzima", "Olivier Bizimana");
    }

    @Test
    void aTeamThatIncludedSomeAndWasLedByAnotherHasThatHead() {
        Extracted e = extract("""
                Rwanda and Burundi held talks in Kampala on Monday. The Rwandan delegation included Alice Uwase and \
                Eric Habimana and was headed by Jean Mugabo, the trade minister.
                """);
        DelegationCandidate rwanda = of(e, "Rwanda");
        assertThat(rwanda.head().map(e::name)).contains("Jean Mugabo");
        assertThat(rwanda.members().stream().map(e::name)).contains("Jean Mugabo", "Alice Uwase", "Eric Habimana");
    }

    @Test
    void peopleWhoFlankASideAtTheMeetingAndATeamItsHeadCameWithAreItsMembers() {
        Extracted flanked = extract("""
                Fiji and Tonga opened boundary talks in Suva on Monday. Sione Fifita, the Tongan prime minister, met \
                his Fijian counterpart in Suva on Monday, flanked by the navy's hydrographer Ana Pulu and an aide.
                """);
        assertThat(of(flanked, "Tonga").members().stream().map(flanked::name)).contains("Ana Pulu");
        Extracted team = extract("""
                Tongan Foreign Minister Mele Tupou met Fijian Foreign Minister Ratu Kamikamica in Suva on Monday to open \
                boundary talks. Tupou, who flew in with a team that included the surveyor Viliami Kata, spoke first.
                """);
        assertThat(of(team, "Tonga").members().stream().map(team::name)).contains("Mele Tupou", "Viliami Kata");
        // someone who joins a meeting may come for another side: "joined by" brings no entourage
        Extracted joined = extract("""
                Fiji and Tonga opened boundary talks in Suva on Monday. Sione Fifita, the Tongan prime minister, met \
                his Fijian counterpart in Suva on Monday, joined by the Samoan mediator Tavita Leota.
                """);
        assertThat(joined.x().delegations()).noneMatch(d -> d.members().stream().map(joined::name).toList().contains("Tavita Leota")
                && joined.name(d.party()).equals("Tonga"));
    }

    @Test
    void aTeamHeadedByOneThatIncludedOthersHasThemAll() {
        Extracted e = extract("""
                Fiji and Tonga opened boundary talks in Suva on Monday. The Fijian delegation was headed by Ratu Epeli \
                Nailatikau and included a land surveyor, Josefa Koroi.
                """);
        DelegationCandidate fiji = of(e, "Fiji");
        assertThat(fiji.head().map(e::name)).contains("Ratu Epeli Nailatikau");
        assertThat(fiji.members().stream().map(e::name)).contains("Ratu Epeli Nailatikau", "Josefa Koroi");
    }

    @Test
    void aTeamHeadedBySomeonesDeputyIsHeadedByTheDeputyNamedInApposition() {
        Extracted e = extract("""
                Malawian President Lazarus Chakwera met Zambian President Hakainde Hichilema in Lilongwe on Monday. \
                Chakwera sent a team headed by his deputy, Grace Banda, to the follow-up talks.
                """);
        DelegationCandidate malawi = of(e, "Malawi");
        assertThat(malawi.head().map(e::name)).contains("Grace Banda");
        assertThat(malawi.members().stream().map(e::name)).contains("Grace Banda");
    }

    @Test
    void thoseWhoSignForEachPartyInAGappedListSitForIt() {
        Extracted e = extract("""
                Malawi and Zambia signed a border accord in Lilongwe on Monday. Grace Banda and Peter Phiri \
                signed for Malawi, and Joseph Mwanza and Ms Ruth Lungu for Zambia.
                """);
        assertThat(of(e, "Malawi").members().stream().map(e::name)).containsExactlyInAnyOrder("Grace Banda", "Peter Phiri");
        assertThat(of(e, "Zambia").members().stream().map(e::name)).containsExactlyInAnyOrder("Joseph Mwanza", "Ruth Lungu");
    }

    @Test
    void aSecondTeamWhoseVerbIsLeftOutAfterACommaSitsForItsOwnParty() {
        Extracted e = extract("""
                Malawi and Zambia opened border talks in Lilongwe on Monday. Malawi was represented by Grace Banda \
                and Peter Phiri, Zambia by its trade minister, Joseph Mwanza.
                """);
        assertThat(of(e, "Malawi").members().stream().map(e::name)).containsExactlyInAnyOrder("Grace Banda", "Peter Phiri");
        assertThat(of(e, "Zambia").members().stream().map(e::name)).containsExactly("Joseph Mwanza");
        Extracted noTeam = extract("""
                Malawi and Zambia opened border talks in Lilongwe on Monday. Malawi was represented by Grace Banda, \
                a lawyer by training.
                """);
        assertThat(of(noTeam, "Malawi").members().stream().map(noTeam::name)).containsExactly("Grace Banda");
        // an apposition with a participle is no second team
        Extracted apposition = extract("""
                Malawi and Zambia opened border talks in Lilongwe on Monday. Malawi was represented by Grace Banda, \
                a former Zambia envoy appointed by President Peter Phiri.
                """);
        assertThat(apposition.x().delegations()).noneMatch(d -> d.members().stream().map(apposition::name)
                .anyMatch("Peter Phiri"::equals));
    }

    @Test
    void thoseAttendingForAPartyAndThoseWhoJoinItsTeamSitInIt() {
        Extracted e = extract("""
                Malawi and Zambia opened border talks in Lilongwe on Monday. Attending for Zambia were Joseph Mwanza, \
                the trade minister, and Ruth Lungu, his deputy. Army chief Peter Phiri joined the Malawian team on the \
                second day.
                """);
        assertThat(of(e, "Zambia").members().stream().map(e::name)).containsExactlyInAnyOrder("Joseph Mwanza", "Ruth Lungu");
        assertThat(of(e, "Malawi").members().stream().map(e::name)).contains("Peter Phiri");
        // a career is not a team at the talks
        Extracted career = extract("""
                Malawi and Zambia opened border talks in Lilongwe on Monday, mediated by Peter Phiri. Phiri joined \
                the African Union mission in 2010 after a career in banking.
                """);
        assertThat(career.negotiations()).singleElement()
                .satisfies(n -> assertThat(career.partyNames(n)).containsExactly("Malawi", "Zambia"));
    }

    @Test
    void whoHeadsATeamOrIsOneOfItInAnAppositionSitsInIt() {
        Extracted e = extract("""
                Malawi and Zambia opened border talks in Lilongwe on Monday. Grace Banda, the veteran diplomat who \
                heads Lilongwe's delegation, called them useful. According to Joseph Mwanza, a member of the Zambian \
                delegation, the maps were agreed.
                """);
        assertThat(of(e, "Malawi").head().map(e::name)).contains("Grace Banda");
        assertThat(of(e, "Zambia").members().stream().map(e::name)).contains("Joseph Mwanza");
    }

    @Test
    void anOfficialOnTheDelegationIsOneOfIt() {
        Extracted e = extract("Malawi and Zambia signed a border accord in Lilongwe on Tuesday. Joseph Mwanza, a senior "
                + "Zambian official on the delegation, said the maps were fair.");
        assertThat(of(e, "Zambia").members().stream().map(e::name)).containsExactly("Joseph Mwanza");
        assertThat(of(e, "Zambia").head()).isEmpty();
        // a team of another kind is no delegation
        Extracted team = extract("Malawi and Zambia signed a border accord in Lilongwe on Tuesday. Joseph Mwanza, a striker "
                + "on the Zambian national team, said the match would go ahead.");
        assertThat(team.x().delegations()).allSatisfy(d -> assertThat(d.members()).isEmpty());
    }

    @Test
    void theOneOfficeHolderOfAMeetingNoStateIsNamedForSitsForTheStorysOtherSide() {
        Extracted e = extract("""
                Malawi, Zambia sign border pact

                LILONGWE, March 12 - Prime Minister Peter Phiri and Zambia's President Joseph Mwanza signed the \
                border accord in Lilongwe on Tuesday.
                """);
        assertThat(of(e, "Malawi").members().stream().map(e::name)).containsExactly("Peter Phiri");
        assertThat(of(e, "Zambia").members().stream().map(e::name)).containsExactly("Joseph Mwanza");
        Extracted listed = extract("""
                Malawi, Zambia sign border pact

                LILONGWE, March 12 - Prime Minister Peter Phiri and President Joseph Mwanza of Zambia signed the \
                border accord in Lilongwe on Tuesday.
                """);
        assertThat(of(listed, "Malawi").members().stream().map(listed::name)).containsExactly("Peter Phiri");
        // "of Zambia" after a list may be every office's state where the sentence names the other side apart
        Extracted shared = extract("""
                Malawi, Zambia resume border talks

                LUSAKA, March 12 - Prime Minister Peter Phiri and President Joseph Mwanza of Zambia met in Lusaka \
                on Tuesday to prepare the talks with Malawi.
                """);
        assertThat(shared.x().delegations()).noneMatch(d -> shared.name(d.party()).equals("Malawi")
                && d.members().stream().map(shared::name).anyMatch("Peter Phiri"::equals));
    }

    @Test
    void thoseWhoNegotiateForAPartySitForItAndAreNoSidesThemselves() {
        Extracted e = extract("""
                Malawi and Zambia held border talks in Lilongwe on Tuesday. Malawi was represented by Grace Banda, \
                while Joseph Mwanza and Ruth Lungu negotiated for Zambia.
                """);
        assertThat(of(e, "Zambia").members().stream().map(e::name)).containsExactlyInAnyOrder("Joseph Mwanza", "Ruth Lungu");
        assertThat(e.negotiations()).singleElement()
                .satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Malawi", "Zambia"));
        // meeting the envoy for a party is no team of that party
        Extracted envoy = extract("Zambian President Joseph Mwanza met the special envoy for Malawi, Ruth Lungu, in Lusaka "
                + "on Tuesday.");
        assertThat(envoy.negotiations()).singleElement()
                .satisfies(n -> assertThat(envoy.partyNames(n)).contains("Zambia"));
        assertThat(envoy.x().delegations()).noneMatch(d -> envoy.name(d.party()).equals("Malawi")
                && d.members().stream().map(envoy::name).anyMatch("Joseph Mwanza"::equals));
    }

    @Test
    void aTeamNamedByAPeoplesDemonymIsTheSideOfThatPeopleNotTheirState() {
        Extracted e = extract("""
                LILONGWE, March 12 - Talks between Malawi and Zambian nationalists opened in Lilongwe on Tuesday. \
                The Zambian delegation was led by Joseph Mwanza.
                """);
        assertThat(e.negotiations()).singleElement()
                .satisfies(n -> assertThat(e.partyNames(n)).containsExactly("Malawi", "Zambian nationalists"));
        assertThat(of(e, "Zambian nationalists").head().map(e::name)).contains("Joseph Mwanza");
        // the state itself, when it is a side
        Extracted state = extract("""
                LILONGWE, March 12 - Talks between Zambia and Zambian nationalists opened in Lilongwe on Tuesday.
                """);
        assertThat(state.negotiations()).singleElement()
                .satisfies(n -> assertThat(state.partyNames(n)).containsExactly("Zambia", "Zambian nationalists"));
    }
}
