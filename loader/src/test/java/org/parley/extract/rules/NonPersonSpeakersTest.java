package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ActorKind;
import org.parley.extract.StatementCandidate;
import org.parley.load.Pipeline;
import org.parley.testing.Extracted;
import org.parley.testing.SharedPipeline;

/** Speakers that are not people: documents, outlets, offices and the parties speaking together. */
@ExtendWith(SharedPipeline.class)
class NonPersonSpeakersTest {
    private final Pipeline pipeline;

    NonPersonSpeakersTest(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private Extracted extract(String text) {
        return Extracted.from(pipeline, text, "2024-03-13");
    }

    @Test
    void anUnnamedSpokesmanOfItsSpeaksForTheBodyItStandsFor() {
        Extracted e = extract("""
                Malian President Amadou Traore met the rebels in Bamako on Monday. "We will not sign any deal that \
                ignores the north," the Azawad Liberation Front said on Tuesday. "Our fighters will stay in their \
                positions until the army withdraws," its spokesman said.
                """);
        assertThat(e.speakerOf("Our fighters will stay in their positions")).isEqualTo("Azawad Liberation Front");
    }

    @Test
    void theStatementOfAnOrganisationSpeaksForItLaterToo() {
        Extracted e = extract("""
                Mali and the rebels signed a truce in Algiers on Wednesday.

                According to the statement of the Government Communication Office, the truce guarantees the unity of \
                Mali. The statement called on the international community to support the return of the displaced.
                """);
        assertThat(e.demands()).singleElement().satisfies(d ->
                assertThat(e.name(d.demander())).isEqualTo("Government Communication Office"));
    }

    @Test
    void theCoalitionOrTheGroupIsTheOrganisationNamedJustBefore() {
        Extracted e = extract("""
                Opposition leader Amina Diallo said the deal was "a first step". Meanwhile, the Alliance for Democratic \
                Change welcomed the signing. The coalition said in a statement that "no peace can be built with guns alone".

                A group of farmers said in the market: "We have not seen a soldier in weeks."
                """);
        assertThat(e.speakerOf("no peace can be built with guns alone")).isEqualTo("Alliance for Democratic Change");
        assertThat(e.statement("We have not seen a soldier in weeks")).map(st -> e.name(st.speaker()))
                .isNotEqualTo(java.util.Optional.of("Alliance for Democratic Change"));
    }

    @Test
    void theTwoSidesAreTheArticlesParties() {
        Extracted e = extract("""
                Chile and Peru agreed on Tuesday to reopen their border, the two sides said in a joint statement.

                Chile and Peru had closed the border in January.
                """);
        String speaker = e.speakerOf("agreed on Tuesday to reopen their border");
        assertThat(speaker).contains("Chile").contains("Peru");
    }

    @Test
    void aStatementAfterItsAuthorSaidItSpeaksForTheAuthor() {
        Extracted e = extract("""
                Chile and Peru agreed on Tuesday to reopen their border, the two sides said in a joint statement.

                The statement said both governments would name envoys within a week. According to the document, \
                the commission will meet in Arica. It claims that the agreement ends a dispute of forty years.
                """);
        String authors = e.speakerOf("agreed on Tuesday to reopen their border");
        assertThat(e.speakerOf("both governments would name envoys")).isEqualTo(authors);
        assertThat(e.speakerOf("the commission will meet in Arica")).isEqualTo(authors);
        assertThat(e.speakerOf("the agreement ends a dispute")).isEqualTo(authors);
    }

    @Test
    void aDocumentNobodyIssuedSpeaksForItself() {
        Extracted e = extract("The joint communique states that the fishing ban will be lifted in June.");
        StatementCandidate s = e.statement("the fishing ban will be lifted in June").orElseThrow();
        ActorCandidate speaker = e.x().actor(s.speaker()).orElseThrow();
        assertThat(speaker.name()).isEqualTo("joint communique");
        assertThat(speaker.kind()).isEqualTo(ActorKind.ORGANIZATION);
        assertThat(speaker.named()).as("a document is no name shared across articles").isFalse();
    }

    @Test
    void theOfficeIsTheBodyNamedBefore() {
        Extracted e = extract("""
                The Chilean foreign ministry welcomed the agreement.

                The ministry said in a statement that the border posts would reopen in May.
                """);
        assertThat(e.speakerOf("the border posts would reopen in May")).isEqualTo("Chilean Foreign Ministry");
    }

    @Test
    void anOutletThatReportsSpeaksAndSoDoesItsReport() {
        Extracted e = extract("""
                Radio Andina reported on Wednesday that both armies had left the border area. \
                "The withdrawal was completed overnight," said the report.

                According to reports by the news agency Andes Press, the two presidents will meet in June.
                """);
        String outlet = e.speakerOf("both armies had left the border area");
        assertThat(outlet).endsWith("Andina");
        assertThat(e.speakerOf("The withdrawal was completed overnight")).isEqualTo(outlet);
        assertThat(e.speakerOf("the two presidents will meet in June")).isEqualTo("Andes Press");
    }

    @Test
    void anonymousSourcesAreAnUnnamedGroup() {
        Extracted e = extract("The sources said the talks in Lima would continue next month.");
        StatementCandidate s = e.statement("the talks in Lima would continue").orElseThrow();
        ActorCandidate speaker = e.x().actor(s.speaker()).orElseThrow();
        assertThat(speaker.name()).isEqualTo("sources");
        assertThat(speaker.named()).isFalse();
    }

    @Test
    void anOrganisationNamedAgainByTheLastWordOfItsNameIsThatOrganisation() {
        Extracted e = extract("""
                The Coastal Liberation Front and the government met in Dakar on Monday. The talks lasted six hours. \
                Both delegations then left the city. The Front had demanded that monitors from the African Union watch \
                over the ceasefire.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(e.name(d.demander())).isEqualTo("Coastal Liberation Front"));
        // with a capital, a word that no organisation named before ends with stands for none of them
        Extracted other = extract("The Coastal Liberation Front met the government in Dakar on Monday. The Council demanded "
                + "that monitors from the African Union watch over the ceasefire.");
        assertThat(other.demands()).noneMatch(d -> other.name(d.demander()).equals("Coastal Liberation Front"));
    }

    @Test
    void peopleNamedByTheirTradeSpeakAndAskAsOneGroup() {
        Extracted e = extract("""
                Kenya and Somalia reopened the border crossing on Monday. Local traders want Kenya to reopen the \
                northern gate fully. "We have waited two years for this," said farmers in Mandera.
                """);
        assertThat(e.demands()).singleElement().satisfies(d -> assertThat(e.name(d.demander())).isEqualTo("Local traders"));
        assertThat(e.speakerOf("We have waited two years")).isEqualTo("farmers");
        // traders the text only mentions are no one who speaks
        Extracted only = extract("The closure of the crossing had cost traders dearly, Kenyan officials said.");
        assertThat(only.actor("traders")).isEmpty();
    }
}
