package org.parley.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconsTest {
    private static final Lexicons LEXICONS = Lexicons.load();

    @Test
    void countriesAreKnownByNameCapitalDemonymAndCommonVariant() {
        Countries c = LEXICONS.countries();
        assertThat(c.size()).isGreaterThan(240);
        assertThat(c.lookup("Kenya")).get().extracting(m -> m.country().code()).isEqualTo("KE");
        assertThat(c.lookup("Nairobi")).get().extracting(CountryMatch::form).isEqualTo(CountryForm.CAPITAL);
        assertThat(c.lookup("Ethiopian")).get().extracting(m -> m.country().code()).isEqualTo("ET");
        assertThat(c.lookup("Armenians")).get().extracting(CountryMatch::form).isEqualTo(CountryForm.PEOPLE);
        assertThat(c.lookup("Turkey")).get().extracting(m -> m.country().code()).isEqualTo("TR");
        assertThat(c.lookup("French")).as("the sovereign state wins a shared adjective").get()
                .extracting(m -> m.country().code()).isEqualTo("FR");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        Countries c = LEXICONS.countries();
        assertThat(c.lookup("US")).get().extracting(m -> m.country().code()).isEqualTo("US");
        assertThat(c.lookup("us")).isEmpty();
        assertThat(LEXICONS.organizations().lookup("WHO")).isPresent();
        assertThat(LEXICONS.organizations().lookup("who")).isEmpty();
    }

    @Test
    void organisationNamesAreProperNamesNotOrdinaryWords() {
        assertThat(LEXICONS.organizations().lookup("Amnesty")).isPresent();
        assertThat(LEXICONS.organizations().lookup("amnesty")).as("a full amnesty is not an NGO").isEmpty();
        assertThat(LEXICONS.organizations().lookup("AMNESTY INTERNATIONAL")).as("headlines in capitals").isPresent();
    }

    @Test
    void organisationsKnowTheirCountryOrParent() {
        assertThat(LEXICONS.organizations().lookup("the Kremlin")).get()
                .extracting(o -> o.country().orElse("")).isEqualTo("RU");
        assertThat(LEXICONS.organizations().lookup("General Assembly")).get()
                .extracting(o -> o.partOf().orElse("")).isEqualTo("un");
    }

    @Test
    void demandTopicsMatchTheirLabelsWithFewWordsBetween() {
        DemandTopics topics = LEXICONS.topics();
        assertThat(ids(topics.find(List.of("an", "immediate", "cease-fire")))).containsExactly("ceasefire");
        assertThat(ids(topics.find(List.of("recognition", "of", "Moroccan", "sovereignty")))).containsExactly("territorial-recognition");
        assertThat(ids(topics.find(List.of("the", "release", "of", "all", "hostages")))).contains("prisoner-exchange");
        assertThat(ids(topics.find(List.of("a", "cup", "of", "tea")))).isEmpty();
    }

    @Test
    void demandTopicsMatchAVerbAsWellAsItsNoun() {
        DemandTopics topics = LEXICONS.topics();
        assertThat(ids(topics.find(List.of("monitors", "verifies", "the", "stockpile"), List.of("monitor", "verify", "the",
                "stockpile")))).contains("inspections");
        assertThat(ids(topics.find(List.of("would", "not", "annex", "the", "valley")))).containsExactly("annexation");
        assertThat(ids(topics.find(List.of("to", "withdraw", "its", "troops")))).containsExactly("troop-withdrawal");
        assertThat(ids(topics.find(List.of("implementing", "the", "agreement"), List.of("implement", "the", "agreement"))))
                .containsExactly("implementation");
        assertThat(ids(topics.find(List.of("parts", "of", "the", "valley")))).as("no root shorter than a word's stem").isEmpty();
    }

    @Test
    void newerNegotiationTopicsAreInTheScheme() {
        DemandTopics topics = LEXICONS.topics();
        assertThat(ids(topics.find(List.of("paying", "the", "salaries", "of", "teachers")))).containsExactly("public-salaries");
        assertThat(ids(topics.find(List.of("narrowing", "the", "trade", "deficit")))).containsExactly("trade-and-tariffs");
        assertThat(ids(topics.find(List.of("more", "military", "support")))).containsExactly("military-support");
        assertThat(ids(topics.find(List.of("terrorist", "groups", "in", "the", "north")))).containsExactly("terrorist-groups");
    }

    @Test
    void titlesAndSpeechVerbs() {
        assertThat(LEXICONS.titles().isHeadWord("spokeswoman")).isTrue();
        assertThat(LEXICONS.titles().isHeadWord("ministers")).isTrue();
        assertThat(LEXICONS.speechVerbs().is("tweet", SpeechVerbs.Use.QUOTE)).isTrue();
        assertThat(LEXICONS.speechVerbs().is("describe", SpeechVerbs.Use.REPORT)).isFalse();
    }

    private static List<String> ids(List<DemandTopics.Hit> hits) {
        return hits.stream().map(h -> h.topic().id()).toList();
    }

    @Test
    void countriesAreFoundByTheirCapitalsWithOrWithoutAccents() {
        assertThat(LEXICONS.countries().lookup("Bogota")).map(m -> m.country().code()).contains("CO");
        assertThat(LEXICONS.countries().lookup("Bogotá")).map(m -> m.country().code()).contains("CO");
        assertThat(LEXICONS.countries().lookup("Asuncion")).map(m -> m.country().code()).contains("PY");
    }

    @Test
    void everyDemonymOfACountryWithSeveralIsKnown() {
        Countries c = LEXICONS.countries();
        assertThat(c.lookup("Herzegovinian")).map(m -> m.country().code()).contains("BA");
        assertThat(c.lookup("Barbudan")).map(m -> m.country().code()).contains("AG");
        java.util.List<String> listed = new java.util.ArrayList<>();
        for (String[] row : Resources.rows("countries.tsv", true)) {
            listed.add(row[6]);
        }
        assertThat(listed).as("several demonyms are separated by '|', as every other list in the file").noneMatch(d -> d.contains(","));
    }

    @Test
    void formerStatesThatArchivesNameAreCountriesWithoutACapital() {
        Countries c = LEXICONS.countries();
        assertThat(c.lookup("Yugoslav")).map(m -> m.country().code()).contains("YU");
        assertThat(c.lookup("USSR")).map(m -> m.country().code()).contains("SU");
        assertThat(c.lookup("Belgrade")).as("the capital stays Serbia's").map(m -> m.country().code()).contains("RS");
        assertThat(c.lookup("Moscow")).map(m -> m.country().code()).contains("RU");
    }
}
