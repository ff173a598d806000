package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ActorKind;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.DelegationCandidate;
import org.parley.extract.DemandCandidate;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.Provenance;
import org.parley.extract.StatementCandidate;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;
import org.parley.testing.Articles;

class CorpusResolverTest {
    private static final Iris IRIS = new Iris("https://parley.example/");
    private static final Provenance P = new Provenance(0, 1, 0.8, "test");

    /** Builds one stored article's extraction by hand. */
    private static final class A {
        final String iri;
        final String date;
        final List<ActorCandidate> actors = new ArrayList<>();
        final List<StatementCandidate> statements = new ArrayList<>();
        final List<NegotiationCandidate> negotiations = new ArrayList<>();
        final List<DemandCandidate> demands = new ArrayList<>();
        final List<DelegationCandidate> delegations = new ArrayList<>();

        A(String id, String date) {
            this.iri = IRIS.article(id);
            this.date = date;
        }

        String country(String code, String name) {
            String id = "actor" + (actors.size() + 1);
            actors.add(new ActorCandidate(id, ActorKind.COUNTRY, name, List.of(), Optional.empty(), Optional.empty(),
                    Optional.of("country:" + code), true, P));
            return id;
        }

        String person(String name, String affiliationId) {
            String id = "actor" + (actors.size() + 1);
            actors.add(new ActorCandidate(id, ActorKind.PERSON, name, List.of(), Optional.of("foreign minister"),
                    Optional.ofNullable(affiliationId), Optional.empty(), true, P));
            return id;
        }

        String official(String affiliationId) {
            String id = "actor" + (actors.size() + 1);
            actors.add(new ActorCandidate(id, ActorKind.PERSON, "official", List.of(), Optional.of("official"),
                    Optional.ofNullable(affiliationId), Optional.empty(), false, P));
            return id;
        }

        String place(String name, String countryId) {
            String id = "actor" + (actors.size() + 1);
            actors.add(new ActorCandidate(id, ActorKind.PLACE, name, List.of(), Optional.empty(),
                    Optional.ofNullable(countryId), Optional.of("place:" + name.toLowerCase(java.util.Locale.ROOT)), true, P));
            return id;
        }

        String meetsIn(String date, String placeId, String format, String... parties) {
            String id = "negotiation" + (negotiations.size() + 1);
            negotiations.add(new NegotiationCandidate(id, Optional.ofNullable(date).map(LocalDate::parse), Optional.empty(),
                    List.of(placeId), List.of(parties), List.of(), List.of(), Optional.empty(), NegotiationStatus.HELD,
                    Optional.ofNullable(format), Optional.empty(), Optional.empty(), Optional.empty(), P));
            return id;
        }

        void says(String speaker, String text) {
            statements.add(new StatementCandidate("statement" + (statements.size() + 1), speaker, text, true,
                    Optional.of(LocalDate.parse(date)), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), P));
        }

        String meets(String date, Integer round, String... parties) {
            String id = "negotiation" + (negotiations.size() + 1);
            negotiations.add(new NegotiationCandidate(id, Optional.ofNullable(date).map(LocalDate::parse), Optional.empty(),
                    List.of(), List.of(parties), List.of(), List.of(), Optional.ofNullable(round), NegotiationStatus.HELD,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), P));
            return id;
        }

        void demands(String by, String of, String topic) {
            demands.add(new DemandCandidate("demand" + (demands.size() + 1), by, Optional.ofNullable(of), topic, topic,
                    Optional.empty(), Optional.empty(), Optional.empty(), P));
        }

        StoredArticle stored() {
            return new StoredArticle(iri, "hash-" + iri, Articles.of(iri, "text of " + iri, date, "Outlet"),
                    new ArticleExtraction(actors, statements, demands, negotiations, delegations));
        }
    }

    private static ResolvedCorpus resolve(A... articles) {
        List<StoredArticle> stored = new ArrayList<>();
        for (A a : articles) {
            stored.add(a.stored());
        }
        return new CorpusResolver(IRIS).resolve(stored);
    }

    @Test
    void oneQuotationReportedByTwoOutletsIsOneStatementWithBothArticles() {
        A first = new A("a1", "2024-03-11");
        first.says(first.person("Andriy Yermakov", first.country("UA", "Ukraine")),
                "The second day of talks was harder than the first, and nothing is signed yet.");
        A second = new A("a2", "2024-03-12");
        second.says(second.person("Andrii Yermakov", null), "The second day of talks was harder than the first - nothing is signed yet");
        ResolvedCorpus c = resolve(first, second);
        assertThat(c.statements()).hasSize(1);
        assertThat(c.statements().get(0).mentions()).extracting(MentionRef::article).containsExactlyInAnyOrder(first.iri, second.iri);
        assertThat(c.statements().get(0).texts()).hasSize(2);
    }

    @Test
    void spellingVariantsAndSurnameOnlyMentionsAreOnePerson() {
        A a = new A("b1", "2024-03-11");
        a.person("Andriy Yermakov", a.country("UA", "Ukraine"));
        A b = new A("b2", "2024-03-11");
        b.person("Andrii Yermakov", null);
        A c = new A("b3", "2024-03-12");
        c.person("Yermakov", null);
        ResolvedCorpus r = resolve(a, b, c);
        List<ResolvedActor> people = r.actors().stream().filter(x -> x.kind() == ActorKind.PERSON).toList();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).altLabels()).contains("Yermakov");
        assertThat(people.get(0).affiliation()).contains(IRIS.country("UA"));
        assertThat(people.get(0).mentions()).hasSize(3);
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        A a = new A("c1", "2024-03-11");
        a.person("Maria Novak", null);
        a.person("Peter Novak", null);
        assertThat(resolve(a).actors()).filteredOn(x -> x.kind() == ActorKind.PERSON).hasSize(2);
    }

    @Test
    void unnamedOfficialsAreNeverMergedAcrossArticles() {
        A a = new A("d1", "2024-03-11");
        a.says(a.official(a.country("QA", "Qatar")), "The talks will resume next week in the capital.");
        A b = new A("d2", "2024-03-11");
        b.says(b.official(b.country("QA", "Qatar")), "The talks will resume next week in the capital.");
        ResolvedCorpus r = resolve(a, b);
        assertThat(r.actors()).filteredOn(x -> x.kind() == ActorKind.PERSON).hasSize(2).allMatch(x -> !x.named());
        assertThat(r.statements()).hasSize(2);
    }

    @Test
    void theSameMeetingFromTwoOutletsADayApartIsOneNegotiation() {
        A a = new A("e1", "2024-03-11");
        a.meets("2024-03-10", 2, a.country("RS", "Serbia"), a.country("XK", "Kosovo"));
        A b = new A("e2", "2024-03-12");
        b.meets("2024-03-11", 3, b.country("RS", "Serbia"), b.country("XK", "Kosovo"));
        ResolvedCorpus r = resolve(a, b);
        assertThat(r.negotiations()).as("a round number that differs between outlets does not split the meeting").hasSize(1);
        assertThat(r.negotiations().get(0).rounds()).containsExactly(2, 3);
        assertThat(r.negotiations().get(0).mentions()).hasSize(2);
    }

    @Test
    void roundsAtTheSameVenueOnDifferentDaysStayApart() {
        A a = new A("f1", "2024-03-20");
        a.meets("2024-03-04", null, a.country("SD", "Sudan"), a.country("TD", "Chad"));
        a.meets("2024-03-18", null, a.country("SD", "Sudan"), a.country("TD", "Chad"));
        assertThat(resolve(a).negotiations()).hasSize(2);
    }

    @Test
    void mentionsMergeWithinOneCalendarMonthOnly() {
        A a = new A("m1", "2024-04-01");
        a.meets("2024-03-31", null, a.country("SD", "Sudan"), a.country("TD", "Chad"));
        A b = new A("m2", "2024-04-01");
        b.meets("2024-04-01", null, b.country("SD", "Sudan"), b.country("TD", "Chad"));
        assertThat(resolve(a, b).negotiations()).as("the price at a month's edge").hasSize(2);
        A c = new A("m3", "2024-04-02");
        c.meets("2024-04-02", null, c.country("SD", "Sudan"), c.country("TD", "Chad"));
        assertThat(resolve(b, c).negotiations()).as("a day apart within the month").hasSize(1);
        A planned = new A("m4", "2024-05-02");
        planned.meets(null, null, planned.country("SD", "Sudan"), planned.country("TD", "Chad"));
        A plannedAgain = new A("m5", "2024-05-28");
        plannedAgain.meets(null, null, plannedAgain.country("SD", "Sudan"), plannedAgain.country("TD", "Chad"));
        A nextMonth = new A("m6", "2024-06-03");
        nextMonth.meets(null, null, nextMonth.country("SD", "Sudan"), nextMonth.country("TD", "Chad"));
        List<ResolvedNegotiation> undated = resolve(planned, plannedAgain, nextMonth).negotiations();
        assertThat(undated).as("undated mentions of the same parties, by the month of their articles").hasSize(2);
        assertThat(undated).anySatisfy(n -> assertThat(n.mentions()).hasSize(2));
    }

    @Test
    void aMentionInAnArticleWithNoDateAtAllJoinsTheOneMeetingItFitsWhateverItsMonth() {
        A a = new A("n1", "2024-05-30");
        a.meets("2024-05-29", null, a.country("SD", "Sudan"), a.country("TD", "Chad"));
        A noDate = new A("n2", null);
        noDate.meets(null, null, noDate.country("SD", "Sudan"), noDate.country("TD", "Chad"));
        List<ResolvedNegotiation> n = resolve(a, noDate).negotiations();
        assertThat(n).singleElement().satisfies(x -> assertThat(x.mentions()).hasSize(2));
    }

    @Test
    void outletsNamingDifferentParticipantsOfOneSummitOnOneDayInOneCityReportOneMeeting() {
        A a = new A("v1", "2024-05-12");
        String de = a.country("DE", "Germany");
        a.meetsIn("2024-05-12", a.place("Bonn", de), null, de, a.country("LY", "Libya"));
        A b = new A("v2", "2024-05-12");
        String bonn = b.place("Bonn", b.country("DE", "Germany"));
        b.meetsIn("2024-05-12", bonn, null, b.country("FR", "France"), b.country("IT", "Italy"));
        assertThat(resolve(a, b).negotiations()).hasSize(1);
        A c = new A("v3", "2024-05-12");
        c.meetsIn("2024-05-13", c.place("Bonn", c.country("DE", "Germany")), null, c.country("FR", "France"),
                c.country("IT", "Italy"));
        assertThat(resolve(a, c).negotiations()).as("another day in the same city").hasSize(2);
    }

    @Test
    void anUndatedMentionJoinsAMeetingInItsCityThroughOneSharedParty() {
        A a = new A("w1", "2024-05-12");
        String ch = a.country("CH", "Switzerland");
        a.meetsIn("2024-05-11", a.place("Montreux", ch), null, a.country("IR", "Iran"), a.country("US", "United States"));
        A b = new A("w2", null);
        b.meetsIn(null, b.place("Montreux", b.country("CH", "Switzerland")), null, b.country("IR", "Iran"),
                b.country("NO", "Norway"));
        List<ResolvedNegotiation> n = resolve(a, b).negotiations();
        assertThat(n).hasSize(1);
        assertThat(n.get(0).mentions()).hasSize(2);
    }

    @Test
    void anUndatedMentionJoinsThroughThePlaceAnotherUndatedReportGaveTheMeeting() {
        A dated = new A("z1", "2024-05-12");
        dated.meets("2024-05-11", null, dated.country("IR", "Iran"), dated.country("US", "United States"));
        A placed = new A("z2", null);
        placed.meetsIn(null, placed.place("Montreux", placed.country("CH", "Switzerland")), null,
                placed.country("IR", "Iran"), placed.country("US", "United States"));
        A other = new A("z3", null);
        other.meetsIn(null, other.place("Montreux", other.country("CH", "Switzerland")), null,
                other.country("IR", "Iran"), other.country("NO", "Norway"));
        List<ResolvedNegotiation> n = resolve(dated, placed, other).negotiations();
        assertThat(n).hasSize(1);
        assertThat(n.get(0).mentions()).hasSize(3);
    }

    @Test
    void twoMeetingsOneArticleTellsApartStayApart() {
        A a = new A("x1", "2024-07-10");
        String ke = a.country("KE", "Kenya");
        String ug = a.country("UG", "Uganda");
        String kampala = a.place("Kampala", ug);
        a.meetsIn("2024-07-08", kampala, null, ke, ug);
        a.meetsIn("2024-07-09", kampala, null, ke, ug);
        A b = new A("x2", "2024-07-09");
        b.meetsIn("2024-07-09", b.place("Kampala", b.country("UG", "Uganda")), null, b.country("KE", "Kenya"),
                b.country("UG", "Uganda"));
        List<ResolvedNegotiation> n = resolve(a, b).negotiations();
        assertThat(n).hasSize(2);
        assertThat(n).anySatisfy(x -> assertThat(x.startDate()).contains(LocalDate.of(2024, 7, 9)))
                .anySatisfy(x -> assertThat(x.startDate()).contains(LocalDate.of(2024, 7, 8)));
    }

    @Test
    void aPhoneCallIsNeverTheMeetingInPerson() {
        A a = new A("y1", "2024-07-10");
        String ke = a.country("KE", "Kenya");
        String so = a.country("SO", "Somalia");
        a.meetsIn("2024-07-09", a.place("Nairobi", ke), "in-person", ke, so);
        A b = new A("y2", "2024-07-10");
        b.meetsIn("2024-07-09", b.place("Nairobi", b.country("KE", "Kenya")), "phone", b.country("KE", "Kenya"),
                b.country("SO", "Somalia"));
        assertThat(resolve(a, b).negotiations()).hasSize(2);
    }

    @Test
    void anUndatedMentionJoinsTheOneMeetingItFitsAndOnlyThen() {
        A a = new A("g1", "2024-03-20");
        String rs = a.country("RS", "Serbia");
        String xk = a.country("XK", "Kosovo");
        a.meets("2024-03-18", null, rs, xk);
        A b = new A("g2", "2024-03-21");
        b.meets(null, null, b.country("RS", "Serbia"), b.country("XK", "Kosovo"));
        assertThat(resolve(a, b).negotiations()).hasSize(1);
        a.meets("2023-11-04", null, rs, xk);
        assertThat(resolve(a, b).negotiations()).as("a meeting months before the article is not what it reports")
                .hasSize(2).anySatisfy(n -> assertThat(n.mentions()).hasSize(2));
        a.meets("2024-03-14", null, rs, xk);
        assertThat(resolve(a, b).negotiations()).as("ambiguous: stays apart").hasSize(4);
    }

    @Test
    void aDemandIsOneActorsAtOneTimeMergedOnlyAcrossReportsOfIt() {
        A monday = new A("d1", "2024-03-11");
        String rs = monday.country("RS", "Serbia");
        monday.demands(monday.person("Milan Petrovic", rs), monday.country("XK", "Kosovo"), "ceasefire");
        monday.demands(monday.person("Dragana Ilic", rs), null, "ceasefire");
        A tuesday = new A("d2", "2024-03-12");
        tuesday.demands(tuesday.person("Milan Petrovic", tuesday.country("RS", "Serbia")), null, "ceasefire");
        A weeksLater = new A("d3", "2024-04-02");
        weeksLater.demands(weeksLater.person("Milan Petrovic", weeksLater.country("RS", "Serbia")), null, "ceasefire");
        ResolvedCorpus c = resolve(monday, tuesday, weeksLater);
        assertThat(c.demands()).as("Petrovic on Monday and Tuesday, Ilic, Petrovic three weeks later").hasSize(3);
        ResolvedDemand reported = c.demands().stream().filter(d -> d.mentions().size() == 2).findFirst().orElseThrow();
        assertThat(reported.mentions()).extracting(MentionRef::article).containsExactlyInAnyOrder(monday.iri, tuesday.iri);
        assertThat(reported.demanders()).hasSize(1);
        assertThat(reported.addressee()).contains(IRIS.country("XK"));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfArticles() {
        List<A> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            A a = new A("h" + i, "2024-03-1" + i);
            String rs = a.country("RS", "Serbia");
            String xk = a.country("XK", "Kosovo");
            a.meets("2024-03-1" + (i / 2), null, rs, xk);
            a.says(a.person(i % 2 == 0 ? "Andriy Yermakov" : "Yermakov", rs), "We will come back to the table on Monday " + (i / 3));
            a.demands(rs, xk, "ceasefire");
            articles.add(a);
        }
        List<StoredArticle> stored = new ArrayList<>(articles.stream().map(A::stored).toList());
        ResolvedCorpus expected = new CorpusResolver(IRIS).resolve(stored);
        for (int seed = 1; seed <= 5; seed++) {
            Collections.shuffle(stored, new Random(seed));
            assertThat(new CorpusResolver(IRIS).resolve(stored)).isEqualTo(expected);
        }
    }
}
