package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Updated: 2024-03-11 07:03|2024-03-11",
            "Update : 10 Mar 2024, 19:02|2024-03-10",
            "Courier, 03 Mar 2024|2024-03-03",
            "March 7, 2024|2024-03-07",
            "Tuesday 5th November 2024|2024-11-05",
            "Sept 9 2023|2023-09-09"})
    void findsTheDatesNewsPagesWrite(String text, String expected) {
        assertThat(DateParser.find(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-05-02T10:00:00+02:00|2024-05-02",
            "Thu, 02 May 2024 10:00:00 GMT|2024-05-02",
            "2024-05-02|2024-05-02"})
    void readsFieldValues(String value, String expected) {
        assertThat(DateParser.parseField(value)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no date here", "the fifth day of talks", "2024-13-45", "May"})
    void findsNothingWhereThereIsNoDate(String text) {
        assertThat(DateParser.find(text)).isEmpty();
    }
}
