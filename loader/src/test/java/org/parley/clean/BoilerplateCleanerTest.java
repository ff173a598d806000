package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.read.Article;
import org.parley.testing.Articles;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private static final String PAGE = """
            skip to main content
            World News
            Delegations agree to meet again next week in Accra
            Jane Doe/Agence Photo Images
            {image_1}
            By Kofi Mensah | Gulf of Guinea Daily | Updated: 12 June 2024
            ACCRA (GGD) - The two delegations agreed on Tuesday to meet again next week, the host government said.
            Officials shake hands after the talks in Accra. [Photo/Reuters]
            We need your consent to load this video player. We use cookies to manage content on your device. Manage Preferences
            "We are closer than ever," the mediator said.
            Read more:
            Earlier round ended without a deal
            Mediators fly in from Addis Ababa
            The next session will focus on prisoner releases.
            Additional reporting by Kwame Boateng
            Copyright 2024 Gulf of Guinea Daily. All rights reserved.
            Registration number 55512
            """;

    @Test
    void blanksBoilerplateWithoutMovingAnyOffset() {
        Article a = Articles.of(PAGE, "2024-06-12");
        CleanText c = cleaner.clean(a.withMetadata(a.metadata().withTitle("Delegations agree to meet again next week in Accra")));
        assertThat(c.analysed()).hasSameSizeAs(c.original());
        String kept = c.analysed();
        for (String gone : new String[] {"skip to main content", "World News", "Agence Photo Images", "{image_1}",
                "Gulf of Guinea Daily |", "ACCRA (GGD) -", "[Photo/Reuters]", "consent", "Read more:",
                "Earlier round ended", "Mediators fly in", "Additional reporting", "Copyright", "Registration number"}) {
            assertThat(kept).as("blanked: %s", gone).doesNotContain(gone);
        }
        for (String stays : new String[] {"Delegations agree to meet again next week in Accra",
                "The two delegations agreed on Tuesday", "Officials shake hands after the talks in Accra.",
                "\"We are closer than ever,\" the mediator said.", "The next session will focus on prisoner releases."}) {
            int at = c.original().indexOf(stays);
            assertThat(kept.substring(at, at + stays.length())).as("kept in place: %s", stays).isEqualTo(stays);
        }
        assertThat(c.removals()).extracting(Removal::reason).contains("navigation", "section label", "image credit",
                "image placeholder", "byline or navigation", "dateline", "consent banner", "related headlines marker",
                "related headline", "contributor line", "copyright line", "after copyright footer");
    }

    @Test
    void joinsHardWrappedLinesButKeepsHeadlinesOnTheirOwn() {
        String text = "Talks end in Doha\nThe delegations left the\nvenue after midnight.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-01-01"));
        assertThat(c.analysed()).isEqualTo("Talks end in Doha\nThe delegations left the venue after midnight.");
    }

    @Test
    void joinsALineThatEndsOnACommaOrAWordThatNeedsAnotherBeforeACapital() {
        String text = "Talks end in Doha\nThe team was headed by\nForeign Minister Ana Ruiz and met the Kenyan envoys "
                + "on Monday,\nChilean officials said.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-01-01"));
        assertThat(c.analysed()).isEqualTo("Talks end in Doha\nThe team was headed by Foreign Minister Ana Ruiz and met "
                + "the Kenyan envoys on Monday, Chilean officials said.");
    }

    @Test
    void aDatelineWithCountryDateAndAnAgencyOfTwoWordsIsBlanked() {
        String text = "Talks end\n\nKAPAN, Armenia, March 14 (Valley Wire) - Delegates from both sides said on Friday that the "
                + "next round would open soon.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-03-15"));
        assertThat(c.analysed()).doesNotContain("KAPAN").doesNotContain("Valley Wire").contains("Delegates from both sides");
    }

    @Test
    void aPlainCaseOpeningWithoutAMonthsDayIsTheStorysOwnWords() {
        String text = "Quota deal holds\n\nWalvis Bay, Day 12: trawler crews kept their boats in the harbour for a twelfth day.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-09-03"));
        assertThat(c.analysed()).contains("Walvis Bay, Day 12");
        assertThat(c.removals()).noneMatch(r -> r.reason().equals("dateline"));
    }

    @Test
    void aDatelineWithItsCountryIsBlanked() {
        String text = "Talks end\n\nNAIROBI, Kenya -- Delegates from both sides said on Friday that the next round would open soon.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-01-01"));
        assertThat(c.analysed()).doesNotContain("NAIROBI").doesNotContain("Kenya --").contains("Delegates from both sides");
    }

    @Test
    void aDatelineWithItsAgencyAndNoDashIsBlanked() {
        String text = "Talks open\n\nLome, Mar 4 (GNA) Delegations from both countries met on Monday in the capital.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-03-05"));
        assertThat(c.analysed()).doesNotContain("(GNA)").contains("Delegations from both countries met");
    }

    @Test
    void aDatelineOfTwoCitiesIsBlanked() {
        String text = "Truce elusive\n\nACCRA/LOME, May 12 (Valley Wire) - Delegates from both sides signed a declaration on "
                + "Thursday.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-05-12"));
        assertThat(c.analysed()).doesNotContain("LOME").doesNotContain("Valley Wire").contains("Delegates from both sides");
    }

    @Test
    void aDatelineOfACityWithAParticleInItsNameIsBlanked() {
        String text = "Accord signed\n\nCiudad del Este, Sep 27 (Valley Wire) The presidents of both countries signed the "
                + "accord yesterday in this city.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-09-27"));
        assertThat(c.analysed()).doesNotContain("Valley Wire").contains("The presidents of both countries");
    }

    @Test
    void aDatelineWithTheCitysCountryInBracketsBeforeTheAgencyIsBlankedWhole() {
        String text = "Accord signed\n\nTamale (Ghana) (Valley Wire) - The presidents of both countries signed the "
                + "accord on Thursday after two days of talks.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-09-27"));
        assertThat(c.analysed()).doesNotContain("Valley Wire").doesNotContain("Tamale")
                .contains("The presidents of both countries");
    }

    @Test
    void anArchivesDatelineWithAPeriodAfterItsDayIsBlanked() {
        String text = "Talks resume\n\nLOME, Jan. 9. -- The two delegations met for nearly five hours today in a villa "
                + "outside the city.";
        CleanText c = cleaner.clean(Articles.of(text, "1974-01-10"));
        assertThat(c.analysed()).doesNotContain("LOME").doesNotContain("Jan. 9").contains("The two delegations met");
    }

    @Test
    void aDatelineWithAHyphenedRegionAndAnUnderscoreForItsDashIsBlanked() {
        String text = "Pact signed\n\nBORDER POST, Ghana-Togo Frontier (AP) _ The presidents of both countries signed the "
                + "pact on Thursday in a tent by the road.";
        CleanText c = cleaner.clean(Articles.of(text, "1994-10-27"));
        assertThat(c.analysed()).doesNotContain("(AP)").doesNotContain("Frontier").doesNotContain("_")
                .contains("The presidents of both countries");
    }

    @Test
    void aDatelineThatWritesTheDayBeforeTheMonthIsBlanked() {
        String text = "Pact signed\n\nKribi, 4 October 2021 (Valley Wire) - Prime Minister Ana Mensah said today that the "
                + "fisheries pact would be ratified within a month.";
        CleanText c = cleaner.clean(Articles.of(text, "2021-10-04"));
        assertThat(c.analysed()).doesNotContain("Kribi").doesNotContain("Valley Wire")
                .contains("Prime Minister Ana Mensah said today");
    }

    @Test
    void aHyphenAfterCapitalsIsNoDateline() {
        String text = "Arms talks\n\nNATO-Russia talks on missile defence ended in Brussels on Monday without an agreement "
                + "on the next round.\n\nU.S.-Soviet arms talks had a longer history of failure than of success.";
        CleanText c = cleaner.clean(Articles.of(text, "2011-03-08"));
        assertThat(c.analysed()).contains("NATO-Russia talks").contains("U.S.-Soviet arms talks");
    }

    @Test
    void aDatelineThatGivesTheDayFirstAndTheCityInBracketsIsBlanked() {
        String text = "Deal initialled\n\nMarch 4, 2021 (TAMALE) - The government and the rebel alliance on Thursday "
                + "initialled a deal on power sharing.";
        CleanText c = cleaner.clean(Articles.of(text, null));
        assertThat(c.analysed()).doesNotContain("TAMALE").doesNotContain("2021").contains("The government and the rebel");
    }

    @Test
    void aPhotographersCreditClosingACaptionIsBlanked() {
        String text = "Truce signed\n\nThe two envoys shake hands in Accra on November 2, 2022. Jane Mensah / AFP\n\n"
                + "\"Both parties have agreed to stop the fighting,\" the mediator told a news conference.";
        CleanText c = cleaner.clean(Articles.of(text, "2022-11-03"));
        assertThat(c.analysed()).doesNotContain("Jane Mensah").contains("The two envoys shake hands in Accra");
    }

    @Test
    void aBreakingNewsTeaserForAnotherStoryIsBlanked() {
        String text = "BREAKING NEWS Port workers end strike after pay deal Full Story\nTalks resume in Accra\n\n"
                + "Delegations from both countries met again on Monday in the capital.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-03-05"));
        assertThat(c.analysed()).doesNotContain("Port workers").contains("Talks resume in Accra");
    }

    @Test
    void aDateLabelRunIntoTheFirstLineIsBlankedAndTheLineKept() {
        String text = "date 2024-03-04 Delegations from both countries met again on Monday in the capital.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-03-05"));
        assertThat(c.analysed()).doesNotContain("2024-03-04").contains("Delegations from both countries met again");
    }

    @Test
    void aRepeatedLineIsKeptOnce() {
        String text = "Negotiators met in Vienna on Friday.\nNegotiators met in Vienna on Friday.\nThey will meet again.";
        CleanText c = cleaner.clean(Articles.of(text, "2024-01-01"));
        assertThat(c.analysed().indexOf("Negotiators met")).isZero();
        assertThat(c.analysed().lastIndexOf("Negotiators met")).isZero();
    }
}
