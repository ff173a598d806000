package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.annotate.EntityMention;

/** Calendar days written out beside a weekday, and days without a year in an article without a date. */
class TimeResolverYearTest {

    private static EntityMention date(String text, String value) {
        return new EntityMention(0, text.length(), text, "DATE", 0, 0, 1, Optional.of(value));
    }

    @Test
    void theCalendarDayWinsOverTheWeekdayBesideIt() {
        EntityMention e = date("Monday, 9th of July, 2018", "2018-07-09");
        assertThat(TimeResolver.day(e, Optional.empty(), TimeResolver.Tense.PAST)).contains(LocalDate.of(2018, 7, 9));
    }

    @Test
    void aDayWithoutAYearTakesTheYearTheTextGives() {
        EntityMention e = date("October 9", "XXXX-10-09");
        assertThat(TimeResolver.day(e, Optional.empty(), Optional.of(2019), TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2019, 10, 9));
        assertThat(TimeResolver.day(e, Optional.empty(), Optional.empty(), TimeResolver.Tense.PAST))
                .as("no year anywhere: no day").isEmpty();
    }

    @Test
    void aBareWeekdayNeedsTheArticleDate() {
        EntityMention e = date("Monday", "XXXX-WXX-1");
        assertThat(TimeResolver.day(e, Optional.empty(), Optional.of(2019), TimeResolver.Tense.PAST)).isEmpty();
        assertThat(TimeResolver.day(e, Optional.of(LocalDate.of(2024, 3, 13)), TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2024, 3, 11));
    }

    @Test
    void inAnUndatedArticleTheWeekdayBesideAYearlessDayPicksTheNearestYearItFallsOn() {
        EntityMention e = date("Friday, 8 March", "XXXX-03-08");
        assertThat(TimeResolver.day(e, Optional.empty(), Optional.of(2023), TimeResolver.Tense.PAST))
                .as("8 March 2023 was a Wednesday").contains(LocalDate.of(2024, 3, 8));
        EntityMention plain = date("8 March", "XXXX-03-08");
        assertThat(TimeResolver.day(plain, Optional.empty(), Optional.of(2023), TimeResolver.Tense.PAST))
                .contains(LocalDate.of(2023, 3, 8));
    }
}
