package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.StatementCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** The day a statement was made, as a reader reads it; articles dated Wednesday 13 March 2024. */
@ExtendWith(SharedPipeline.class)
class StatementDatesTest {
    private final Pipeline pipeline;

    StatementDatesTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    private static LocalDate day(Extracted e, String fragment) {
        return e.statement(fragment).flatMap(StatementCandidate::date).orElseThrow();
    }

    @Test
    void theDayOfTheBriefingDatesWhatWasSaidThere() {
        Extracted e = extract("Addressing reporters on Tuesday, Bolivian Foreign Minister Ingrid Salazar said the two "
                + "delegations had agreed on a joint commission.");
        assertThat(day(e, "the two delegations had agreed")).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void theDayOfTheDinnerDatesTheQuotation() {
        Extracted e = extract("At a dinner in the presidential palace on Sunday, Bolivian Foreign Minister Ingrid "
                + "Salazar said, \"We came to settle this, not to argue.\"");
        assertThat(day(e, "We came to settle this")).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void anOccasionTheSentenceBeforeIntroducedDatesTheQuotation() {
        Extracted e = extract("""
                Bolivian Foreign Minister Ingrid Salazar spoke at a reception in the palace late on Monday. \
                "Nobody wants another year of talks," Salazar said.
                """);
        assertThat(day(e, "Nobody wants another year of talks")).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void whatWasSaidAtAMeetingTakesTheMeetingsDay() {
        Extracted e = extract("""
                The first round opened on Monday in Lima.

                The talks went on behind closed doors after a welcome from Peruvian envoy Tomas Quispe, who said the \
                border commission would start work in April.
                """);
        assertThat(day(e, "the border commission would start work")).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aDayInsideWhatWasSaidIsNotTheDayOfSaying() {
        Extracted e = extract("\"The talks will resume on Friday,\" Bolivian Foreign Minister Ingrid Salazar told reporters.");
        assertThat(day(e, "The talks will resume on Friday")).isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void aQuotationThatContinuesTheLastTakesItsDay() {
        Extracted e = extract("""
                "We will not wait forever," Bolivian Foreign Minister Ingrid Salazar said on Monday. "The border \
                must open this month."
                """);
        assertThat(day(e, "The border must open this month")).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aPhotoCreditDoesNotPushTheLeadOutOfTheLead() {
        // A morning paper's page: a section line, headline, standfirst and byline, then a picture with its
        // caption and credit on one line, before the lead.
        Extracted e = extract("""
                Americas | Mining

                Lithium pact ends a long standoff over the salt flats

                Royalties will be split evenly for twenty years

                By Tomas Quispe, Oruro

                Miners queue outside the ministry in La Paz for news of the deal. Photo: Andes Press Agency

                Bolivia's mining minister, Ingrid Salazar, and Chile's envoy, Luis Vega, yesterday agreed to share \
                the royalties from the salt flats.

                "Nobody should expect new jobs before next spring," said Salazar.
                """);
        assertThat(day(e, "Nobody should expect new jobs")).isEqualTo(LocalDate.of(2024, 3, 12));
    }
}
