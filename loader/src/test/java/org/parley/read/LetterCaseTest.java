package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names a page prints in capitals, written as people write them. */
class LetterCaseTest {

    @Test
    void aNameInCapitalsIsTitleCasedAndAMixedCaseOneKept() {
        assertThat(LetterCase.titleCaseIfShouting("PORT LOUIS")).isEqualTo("Port Louis");
        assertThat(LetterCase.titleCaseIfShouting("OSLO")).isEqualTo("Oslo");
        assertThat(LetterCase.titleCaseIfShouting("Port of Spain")).isEqualTo("Port of Spain");
        assertThat(LetterCase.titleCaseIfShouting("123")).isEqualTo("123");
    }
}
