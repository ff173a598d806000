package org.parley.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.ArticleExtraction;
import org.parley.testing.Articles;
import org.parley.testing.SharedPipeline;

/** Relative days count from the day a dateline names, not from a page dated after it. */
@ExtendWith(SharedPipeline.class)
class StoryDayTest {
    @Test
    void todayInAStoryFiledTheDayBeforeItsPageIsTheDatelinesDay(Pipeline pipeline) throws Exception {
        ArticleExtraction x = pipeline.process(Articles.of("""
                Ghana and Togo resume border talks

                LOME, Jan. 9. -- Negotiators from Ghana and Togo met for nearly five hours today in a villa outside
                the capital, their first session since the talks broke down in November.
                """, "1974-01-10")).extraction();
        assertThat(x.negotiations()).hasSize(1);
        assertThat(x.negotiations().get(0).startDate()).contains(LocalDate.of(1974, 1, 9));
    }

    @Test
    void aWeekdayInAnUndatedPageCountsFromItsDatelinesDate(Pipeline pipeline) throws Exception {
        ArticleExtraction x = pipeline.process(Articles.of("""
                Deal initialled in Tamale

                March 4, 2021 (TAMALE) - The government of Ghana and the Northern Alliance rebels on Thursday initialled
                a power-sharing deal after three weeks of talks in the city.
                """, null)).extraction();
        assertThat(x.negotiations()).isNotEmpty();
        assertThat(x.negotiations().get(0).startDate()).contains(LocalDate.of(2021, 3, 4));
    }
}
