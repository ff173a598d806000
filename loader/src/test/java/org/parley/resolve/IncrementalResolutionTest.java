package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ActorKind;
import org.parley.extract.ArticleExtraction;
import org.parley.extract.DelegationCandidate;
import org.parley.extract.DemandCandidate;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.Provenance;
import org.parley.extract.StatementCandidate;
import org.parley.load.LoadListener;
import org.parley.load.ResolutionStep;
import org.parley.rdf.ArticleMapper;
import org.parley.rdf.Iris;
import org.parley.rdf.Nodes;
import org.parley.rdf.ResolvedMapper;
import org.parley.rdf.StoredArticle;
import org.parley.store.ParleyStore;
import org.parley.store.StoredResolution;
import org.parley.testing.Articles;
import org.parley.vocab.Parley;
import org.parley.vocab.Vocab.OWL;

/**
 * Incremental resolution against a real TDB2 store: whatever the order of the articles and however
 * they are split into loads, the resolved graph is the one {@link CorpusResolver} computes from all
 * of them at once (IRIs handed out on the way and since merged stay as {@code owl:sameAs} aliases).
 */
class IncrementalResolutionTest {
    private static final Iris IRIS = new Iris("https://parley.example/");
    private static final Provenance P = new Provenance(0, 1, 0.8, "test");
    private static final String[][] PAIRS = {{"RS", "Serbia", "XK", "Kosovo"}, {"SD", "Sudan", "TD", "Chad"},
            {"AM", "Armenia", "AZ", "Azerbaijan"}};
    private static final String[] PEOPLE = {"Andriy Yermakov", "Andrii Yermakov", "Yermakov", "Maria Novak", "Peter Novak",
            "Novak", "Lena Berg", "Berg"};
    private static final String[] QUOTES = {"We will come back to the table only when the shelling stops.",
            "We will come back to the table only when the shelling stops",
            "Nothing is agreed until everything is agreed, and we are far from that.",
            "The next round will decide whether there is a deal at all."};

    @TempDir
    Path dir;

    /** A made-up article: a meeting of one pair of countries, a statement, a demand and a delegation. */
    private static StoredArticle article(int n, Random r) {
        String[] pair = PAIRS[r.nextInt(PAIRS.length)];
        LocalDate published = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(12));
        String iri = IRIS.article(String.format("%016x", r.nextLong()));
        List<ActorCandidate> actors = new ArrayList<>();
        actors.add(new ActorCandidate("actor1", ActorKind.COUNTRY, pair[1], List.of(), Optional.empty(), Optional.empty(),
                Optional.of("country:" + pair[0]), true, P));
        actors.add(new ActorCandidate("actor2", ActorKind.COUNTRY, pair[3], List.of(), Optional.empty(), Optional.empty(),
                Optional.of("country:" + pair[2]), true, P));
        String name = PEOPLE[r.nextInt(PEOPLE.length)];
        actors.add(new ActorCandidate("actor3", ActorKind.PERSON, name, List.of(), Optional.of("envoy"),
                r.nextBoolean() ? Optional.of("actor1") : Optional.empty(), Optional.empty(), true, P));
        actors.add(new ActorCandidate("actor4", ActorKind.PERSON, "official", List.of(), Optional.of("official"),
                Optional.of("actor2"), Optional.empty(), false, P));
        Optional<LocalDate> met = r.nextInt(5) == 0 ? Optional.empty() : Optional.of(published.minusDays(r.nextInt(2)));
        NegotiationCandidate talks = new NegotiationCandidate("negotiation1", met, Optional.empty(), List.of(),
                List.of("actor1", "actor2"), List.of(), List.of(), Optional.of(1 + r.nextInt(3)), NegotiationStatus.HELD,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), P);
        StatementCandidate said = new StatementCandidate("statement1", "actor3", QUOTES[r.nextInt(QUOTES.length)], true,
                Optional.of(published), Optional.empty(), Optional.empty(), Optional.of("negotiation1"), List.of(), P);
        DemandCandidate demand = new DemandCandidate("demand1", "actor3", Optional.of("actor2"),
                r.nextBoolean() ? "ceasefire" : "prisoner-release", "a demand", Optional.empty(), Optional.of("statement1"),
                Optional.of("negotiation1"), P);
        DelegationCandidate delegation = new DelegationCandidate("delegation1", "negotiation1", "actor1",
                Optional.of("actor3"), List.of("actor3"), Optional.empty(), P);
        return new StoredArticle(iri, "hash-" + n, Articles.of("source-" + n, "text " + n, published.toString(), "Wire"),
                new ArticleExtraction(actors, List.of(said), List.of(demand), List.of(talks), List.of(delegation)));
    }

    private static final String[][] COUNTRIES = {{"RS", "Serbia"}, {"XK", "Kosovo"}, {"SD", "Sudan"}, {"TD", "Chad"},
            {"CH", "Switzerland"}};
    /** Cities (places, not countries) and the country each lies in (an index into COUNTRIES). */
    private static final String[][] CITIES = {{"Geneva", "4"}, {"Lausanne", "4"}, {"Belgrade", "0"}, {"Khartoum", "2"}};
    private static final String[] FORMATS = {"", "", "in-person", "phone", "video"};

    /**
     * A made-up article for the negotiation rules that need more than two parties in common: one or
     * two meetings (so that an article may tell two apart), each with one to three parties (an
     * office of an organisation among them, which acts for it), a city, a country or no place, a
     * format, and a day near the article's (or none, or one weeks before it).
     */
    private static StoredArticle meetingsArticle(int n, Random r) {
        LocalDate published = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(15));
        String iri = IRIS.article(String.format("%016x", r.nextLong()));
        List<ActorCandidate> actors = new ArrayList<>();
        for (String[] c : COUNTRIES) {
            actors.add(new ActorCandidate("c" + c[0], ActorKind.COUNTRY, c[1], List.of(), Optional.empty(), Optional.empty(),
                    Optional.of("country:" + c[0]), true, P));
        }
        for (String[] c : CITIES) {
            actors.add(new ActorCandidate("p" + c[0], ActorKind.PLACE, c[0], List.of(), Optional.empty(),
                    Optional.of("c" + COUNTRIES[Integer.parseInt(c[1])][0]), Optional.empty(), true, P));
        }
        actors.add(new ActorCandidate("union", ActorKind.ORGANIZATION, "Regional Union", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, P));
        actors.add(new ActorCandidate("office", ActorKind.ORGANIZATION, "Office of the Regional Envoy", List.of(),
                Optional.empty(), Optional.of("union"), Optional.empty(), true, P));
        List<String> partyIds = new ArrayList<>(List.of("cRS", "cXK", "cSD", "office", "union"));
        List<NegotiationCandidate> meetings = new ArrayList<>();
        int count = 1 + r.nextInt(2);
        for (int m = 1; m <= count; m++) {
            Collections.shuffle(partyIds, r);
            List<String> parties = List.copyOf(partyIds.subList(0, 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 2)));
            int where = r.nextInt(CITIES.length + 2);
            List<String> places = where < CITIES.length ? List.of("p" + CITIES[where][0])
                    : where == CITIES.length ? List.of("cCH") : List.of();
            int when = r.nextInt(10);
            Optional<LocalDate> day = when < 2 ? Optional.empty()
                    : when == 2 ? Optional.of(published.minusDays(20)) : Optional.of(published.minusDays(r.nextInt(3)));
            String format = FORMATS[r.nextInt(FORMATS.length)];
            NegotiationStatus status = r.nextInt(6) == 0 ? NegotiationStatus.PLANNED : NegotiationStatus.HELD;
            meetings.add(new NegotiationCandidate("negotiation" + m, day, Optional.empty(), places, parties, List.of(), List.of(),
                    Optional.empty(), status, format.isEmpty() ? Optional.empty() : Optional.of(format), Optional.empty(),
                    Optional.empty(), Optional.empty(), P));
        }
        DelegationCandidate delegation = new DelegationCandidate("delegation1", "negotiation1", meetings.get(0).parties().get(0),
                Optional.empty(), List.of(), Optional.empty(), P);
        return new StoredArticle(iri, "hash-m" + n, Articles.of("meetings-" + n, "text " + n, published.toString(), "Wire"),
                new ArticleExtraction(actors, List.of(), List.of(), meetings, List.of(delegation)));
    }

    private static List<StoredArticle> meetingsCorpus(int size, long seed) {
        Random r = new Random(seed);
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(meetingsArticle(i, r));
        }
        return out;
    }

    private static List<StoredArticle> corpus(int size, long seed) {
        Random r = new Random(seed);
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(article(i, r));
        }
        return out;
    }

    /** Stores the articles in loads of the given sizes, resolving after each, and returns the resolved graph. */
    private Set<Triple> loadInBatches(List<StoredArticle> articles, int batch, String name) throws Exception {
        try (ParleyStore store = ParleyStore.open(dir.resolve(name))) {
            for (int from = 0; from < articles.size(); from += batch) {
                store.writeArticles(IRIS, writes(articles.subList(from, Math.min(articles.size(), from + batch))));
                new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            }
            assertThat(new ResolutionStep(store, IRIS, LoadListener.SILENT).run())
                    .as("the digest of resolved articles, updated load by load, matches the stored articles").isFalse();
            return resolvedGraph(store);
        }
    }

    private static List<ParleyStore.ArticleWrite> writes(List<StoredArticle> articles) {
        List<ParleyStore.ArticleWrite> out = new ArrayList<>();
        for (StoredArticle a : articles) {
            Graph g = GraphFactory.createDefaultGraph();
            new ArticleMapper(IRIS).map(a, StreamRDFLib.graph(g));
            String id = IRIS.contentIdOf(a.iri());
            out.add(new ParleyStore.ArticleWrite(a.iri(), IRIS.articleGraph(id), a.contentHash(), a.article().sourceKey(), g));
        }
        return out;
    }

    private static Set<Triple> resolvedGraph(ParleyStore store) {
        return store.read(dsg -> {
            Set<Triple> out = new HashSet<>();
            dsg.getGraph(Nodes.iri(IRIS.resolvedGraph())).find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The resolved graph without what only history explains: aliases and the digest of the articles. */
    private static Set<Triple> instances(Set<Triple> resolved) {
        Set<Triple> out = new HashSet<>(resolved);
        out.removeIf(t -> t.getPredicate().equals(OWL.sameAs) || t.getPredicate().equals(Parley.contentHash));
        return out;
    }

    private static Set<Triple> fromScratch(List<StoredArticle> articles) {
        Graph g = GraphFactory.createDefaultGraph();
        new ResolvedMapper().map(new CorpusResolver(IRIS).resolve(articles), StreamRDFLib.graph(g));
        return new HashSet<>(g.find().toList());
    }

    @Test
    void loadingInAnyOrderAndAnyBatchesGivesTheResolutionOfTheWholeSet() throws Exception {
        List<StoredArticle> articles = corpus(60, 11);
        Set<Triple> expected = fromScratch(articles);
        assertThat(instances(loadInBatches(articles, 60, "one-load"))).isEqualTo(expected);
        List<StoredArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(instances(loadInBatches(shuffled, 7, "batches-of-seven"))).isEqualTo(expected);
        Collections.shuffle(shuffled, new Random(4));
        assertThat(instances(loadInBatches(shuffled, 1, "one-at-a-time"))).isEqualTo(expected);
        List<StoredArticle> other = corpus(40, 12);
        assertThat(instances(loadInBatches(other, 1, "another-corpus"))).isEqualTo(fromScratch(other));
    }

    /**
     * The rules that merge meetings without two shared parties (the same day in the same city; an
     * undated mention with one party and the city in common), keep apart what one article tells
     * apart or what is a call, and number meetings named alike: block by block, in any order, they
     * give what resolution from scratch gives.
     */
    @Test
    void meetingsMergedByCityAndDayOrKeptApartByTheirArticleResolveAsFromScratch() throws Exception {
        for (long seed : new long[] {31, 32}) {
            List<StoredArticle> articles = meetingsCorpus(45, seed);
            Set<Triple> expected = fromScratch(articles);
            ResolvedCorpus whole = new CorpusResolver(IRIS).resolve(articles);
            java.util.Map<String, NegotiationCandidate> mentioned = new java.util.HashMap<>();
            articles.forEach(a -> a.extraction().negotiations().forEach(c -> mentioned.put(Iris.mention(a.iri(), c.id()), c)));
            assertThat(whole.negotiations()).as("some meeting joined by a mention with one party").anySatisfy(n -> {
                assertThat(n.mentions()).hasSizeGreaterThan(1);
                assertThat(n.mentions()).anyMatch(m -> mentioned.get(m.mention()).parties().size() == 1);
            });
            assertThat(whole.negotiations()).as("some meeting joined by an undated mention").anySatisfy(n -> {
                assertThat(n.mentions()).hasSizeGreaterThan(1);
                assertThat(n.startDate()).isPresent();
                assertThat(n.mentions()).anyMatch(m -> mentioned.get(m.mention()).startDate().isEmpty());
            });
            List<StoredArticle> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(instances(loadInBatches(shuffled, 1, "meetings-one-at-a-time-" + seed))).as("seed %d", seed)
                    .isEqualTo(expected);
            Collections.shuffle(shuffled, new Random(seed + 100));
            assertThat(instances(loadInBatches(shuffled, 6, "meetings-batches-of-six-" + seed))).as("seed %d", seed)
                    .isEqualTo(expected);
        }
    }

    /** An article of the meetings corpus with only the given meeting (as its first), under another IRI and source. */
    private static StoredArticle withMeeting(String id, String published, NegotiationCandidate meeting) {
        StoredArticle template = meetingsArticle(0, new Random(1));
        return new StoredArticle(IRIS.article(id), "hash-" + id, Articles.of("source-" + id, "text " + id, published, "Wire"),
                new ArticleExtraction(template.extraction().actors(), List.of(), List.of(), List.of(meeting), List.of()));
    }

    private static NegotiationCandidate inFormat(NegotiationCandidate c, String format) {
        return new NegotiationCandidate(c.id(), c.startDate(), c.endDate(), c.places(), c.parties(), c.mediators(), c.hosts(),
                c.round(), c.status(), Optional.of(format), c.level(), c.outcome(), c.outcomeText(), c.provenance());
    }

    private static NegotiationCandidate meeting(String day, List<String> places, String... parties) {
        return new NegotiationCandidate("negotiation1", Optional.of(LocalDate.parse(day)), Optional.empty(), places,
                List.of(parties), List.of(), List.of(), Optional.empty(), NegotiationStatus.HELD, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), P);
    }

    @Test
    void meetingsNamedAlikeAreNumberedAsFromScratch() throws Exception {
        // One party on one day in one city, a call and a meeting: two meetings named after the day, the party and the city.
        StoredArticle met = withMeeting("00000000000000b1", "2024-03-05", inFormat(meeting("2024-03-04", List.of("pGeneva"), "cSD"),
                "in-person"));
        StoredArticle called = withMeeting("00000000000000b2", "2024-03-05", inFormat(meeting("2024-03-04", List.of("pGeneva"), "cSD"),
                "phone"));
        Set<Triple> expected = fromScratch(List.of(met, called));
        assertThat(expected).as("one of them numbered").anyMatch(t -> t.getSubject().getURI().endsWith("2024-03-04-sudan-geneva-2"));
        assertThat(instances(loadInBatches(List.of(met, called), 1, "named-alike"))).isEqualTo(expected);
        assertThat(instances(loadInBatches(List.of(called, met), 1, "named-alike-reversed"))).isEqualTo(expected);
    }

    /**
     * One that shares a party with one mention and the city with another, but a block with none,
     * stays apart: a load reading the blocks of its new mentions could not see that it fits.
     */
    @Test
    void anUndatedMentionSharingNoBlockWithAMeetingStaysApartInEveryOrder() throws Exception {
        StoredArticle dated = withMeeting("00000000000000e1", "2024-03-05", meeting("2024-03-04", List.of(), "cSD", "cTD", "cRS"));
        StoredArticle where = withMeeting("00000000000000e2", "2024-03-05", undated(List.of("pGeneva"), "cSD", "cTD"));
        StoredArticle other = withMeeting("00000000000000e3", "2024-03-06", undated(List.of("pGeneva"), "cRS", "cXK"));
        List<StoredArticle> all = List.of(dated, where, other);
        assertThat(new CorpusResolver(IRIS).resolve(all).negotiations()).hasSize(2);
        Set<Triple> expected = fromScratch(all);
        assertThat(instances(loadInBatches(List.of(other, dated, where), 1, "no-block"))).isEqualTo(expected);
        assertThat(instances(loadInBatches(List.of(where, other, dated), 1, "no-block-2"))).isEqualTo(expected);
    }

    /**
     * An undated mention that shares a party and the city with the undated report that gave a meeting
     * its place joins the meeting through what its mentions know together (the day from one, the
     * city from the other): its blocks must bring it together with them, in whatever order the three
     * articles come.
     */
    @Test
    void anUndatedMentionJoiningThroughWhatAMeetingKnowsResolvesAsFromScratch() throws Exception {
        StoredArticle dated = withMeeting("00000000000000d1", "2024-03-05", meeting("2024-03-04", List.of(), "cSD", "cTD", "cRS"));
        StoredArticle where = withMeeting("00000000000000d2", "2024-03-05", undated(List.of("pGeneva"), "cSD", "cTD"));
        StoredArticle other = withMeeting("00000000000000d3", "2024-03-06", undated(List.of("pGeneva"), "cTD", "cXK"));
        List<StoredArticle> all = List.of(dated, where, other);
        ResolvedCorpus whole = new CorpusResolver(IRIS).resolve(all);
        assertThat(whole.negotiations()).as("one meeting of all three mentions").singleElement()
                .satisfies(n -> assertThat(n.mentions()).hasSize(3));
        Set<Triple> expected = fromScratch(all);
        assertThat(instances(loadInBatches(List.of(other, dated, where), 1, "through-cluster"))).isEqualTo(expected);
        assertThat(instances(loadInBatches(List.of(where, dated, other), 1, "through-cluster-2"))).isEqualTo(expected);
        assertThat(instances(loadInBatches(List.of(dated, other, where), 1, "through-cluster-3"))).isEqualTo(expected);
    }

    private static NegotiationCandidate undated(List<String> places, String... parties) {
        return new NegotiationCandidate("negotiation1", Optional.empty(), Optional.empty(), places,
                List.of(parties), List.of(), List.of(), Optional.empty(), NegotiationStatus.HELD, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), P);
    }

    @Test
    void aMeetingThatCanMergeWithNothingGoesWithItsArticle() throws Exception {
        // One party and a country: it can merge with no other mention, and has no block but its article's.
        StoredArticle alone = withMeeting("00000000000000c1", "2024-03-05", meeting("2024-03-04", List.of("cCH"), "cTD"));
        List<StoredArticle> others = meetingsCorpus(10, 41);
        try (ParleyStore store = ParleyStore.open(dir.resolve("alone"))) {
            List<StoredArticle> all = new ArrayList<>(others);
            all.add(alone);
            store.writeArticles(IRIS, writes(all));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            assertThat(instances(resolvedGraph(store))).isEqualTo(fromScratch(all));
            StoredArticle without = new StoredArticle(alone.iri(), "hash-without", alone.article(), new ArticleExtraction(
                    alone.extraction().actors(), List.of(), List.of(), List.of(), List.of()));
            store.writeArticles(IRIS, writes(List.of(without)));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            List<StoredArticle> now = new ArrayList<>(others);
            now.add(without);
            assertThat(instances(resolvedGraph(store))).isEqualTo(fromScratch(now));
        }
    }

    @Test
    void aPartyThatChangesTwoAffiliationsUpMovesTheMeetingsOfThoseItActsFor() throws Exception {
        // An envoy of an office meets Sudan; the office is said to be the Union's only in a later article.
        ActorCandidate sudan = new ActorCandidate("cSD", ActorKind.COUNTRY, "Sudan", List.of(), Optional.empty(),
                Optional.empty(), Optional.of("country:SD"), true, P);
        ActorCandidate union = new ActorCandidate("union", ActorKind.ORGANIZATION, "Regional Union", List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, P);
        ActorCandidate office = new ActorCandidate("office", ActorKind.ORGANIZATION, "Office of the Regional Envoy", List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, P);
        ActorCandidate envoy = new ActorCandidate("envoy", ActorKind.PERSON, "Lena Berg", List.of(), Optional.of("envoy"),
                Optional.of("office"), Optional.empty(), true, P);
        StoredArticle byEnvoy = new StoredArticle(IRIS.article("00000000000000d1"), "hash-d1",
                Articles.of("source-d1", "text d1", "2024-03-05", "Wire"), new ArticleExtraction(List.of(sudan, office, envoy),
                List.of(), List.of(), List.of(meeting("2024-03-04", List.of(), "envoy", "cSD")), List.of()));
        StoredArticle byUnion = new StoredArticle(IRIS.article("00000000000000d2"), "hash-d2",
                Articles.of("source-d2", "text d2", "2024-03-05", "Wire"), new ArticleExtraction(List.of(sudan, union),
                List.of(), List.of(), List.of(meeting("2024-03-04", List.of(), "union", "cSD")), List.of()));
        ActorCandidate officeOfUnion = new ActorCandidate("office", ActorKind.ORGANIZATION, "Office of the Regional Envoy",
                List.of(), Optional.empty(), Optional.of("union"), Optional.empty(), true, P);
        StoredArticle aboutOffice = new StoredArticle(IRIS.article("00000000000000d3"), "hash-d3",
                Articles.of("source-d3", "text d3", "2024-03-06", "Wire"), new ArticleExtraction(List.of(union, officeOfUnion),
                List.of(), List.of(), List.of(), List.of()));
        List<StoredArticle> all = List.of(byEnvoy, byUnion, aboutOffice);
        ResolvedCorpus whole = new CorpusResolver(IRIS).resolve(all);
        assertThat(whole.negotiations()).as("the envoy acts for the Union: one meeting").hasSize(1);
        assertThat(instances(loadInBatches(all, 1, "two-up"))).isEqualTo(fromScratch(all));
    }

    @Test
    void aMergedOrRenamedInstanceKeepsItsOldIriAsAnAlias() throws Exception {
        List<StoredArticle> articles = corpus(40, 5);
        Set<Triple> resolved = loadInBatches(articles, 1, "aliases");
        Set<Node> subjects = new HashSet<>();
        resolved.stream().filter(t -> !t.getPredicate().equals(OWL.sameAs)).forEach(t -> subjects.add(t.getSubject()));
        List<Triple> aliases = resolved.stream().filter(t -> t.getPredicate().equals(OWL.sameAs)).toList();
        assertThat(aliases).as("one article at a time, some instances merge or change their name").isNotEmpty();
        for (Triple alias : aliases) {
            assertThat(subjects).as("%s points to an instance that exists", alias).contains(alias.getObject());
            assertThat(subjects).as("an alias is not an instance itself").doesNotContain(alias.getSubject());
        }
    }

    @Test
    void aReplacedArticleLeavesNoTraceOfItsOldVersion() throws Exception {
        List<StoredArticle> articles = corpus(30, 8);
        List<StoredArticle> replacements = corpus(30, 9).subList(0, 10);
        try (ParleyStore store = ParleyStore.open(dir.resolve("replace"))) {
            store.writeArticles(IRIS, writes(articles));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            // New versions from the same sources: each replaces the stored one.
            List<StoredArticle> newVersions = new ArrayList<>();
            for (int i = 0; i < replacements.size(); i++) {
                StoredArticle r = replacements.get(i);
                newVersions.add(new StoredArticle(r.iri(), "new-" + i, articles.get(i).article(), r.extraction()));
            }
            // And one new version with the same text (so the same IRI) in which only the actors are left.
            StoredArticle same = articles.get(10);
            newVersions.add(new StoredArticle(same.iri(), "new-same-text", same.article(), new ArticleExtraction(
                    same.extraction().actors(), List.of(), List.of(), List.of(), List.of())));
            store.writeArticles(IRIS, writes(newVersions));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            List<StoredArticle> now = new ArrayList<>(newVersions);
            now.addAll(articles.subList(11, articles.size()));
            assertThat(instances(resolvedGraph(store))).isEqualTo(fromScratch(now));
            assertThat(store.articleCount(IRIS)).isEqualTo(30);
            assertThat(new ResolutionStep(store, IRIS, LoadListener.SILENT).run())
                    .as("the digest of resolved articles, updated from what changed, matches the stored articles").isFalse();
        }
    }

    /** An article in which one person says one thing, on the day it was published (none when it has no date). */
    private static StoredArticle saying(String id, Optional<LocalDate> published, String quote) {
        ActorCandidate speaker = new ActorCandidate("actor1", ActorKind.PERSON, "Lena Berg", List.of(), Optional.of("envoy"),
                Optional.empty(), Optional.empty(), true, P);
        StatementCandidate said = new StatementCandidate("statement1", "actor1", quote, true, published, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), P);
        return new StoredArticle(IRIS.article(id), "hash-" + id,
                Articles.of("saying-" + id, "text " + id, published.map(LocalDate::toString).orElse(null), "Wire"),
                new ArticleExtraction(List.of(speaker), List.of(said), List.of(), List.of(), List.of()));
    }

    /**
     * Statements merge within two days, so a statement weeks after its speaker's others does not
     * read them: the block of a speaker does not grow with everything they have ever said.
     */
    @Test
    void aStatementWeeksFromItsSpeakersOthersIsResolvedWithoutReadingThem() throws Exception {
        String quote = "We will come back to the table only when the shelling stops.";
        List<StoredArticle> march = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            march.add(saying(String.format("%016x", 0xa0 + i), Optional.of(LocalDate.of(2024, 3, 1 + i)), quote));
        }
        StoredArticle may = saying("00000000000000f0", Optional.of(LocalDate.of(2024, 5, 20)), quote);
        assertThat(mentionsReadAdding(march, may, "statement", "weeks-apart")).as("statement mentions read from the store")
                .isEmpty();
    }

    /**
     * A speaker says something else every day: a new statement reads the days it may merge with, not
     * the whole month that the days of its neighbours chain into, since none of them is the same
     * quotation.
     */
    @Test
    void aStatementReadsOnlyTheDaysItMayMergeWithWhenItsNeighboursSaySomethingElse() throws Exception {
        String[] quotes = {"The maps are on the table and both sides have seen them.",
                "Our delegation will stay another night to finish the text.",
                "Prisoner lists were exchanged this morning through the mediators.",
                "There is no date yet for the signing ceremony.",
                "The working groups will report to the ministers on Friday.",
                "We have asked for more time to consult our parliament.",
                "Nobody left the room angry today, which is progress.",
                "The mediators presented a revised timetable for the withdrawal.",
                "Both sides agreed to keep the details out of the press.",
                "A second round of prisoner exchanges is being prepared."};
        List<StoredArticle> march = new ArrayList<>();
        for (int i = 0; i < quotes.length; i++) {
            march.add(saying(String.format("%016x", 0xa0 + i), Optional.of(LocalDate.of(2024, 3, 1 + i)), quotes[i]));
        }
        StoredArticle fifth = saying("00000000000000f0", Optional.of(LocalDate.of(2024, 3, 5)),
                "The ceasefire line will be marked on the ground next week.");
        Set<String> withinTwoDays = new TreeSet<>();
        for (int day = 3; day <= 7; day++) {
            withinTwoDays.add(Iris.mention(march.get(day - 1).iri(), "statement1"));
        }
        assertThat(mentionsReadAdding(march, fifth, "statement", "a-new-thing-said")).isEqualTo(withinTwoDays);
    }

    /**
     * A statement that is the same quotation as one two days before it, which is one with another two
     * days before that, joins both: the statement grows through what its mentions reach, beyond the days
     * the new one reaches itself, and ends as from scratch.
     */
    @Test
    void aStatementJoiningAChainOfReportsReadsTheWholeChain() throws Exception {
        String quote = "We will come back to the table only when the shelling stops.";
        List<StoredArticle> march = new ArrayList<>();
        march.add(saying("00000000000000a1", Optional.of(LocalDate.of(2024, 3, 2)), quote));
        march.add(saying("00000000000000a2", Optional.of(LocalDate.of(2024, 3, 4)), quote));
        StoredArticle sixth = saying("00000000000000f0", Optional.of(LocalDate.of(2024, 3, 6)), quote);
        assertThat(mentionsReadAdding(march, sixth, "statement", "a-chain-of-reports"))
                .as("the report of 2 March, beyond the days the new one reaches").contains(Iris.mention(march.get(0).iri(), "statement1"));
    }

    /**
     * A statement that joins a chain of reports a month long reads the chain in a few reads, not a
     * read for every two days it grows by: the stored statement it joins is taken whole at once.
     */
    @Test
    void aStatementJoiningALongChainReadsItInAFewReads() throws Exception {
        List<StoredArticle> march = reportsTwoDaysApart(12, 0xa0, LocalDate.of(2024, 3, 1));
        StoredArticle last = saying("00000000000000f0", Optional.of(LocalDate.of(2024, 3, 25)), CHAINED_QUOTE);
        List<Set<String>> reads = readsAdding(march, last, "statement", "a-long-chain");
        Set<String> chain = new TreeSet<>();
        march.forEach(a -> chain.add(Iris.mention(a.iri(), "statement1")));
        assertThat(reads.stream().flatMap(Set::stream).toList()).as("each report read once, all of them")
                .containsExactlyInAnyOrderElementsOf(chain);
        assertThat(reads).as("reads of statement mentions").hasSizeLessThanOrEqualTo(3);
    }

    /**
     * Reports of one quotation two days apart chain into one statement. When the article in the middle
     * of the chain loses its statement (a new version of it), the chain splits in two; when the first
     * one does, the statement is named after the next. Both as from scratch, though the chain goes on
     * beyond the days the lost mention reached.
     */
    @Test
    void aChainOfReportsThatLosesAMentionResolvesAsFromScratch() throws Exception {
        List<StoredArticle> chain = reportsTwoDaysApart(4, 0xb0, LocalDate.of(2024, 3, 2));
        for (int lost = 0; lost < 2; lost++) {
            List<StoredArticle> now = new ArrayList<>(chain);
            now.set(lost, silenced(chain.get(lost)));
            try (ParleyStore store = ParleyStore.open(dir.resolve("chain-losing-" + lost))) {
                store.writeArticles(IRIS, writes(chain));
                new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
                store.writeArticles(IRIS, writes(List.of(now.get(lost))));
                new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
                assertThat(instances(resolvedGraph(store))).isEqualTo(fromScratch(now));
            }
            assertThat(new CorpusResolver(IRIS).resolve(now).statements()).as("statements once mention %d is lost", lost)
                    .hasSize(lost == 0 ? 1 : 2);
        }
    }

    /**
     * A statement that joins a chain reads the chain's reports, not what its speaker said around each
     * of them: the stored chain was resolved with those already, and they are not linked to it.
     */
    @Test
    void aStatementJoiningAChainDoesNotReadWhatItsSpeakerSaidAroundTheChain() throws Exception {
        List<StoredArticle> before = new ArrayList<>(reportsTwoDaysApart(6, 0xa0, LocalDate.of(2024, 3, 1)));
        StoredArticle aside = saying("00000000000000c0", Optional.of(LocalDate.of(2024, 3, 2)),
                "The ceasefire monitors have not been given access to the northern districts.");
        before.add(aside);
        StoredArticle last = saying("00000000000000f0", Optional.of(LocalDate.of(2024, 3, 13)), CHAINED_QUOTE);
        Set<String> read = mentionsReadAdding(before, last, "statement", "beside-a-chain");
        assertThat(read).as("the chain's first report, a week before the new one")
                .contains(Iris.mention(before.get(0).iri(), "statement1"));
        assertThat(read).as("what the speaker said the day after the chain began")
                .doesNotContain(Iris.mention(aside.iri(), "statement1"));
    }

    private static final String CHAINED_QUOTE = "We will come back to the table only when the shelling stops.";

    /** Articles reporting one quotation two days apart from {@code first}, ids counted from {@code firstId}. */
    private static List<StoredArticle> reportsTwoDaysApart(int count, int firstId, LocalDate first) {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(saying(String.format("%016x", firstId + i), Optional.of(first.plusDays(2L * i)), CHAINED_QUOTE));
        }
        return out;
    }

    /** A new version of an article with the same text, in which only its actors are left. */
    private static StoredArticle silenced(StoredArticle a) {
        return new StoredArticle(a.iri(), "silenced-" + a.contentHash(), a.article(), new ArticleExtraction(
                a.extraction().actors(), List.of(), List.of(), List.of(), List.of()));
    }

    /** The same for demands, which merge within three days: the demander's demands of weeks before are not read. */
    @Test
    void aDemandWeeksFromTheDemandersOthersIsResolvedWithoutReadingThem() throws Exception {
        List<StoredArticle> march = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            march.add(demanding(String.format("%016x", 0xc0 + i), LocalDate.of(2024, 3, 1 + i)));
        }
        StoredArticle may = demanding("00000000000000f1", LocalDate.of(2024, 5, 20));
        assertThat(mentionsReadAdding(march, may, "demand", "demands-weeks-apart")).as("demand mentions read from the store")
                .isEmpty();
    }

    /** An article in which a country demands a ceasefire, on the day it was published. */
    private static StoredArticle demanding(String id, LocalDate published) {
        List<ActorCandidate> actors = List.of(new ActorCandidate("actor1", ActorKind.COUNTRY, "Serbia", List.of(), Optional.empty(),
                Optional.empty(), Optional.of("country:RS"), true, P));
        DemandCandidate demand = new DemandCandidate("demand1", "actor1", Optional.empty(), "ceasefire", "a ceasefire",
                Optional.empty(), Optional.empty(), Optional.empty(), P);
        return new StoredArticle(IRIS.article(id), "hash-" + id, Articles.of("demanding-" + id, "text " + id,
                published.toString(), "Wire"), new ArticleExtraction(actors, List.of(), List.of(demand), List.of(), List.of()));
    }

    /** An article naming one person, affiliated with Sudan or with no one. */
    private static StoredArticle naming(String id, String name, boolean affiliated) {
        List<ActorCandidate> actors = new ArrayList<>();
        actors.add(new ActorCandidate("actor1", ActorKind.COUNTRY, "Sudan", List.of(), Optional.empty(), Optional.empty(),
                Optional.of("country:SD"), true, P));
        actors.add(new ActorCandidate("actor2", ActorKind.PERSON, name, List.of(), Optional.of("envoy"),
                affiliated ? Optional.of("actor1") : Optional.empty(), Optional.empty(), true, P));
        return new StoredArticle(IRIS.article(id), "hash-" + id, Articles.of("naming-" + id, "text " + id, "2024-03-04", "Wire"),
                new ArticleExtraction(actors, List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * A person named as articles already named them, with the affiliation they already have, joins
     * that person without reading everyone of the surname; a name not seen before, or a surname
     * alone, reads the whole surname, which decides where it goes. Each ends as from scratch.
     */
    @Test
    void aPersonNamedAsBeforeIsAddedWithoutReadingTheSurname() throws Exception {
        List<StoredArticle> before = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            before.add(naming(String.format("%016x", 0xc0 + i), "Lena Berg", true));
            before.add(naming(String.format("%016x", 0xd0 + i), "Peter Berg", i % 2 == 0));
        }
        before.add(naming("00000000000000e9", "Berg", true));
        assertThat(mentionsReadAdding(before, naming("00000000000000f1", "Lena Berg", true), "actor", "known-name"))
                .as("actor mentions read from the store").isEmpty();
        assertThat(mentionsReadAdding(before, naming("00000000000000f2", "Lena Berg", false), "actor", "known-name-alone"))
                .isEmpty();
        assertThat(mentionsReadAdding(before, naming("00000000000000f3", "Lena M. Berg", true), "actor", "new-spelling"))
                .isNotEmpty();
        assertThat(mentionsReadAdding(before, naming("00000000000000f4", "Berg", true), "actor", "surname-alone"))
                .isNotEmpty();
    }

    /**
     * Stores and resolves {@code before}, then stores {@code added} and returns the mentions of one kind
     * that resolving it reads from the store; checks that the store then resolves as from scratch.
     */
    private Set<String> mentionsReadAdding(List<StoredArticle> before, StoredArticle added, String kind, String name)
            throws Exception {
        Set<String> out = new TreeSet<>();
        readsAdding(before, added, kind, name).forEach(out::addAll);
        return out;
    }

    /**
     * The reads of mentions of one kind that resolving an added article makes from the store, in
     * order: the mentions each read asks for; after checking that the result is as from scratch.
     */
    private List<Set<String>> readsAdding(List<StoredArticle> before, StoredArticle added, String kind, String name)
            throws Exception {
        try (ParleyStore store = ParleyStore.open(dir.resolve(name))) {
            store.writeArticles(IRIS, writes(before));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            store.writeArticles(IRIS, writes(List.of(added)));
            List<Set<String>> read = store.read(dsg -> {
                StoredResolution stored = new StoredResolution(dsg, IRIS);
                List<Set<String>> out = new ArrayList<>();
                new IncrementalResolver(IRIS, new ReadsRecorded(stored, kind, out))
                        .resolve(stored.articlesAwaitingResolution(), stored.removedMentions());
                return out;
            });
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            List<StoredArticle> all = new ArrayList<>(before);
            all.add(added);
            assertThat(instances(resolvedGraph(store))).isEqualTo(fromScratch(all));
            return read;
        }
    }

    /**
     * An undated statement is the same as its speaker's of any day: whichever comes first, the others
     * meet it, and the chain through it joins statements weeks apart, as from scratch.
     */
    @Test
    void anUndatedStatementJoinsItsSpeakersStatementsOfAnyDayAsFromScratch() throws Exception {
        String quote = "Nothing is agreed until everything is agreed, and we are far from that.";
        StoredArticle march = saying("00000000000000b1", Optional.of(LocalDate.of(2024, 3, 1)), quote);
        StoredArticle april = saying("00000000000000b2", Optional.of(LocalDate.of(2024, 4, 20)), quote);
        StoredArticle undated = saying("00000000000000b3", Optional.empty(), quote);
        List<StoredArticle> articles = List.of(march, april, undated);
        ResolvedCorpus whole = new CorpusResolver(IRIS).resolve(articles);
        assertThat(whole.statements()).singleElement().satisfies(s -> assertThat(s.mentions()).hasSize(3));
        Set<Triple> expected = fromScratch(articles);
        assertThat(instances(loadInBatches(List.of(march, april, undated), 1, "undated-last"))).isEqualTo(expected);
        assertThat(instances(loadInBatches(List.of(undated, march, april), 1, "undated-first"))).isEqualTo(expected);
        assertThat(instances(loadInBatches(List.of(april, undated, march), 1, "undated-between"))).isEqualTo(expected);
    }

    /** A store's resolution index that notes which mentions of one kind (by local id) a resolution reads from the store. */
    private record ReadsRecorded(StoredResolution store, String kind, List<Set<String>> reads) implements ResolutionSource {
        @Override
        public Map<String, StoredArticle> mentions(Map<String, ? extends Collection<String>> localIdsByArticle) {
            Set<String> read = new TreeSet<>();
            localIdsByArticle.forEach((article, ids) -> ids.stream().filter(id -> id.startsWith(kind))
                    .forEach(id -> read.add(Iris.mention(article, id))));
            if (!read.isEmpty()) {
                reads.add(read);
            }
            return store.mentions(localIdsByArticle);
        }

        @Override
        public Optional<StoredArticle> article(String articleIri) {
            return store.article(articleIri);
        }

        @Override
        public Set<String> members(String blockKey) {
            return store.members(blockKey);
        }

        @Override
        public Set<String> blockKeys(String mention) {
            return store.blockKeys(mention);
        }

        @Override
        public Optional<String> instanceOf(String mention) {
            return store.instanceOf(mention);
        }

        @Override
        public Set<String> mentionsOf(String instance) {
            return store.mentionsOf(instance);
        }

        @Override
        public Optional<ResolvedActor> actor(String iri) {
            return store.actor(iri);
        }

        @Override
        public Set<String> affiliatedWith(String actorIri) {
            return store.affiliatedWith(actorIri);
        }

        @Override
        public Optional<ResolvedActor> wholeActor(String iri) {
            return store.wholeActor(iri);
        }

        @Override
        public Optional<ResolvedActor> actorWithoutMentions(String iri) {
            return store.actorWithoutMentions(iri);
        }

        @Override
        public Map<String, MentionKind> referrers(String mention) {
            return store.referrers(mention);
        }
    }

    @Test
    void anUnrelatedArticleChangesNoResolvedIri() throws Exception {
        List<StoredArticle> articles = corpus(30, 21);
        try (ParleyStore store = ParleyStore.open(dir.resolve("unrelated"))) {
            store.writeArticles(IRIS, writes(articles));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            Set<Node> before = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
            resolvedGraph(store).forEach(t -> before.add(t.getSubject()));
            StoredArticle elsewhere = new StoredArticle(IRIS.article("00000000000000aa"), "hash-elsewhere",
                    Articles.of("elsewhere", "text", "2024-03-05", "Wire"), new ArticleExtraction(
                    List.of(new ActorCandidate("actor1", ActorKind.COUNTRY, "Peru", List.of(), Optional.empty(), Optional.empty(),
                                    Optional.of("country:PE"), true, P),
                            new ActorCandidate("actor2", ActorKind.COUNTRY, "Chile", List.of(), Optional.empty(), Optional.empty(),
                                    Optional.of("country:CL"), true, P)),
                    List.of(), List.of(), List.of(new NegotiationCandidate("negotiation1", Optional.of(LocalDate.parse("2024-03-04")),
                            Optional.empty(), List.of(), List.of("actor1", "actor2"), List.of(), List.of(), Optional.empty(),
                            NegotiationStatus.HELD, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), P)),
                    List.of()));
            store.writeArticles(IRIS, writes(List.of(elsewhere)));
            new ResolutionStep(store, IRIS, LoadListener.SILENT).run();
            Set<Node> after = new HashSet<>();
            resolvedGraph(store).forEach(t -> after.add(t.getSubject()));
            assertThat(after).containsAll(before);
            assertThat(resolvedGraph(store)).noneMatch(t -> t.getPredicate().equals(OWL.sameAs));
        }
    }
}
