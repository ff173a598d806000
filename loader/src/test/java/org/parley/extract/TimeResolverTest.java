package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.annotate.EntityMention;

class TimeResolverTest {
    private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2024, 3, 13));

    private static EntityMention date(String text, String normalized) {
        return new EntityMention(0, text.length(), text, "DATE", 0, 0, 1, Optional.ofNullable(normalized));
    }

    @Test
    void aWeekdayInThePastResolvesBackwards() {
        assertThat(TimeResolver.day(date("Monday", "2024-03-11"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 11));
        assertThat(TimeResolver.day(date("Friday", "2024-03-15"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 8));
    }

    @Test
    void aWeekdayInTheFutureResolvesForwards() {
        assertThat(TimeResolver.day(date("Friday", "2024-03-15"), WEDNESDAY, TimeResolver.Tense.FUTURE))
                .contains(LocalDate.of(2024, 3, 15));
        assertThat(TimeResolver.day(date("Monday", "2024-03-11"), WEDNESDAY, TimeResolver.Tense.FUTURE))
                .contains(LocalDate.of(2024, 3, 18));
    }

    @Test
    void theSameWeekdayAsTheArticleIsThatDay() {
        assertThat(TimeResolver.day(date("Wednesday", null), WEDNESDAY, TimeResolver.Tense.PAST)).isEqualTo(WEDNESDAY);
        assertThat(TimeResolver.day(date("Wednesday", null), WEDNESDAY, TimeResolver.Tense.FUTURE)).isEqualTo(WEDNESDAY);
    }

    @Test
    void lastOrNextOfTheArticlesOwnWeekdayIsAWeekAway() {
        assertThat(TimeResolver.day(date("last Wednesday", null), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 6));
        assertThat(TimeResolver.day(date("next Wednesday", null), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 20));
        assertThat(TimeResolver.day(date("last Monday", null), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 11));
    }

    @Test
    void relativeWordsAndFullDates() {
        assertThat(TimeResolver.day(date("yesterday", null), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 12));
        assertThat(TimeResolver.day(date("March 7, 2022", "2022-03-07"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2022, 3, 7));
    }

    @Test
    void daysCountedFromAnotherEventGiveNoDay() {
        assertThat(TimeResolver.day(date("Nine days later", "2024-03-22"), WEDNESDAY, TimeResolver.Tense.PAST)).isEmpty();
        assertThat(TimeResolver.day(date("two days earlier", "2024-03-11"), WEDNESDAY, TimeResolver.Tense.PAST)).isEmpty();
        assertThat(TimeResolver.day(date("the day before", "2024-03-12"), WEDNESDAY, TimeResolver.Tense.PAST)).isEmpty();
    }

    @Test
    void aDayWithoutItsYearOnTheOtherSideOfTheArticlesDateIsInTheYearTheTenseMeans() {
        assertThat(TimeResolver.day(date("10 July", "2024-07-10"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2023, 7, 10));
        assertThat(TimeResolver.day(date("10 January", "2024-01-10"), WEDNESDAY, TimeResolver.Tense.FUTURE))
                .contains(LocalDate.of(2025, 1, 10));
        assertThat(TimeResolver.day(date("10 January", "2024-01-10"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 1, 10));
        assertThat(TimeResolver.day(date("July 10, 2024", "2024-07-10"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 7, 10));
        // A few days ahead is more likely a tense misread than a year back.
        assertThat(TimeResolver.day(date("March 20", "2024-03-20"), WEDNESDAY, TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 20));
    }

    @Test
    void expressionsCoarserThanADayOrModalMayGiveNoDay() {
        assertThat(TimeResolver.day(date("two weeks ago", "2024-W09"), WEDNESDAY, TimeResolver.Tense.PAST)).isEmpty();
        assertThat(TimeResolver.day(date("may", "XXXX-05"), WEDNESDAY, TimeResolver.Tense.PAST)).isEmpty();
        assertThat(TimeResolver.day(date("March", "2024-03"), WEDNESDAY, TimeResolver.Tense.PAST)).isEmpty();
    }
}
