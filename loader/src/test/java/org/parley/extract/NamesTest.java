package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest
    @CsvSource({
            "Zelenskyy, Zelensky",
            "Zelenskiy, Zelensky",
            "Mykhailo, Mikhailo",
            "Sergei, Sergey",
            "Oleksii, Oleksiy",
            "Çavuşoğlu, Cavusoglu",
            "Wladimir, Vladimir"})
    void transliterationVariantsFoldAlike(String a, String b) {
        assertThat(Names.fold(a)).isEqualTo(Names.fold(b));
    }

    @ParameterizedTest
    @CsvSource({
            "Andriy Yermakov, Andrii Yermakov",
            "Dmytro Halenko, Dmitry Halenko",
            "Mr Halenko, Dmytro Halenko",
            "A. Halenko, Andrii Halenko"})
    void compatibleNamesCanBeOnePerson(String a, String b) {
        assertThat(Names.compatible(a, b)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "Maria Novak, Peter Novak",
            "Ivan Petrenko, Ivan Petrov"})
    void differentPeopleStayApart(String a, String b) {
        assertThat(Names.compatible(a, b)).isFalse();
    }

    @Test
    void honorificsAndPossessivesAreNotPartOfTheName() {
        assertThat(Names.clean("Mr Halenko's")).isEqualTo("Halenko");
        assertThat(Names.hasHonorific("Ms Novak")).isTrue();
    }

    @Test
    void theArabicArticleFoldsAway() {
        assertThat(Names.compatible("Ahmed al-Hadi", "el-Hadi")).isTrue();
        assertThat(Names.compatible("Ahmed al-Hadi", "Hadi")).isTrue();
        assertThat(Names.compatible("Salma el-Amin", "Salma al-Amin")).isTrue();
        assertThat(Names.compatible("Ahmed al-Hadi", "Ahmed al-Amin")).isFalse();
    }
}
