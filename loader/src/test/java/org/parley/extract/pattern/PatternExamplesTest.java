package org.parley.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Sentence;
import org.parley.clean.BoilerplateCleaner;
import org.parley.extract.ActorFinder;
import org.parley.extract.ActorTable;
import org.parley.extract.lexicon.Lexicons;
import org.parley.read.Article;
import org.parley.testing.Articles;
import org.parley.testing.SharedPipeline;

/**
 * Runs every pattern in every pattern file on each of its example sentences and checks the words
 * each role binds. A pattern that no longer matches its example, or binds other words, fails here.
 */
@ExtendWith(SharedPipeline.class)
class PatternExamplesTest {
    private static final String DATE = "2024-05-15";

    @TestFactory
    Stream<DynamicTest> everyPatternMatchesItsExamples(Annotator annotator, Lexicons lexicons) {
        PatternCatalogue catalogue = PatternCatalogue.load(lexicons.words()::words);
        ActorFinder actors = new ActorFinder(lexicons);
        List<DynamicTest> tests = new ArrayList<>();
        for (ExtractionPattern p : catalogue.patterns()) {
            for (PatternExample e : p.examples()) {
                tests.add(DynamicTest.dynamicTest(p.qualifiedName() + ": " + e.sentence(), () -> {
                    Map<Role, Set<String>> bound = bindings(catalogue, p, annotate(annotator, e.sentence()), actors);
                    assertThat(bound).as("%s (%s) matches its example", p.qualifiedName(), p.origin()).isNotEmpty();
                    e.expected().forEach((role, words) -> assertThat(bound.getOrDefault(role, Set.of()))
                            .as("%s binds %s in: %s", p.qualifiedName(), role.label(), e.sentence())
                            .containsAll(words));
                }));
            }
        }
        assertThat(tests).as("pattern examples").isNotEmpty();
        return tests.stream();
    }

    @Test
    void theCityWhereAGovernmentSitsIsBoundAsNoMeetingsPlace(Annotator annotator, Lexicons lexicons) {
        PatternCatalogue catalogue = PatternCatalogue.load(lexicons.words()::words);
        ActorFinder actors = new ActorFinder(lexicons);
        AnnotatedArticle a = annotate(annotator, "The government in Asuncion and the rebels agreed on Monday to resume talks in Montevideo.");
        Set<String> places = new TreeSet<>();
        for (ExtractionPattern p : catalogue.patterns()) {
            if (p.qualifiedName().startsWith("negotiation/")) {
                places.addAll(bindings(catalogue, p, a, actors).getOrDefault(Role.PLACE, Set.of()));
            }
        }
        assertThat(places).contains("Montevideo").doesNotContain("Asuncion");
    }

    @Test
    void everyFamilyHasDependencyPatternsAndEveryPatternAnExample(Lexicons lexicons) {
        PatternCatalogue catalogue = PatternCatalogue.load(lexicons.words()::words);
        for (String family : PatternCatalogue.FAMILIES) {
            assertThat(catalogue.patterns()).as("Semgrex patterns of family %s", family)
                    .anyMatch(p -> p.family().equals(family) && p.engine() == Engine.SEMGREX);
        }
        assertThat(catalogue.patterns()).as("patterns without an example sentence")
                .filteredOn(p -> p.examples().isEmpty()).isEmpty();
    }

    /** For each role: the word of every bound token, and the text of the whole bound span. */
    private static Map<Role, Set<String>> bindings(PatternCatalogue catalogue, ExtractionPattern p, AnnotatedArticle a,
                                                   ActorFinder actorFinder) {
        ActorTable actors = actorFinder.find(a);
        Map<Role, Set<String>> out = new LinkedHashMap<>();
        for (Sentence s : a.sentences()) {
            for (PatternMatch m : catalogue.match(p, s, k -> actors.actorAt(s.index(), k).map(x -> x.kind().name()))) {
                m.roles().forEach((role, tokens) -> {
                    Set<String> words = out.computeIfAbsent(role, r -> new LinkedHashSet<>());
                    tokens.forEach(k -> words.add(s.token(k).word()));
                    words.add(a.span(s.token(tokens.get(0)).begin(), s.token(tokens.get(tokens.size() - 1)).end()));
                });
            }
        }
        return out;
    }

    private static AnnotatedArticle annotate(Annotator annotator, String text) {
        Article article = Articles.of(text, DATE);
        return annotator.annotate(article, new BoilerplateCleaner().clean(article), Optional.of(LocalDate.parse(DATE)));
    }
}
