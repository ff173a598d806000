package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When two outlets' wordings are one quotation. */
class TextsTest {
    @Test
    void punctuationAndTypographyDoNotMatter() {
        assertThat(Texts.sameQuotation("We will not sign a deal that leaves our border open — not now, not ever.",
                "We will not sign a deal that leaves our border open... not now, not ever")).isTrue();
    }

    @Test
    void aFragmentQuotedInsideALongerQuotationIsTheSameQuotation() {
        String full = "The talks are finished for today. Sadly we did not get what we came for. "
                + "There is agreement only on the opening of two border crossings for aid";
        assertThat(Texts.sameQuotation("agreement only on the opening of two border crossings", full)).isTrue();
    }

    @Test
    void shortQuotationsSharingCommonWordsAreDifferent() {
        assertThat(Texts.sameQuotation("safe passage for the release of detainees",
                "an agreement only for the safe passage of aid")).isFalse();
    }

    @Test
    void aFewWordsMustMatchExactly() {
        assertThat(Texts.sameQuotation("very difficult", "very difficult")).isTrue();
        assertThat(Texts.sameQuotation("very difficult talks", "difficult talks ahead")).isFalse();
    }

    @Test
    void aShortQuotationIsNotFoundInALongOneByItsWordsAlone() {
        String longer = "We asked for the corridors to open at dawn, and we asked that the guns fall silent, "
                + "but the other side wanted to talk only about prisoners and the timetable";
        assertThat(Texts.sameQuotation("the guns and the corridors", longer)).isFalse();
    }

    @Test
    void aHyphenatedCompoundIsOneWord() {
        assertThat(Texts.sameQuotation("Both sides have accepted a cease-fire",
                "Both sides have accepted a ceasefire from dawn on Friday.")).isTrue();
    }

    @Test
    void aParaphrasedLeadInBeforeTheSameWordsIsTheSameQuotation() {
        assertThat(Texts.sameQuotation("fair accord, an accord that protects our fishing grounds.",
                "It is an accord that protects our fishing grounds.")).isTrue();
    }

    @Test
    void aShortCommonRunDoesNotMakeOneQuotation() {
        assertThat(Texts.sameQuotation("We will talk to the other side when the shelling stops and not before.",
                "The other side knows what we want: a corridor, a truce and the release of prisoners.")).isFalse();
    }
}
