package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {

    @Test
    void readsTheDayNewsSitesWriteIntoTheirPaths() {
        assertThat(UrlDate.of("https://news.example.org/2023/11/04/talks-resume-in-doha/"))
                .contains(LocalDate.of(2023, 11, 4));
        assertThat(UrlDate.of("https://example.com/en/20230412-ceasefire-extended")).contains(LocalDate.of(2023, 4, 12));
        assertThat(UrlDate.of("https://example.net/world/2021-06-30/summit")).contains(LocalDate.of(2021, 6, 30));
    }

    @Test
    void aMonthOrAnArticleNumberIsNoDay() {
        assertThat(UrlDate.of("https://example.org/2023/11/talks-resume/")).isEmpty();
        assertThat(UrlDate.of("https://example.org/news/6433878/talks")).isEmpty();
        assertThat(UrlDate.of("https://example.org/a/26935595.html")).isEmpty();
        assertThat(UrlDate.of("https://example.org/2023/13/45/not-a-date")).isEmpty();
        assertThat(UrlDate.of("https://20230412.example.org/story")).as("the host is not the path").isEmpty();
    }
}
