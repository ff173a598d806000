package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.testing.Articles;

class DatelineDayTest {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private Optional<LocalDate> day(String text, String published) {
        CleanText clean = cleaner.clean(Articles.of(text, published));
        return DatelineDay.of(clean, Optional.ofNullable(published).map(LocalDate::parse));
    }

    @Test
    void aDatelineDayTakesThePagesYear() {
        assertThat(day("Talks resume\n\nLOME, Jan. 9. -- The two delegations met for nearly five hours today in a villa.",
                "1974-01-10")).contains(LocalDate.of(1974, 1, 9));
        assertThat(day("Talks resume\n\nACCRA, Dec 31 (Valley Wire) - The two delegations met for five hours today in a villa.",
                "2024-01-01")).as("the year before a page of 1 January").contains(LocalDate.of(2023, 12, 31));
    }

    @Test
    void anOldWiresDottedMarkAndItsStopDashDateTheStory() {
        assertThat(day("Conference ends\n\nLAGOS, March 11 (U.P.).-Delegates from the two regions ended their conference late "
                + "today without a communique.", "1968-03-12")).contains(LocalDate.of(1968, 3, 11));
    }

    @Test
    void aMastheadWithItsDayIsNoDateline() {
        assertThat(day("THE HERALD, Tuesday, March 4, 1975 -- Page 3\n\nTalks resume\n\nLOME, March 3. -- The two delegations "
                + "met for nearly five hours today in a villa outside the city.", "1975-03-04")).contains(LocalDate.of(1975, 3, 3));
    }

    @Test
    void aDatelineDayWithItsYearDatesAnUndatedPage() {
        assertThat(day("Deal initialled\n\nMarch 4, 2021 (TAMALE) - The government and the rebel alliance on Thursday "
                + "initialled a deal on power sharing.", null)).contains(LocalDate.of(2021, 3, 4));
    }

    @Test
    void aCityInPlainCaseFollowedByItsDayIsADatedDatelineEitherWayRound() {
        assertThat(day("Quota deal holds\n\nWindhoek, 2 September: Namibia's fisheries minister on Tuesday told parliament "
                + "that the hake quota agreed with Angola would stand.", "2024-09-03")).contains(LocalDate.of(2024, 9, 2));
        assertThat(day("Quota deal holds\n\nWindhoek, Sept 2 - Namibia's fisheries minister on Tuesday told parliament "
                + "that the hake quota agreed with Angola would stand.", "2024-09-03")).contains(LocalDate.of(2024, 9, 2));
        // a long headline in title case is no paragraph of the story yet
        assertThat(day("Namibia Tells Parliament Hake Quota Agreed With Angola Will Stand\n\nWindhoek, 2 September: the "
                + "fisheries minister on Tuesday told parliament that the quota would stand.", "2024-09-03"))
                .contains(LocalDate.of(2024, 9, 2));
    }

    @Test
    void aPlainCaseCityWithAWeekdayOrWithItsDayFurtherOnDatesNothing() {
        assertThat(day("Quota deal holds\n\nMonday, 2 September: Namibia's fisheries minister told parliament that the "
                + "hake quota agreed with Angola would stand.", "2024-09-03")).isEmpty();
        assertThat(day("Quota deal holds\n\nNamibia's fisheries minister told parliament on Tuesday that the hake quota "
                + "agreed with Angola would stand.\n\nLuderitz, 28 August: trawler crews staged a protest over the quota "
                + "at the harbour.", "2024-09-03")).isEmpty();
    }

    @Test
    void noDayWithoutADatedDatelineOrOneFarFromThePage() {
        assertThat(day("Talks resume\n\nACCRA (Valley Wire) - The two delegations met for five hours today in a villa.",
                "2024-03-10")).isEmpty();
        assertThat(day("Talks resume\n\nACCRA, Mar 2 (Valley Wire) - The two delegations met for five hours today in a villa.",
                null)).as("no year to put it in").isEmpty();
        assertThat(day("Talks resume\n\nACCRA, Feb 2 (Valley Wire) - The two delegations met for five hours today in a villa.",
                "2024-03-10")).as("five weeks before the page").isEmpty();
    }

    @Test
    void aMorningPapersWeekdayDatelineDatesTheStoryByTheLastSuchDay() {
        String body = " The hake quota that Namibia and Angola had argued over since March was initialled in the harbour "
                + "office late in the day.";
        assertThat(day("Quota deal initialled\n\nWINDHOEK, Friday. -" + body, "2024-09-07")).contains(LocalDate.of(2024, 9, 6));
        // in plain case a name and a weekday may be a caption's or an opening's ("Finally, Monday:")
        assertThat(day("Quota deal initialled\n\nWindhoek, Friday -" + body, "2024-09-07")).isEmpty();
        assertThat(day("Quota deal initialled\n\nWINDHOEK, Saturday. -" + body, "2024-09-07")).as("the page's own day")
                .contains(LocalDate.of(2024, 9, 7));
        assertThat(day("Quota deal initialled\n\nWINDHOEK, Friday. -" + body, null)).as("no page day to count back from")
                .isEmpty();
        // a masthead with its town and day above it is no dateline
        assertThat(day("NAMIB COURIER, Luderitz - Saturday, September 7, 2024\n\nQuota deal initialled\n\nWINDHOEK, Friday. -"
                + body, "2024-09-07")).contains(LocalDate.of(2024, 9, 6));
    }

    @Test
    void aDatelineOnALineOfItsOwnAboveTheStoryDatesIt() {
        String body = "\nBoth delegations initialled the fishing accord late on Sunday in the old customs house.";
        assertThat(day("QUOTA ACCORD INITIALLED\n\nBy a staff writer\nPort-au-Prince, May 9." + body, "1971-05-10"))
                .contains(LocalDate.of(1971, 5, 9));
        assertThat(day("QUOTA ACCORD INITIALLED\n\nWINDHOEK, Friday." + body, "2024-09-07")).contains(LocalDate.of(2024, 9, 6));
        // a weekday with its date is a page's stamp, not a place's line
        assertThat(day("QUOTA ACCORD INITIALLED\n\nMonday, May 9." + body, "1971-05-10")).isEmpty();
    }
}
