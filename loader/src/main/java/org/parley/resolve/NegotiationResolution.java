package org.parley.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.parley.extract.ActorKind;
import org.parley.extract.NegotiationCandidate;
import org.parley.extract.NegotiationStatus;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * Event coreference: the same meeting reported by several articles becomes one Negotiation.
 * Mentions merge on parties (at least two in common), date (at most a day apart) and place (same
 * country, or unknown on one side); never on a round number, which outlets count differently.
 * A mention without a date joins a dated meeting only when exactly one fits. A proposed meeting
 * never merges with one that was held or planned.
 *
 * <p>Mentions merge only within one calendar month: a dated mention's, or an undated one's
 * article's. Without a bound, a pair of parties in the news every day would chain its meetings, and
 * its undated mentions, into one instance spanning years, and every new article would have to
 * read that whole history again. The price is at a month's edge: talks on the 31st reported as
 * held on the 1st by another outlet stay two meetings.
 */
final class NegotiationResolution {
    private static final int MAX_DAYS_APART = 1;
    /** How long after a meeting an article without a day for it may still be reporting it. */
    private static final int MAX_DAYS_REPORTED = 14;
    private static final String NO_MONTH = "undated";
    private static final List<String> ORDINALS = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth");

    private final Context ctx;
    private final Map<String, String> canonicalOfMention = new HashMap<>();
    private final Set<String> usedIris = new java.util.HashSet<>();
    private final Map<String, String> nameOfMention = new HashMap<>();

    NegotiationResolution(Context ctx) {
        this.ctx = ctx;
    }

    Map<String, String> canonicalOfMention() {
        return canonicalOfMention;
    }

    /**
     * @param month the calendar month the mention merges in ({@code 2024-03}): its day's, else its
     *              article's; {@value #NO_MONTH} when it has neither
     */
    record Item(StoredArticle article, NegotiationCandidate candidate, Set<String> parties, Set<String> places,
                Set<String> countries, String month) {
        String mention() {
            return Iris.mention(article.iri(), candidate.id());
        }

        Optional<LocalDate> date() {
            return candidate.startDate();
        }

        String group() {
            return switch (candidate.status()) {
                case HELD, PLANNED -> "happening";
                case PROPOSED -> "proposed";
                case CANCELLED -> "cancelled";
            };
        }
    }

    List<ResolvedNegotiation> resolve() {
        List<Item> items = new ArrayList<>();
        for (StoredArticle a : ctx.articles) {
            for (NegotiationCandidate n : a.extraction().negotiations()) {
                item(a, n).ifPresent(items::add);
            }
        }
        items.sort(Comparator.comparing(Item::mention));
        UnionFind uf = new UnionFind(items.size());
        ArticleSets articles = new ArticleSets(items);
        for (int[] pair : datedPairsClosestFirst(items)) {
            if (articles.apart(uf, pair[0], pair[1])) {
                articles.union(uf, pair[0], pair[1]);
            }
        }
        // Undated mentions join the one dated meeting they fit, if exactly one; else they merge among themselves.
        ByDay<Integer> dated = new ByDay<>();
        for (int j = 0; j < items.size(); j++) {
            int at = j;
            items.get(j).date().ifPresent(d -> dated.add(d, at));
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).date().isPresent()) {
                continue;
            }
            Set<Integer> roots = new TreeSet<>();
            for (int j : dated.near(ctx.published(items.get(i).article()), MAX_DAYS_REPORTED)) {
                if (undatedFits(items.get(i), items.get(j))) {
                    roots.add(uf.find(j));
                }
            }
            if (roots.size() == 1 && articles.apart(uf, i, roots.iterator().next())) {
                articles.union(uf, i, roots.iterator().next());
            }
        }
        joinThroughWhatClustersKnow(items, uf, articles);
        // Undated mentions still alone merge with those of the same parties, pair by pair in the order of
        // the mentions; pairs of other parties never merge, so only those of the same parties are visited.
        Map<Set<String>, List<Integer>> undatedByParties = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).date().isEmpty()) {
                undatedByParties.computeIfAbsent(items.get(i).parties(), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item x = items.get(i);
            if (x.date().isPresent()) {
                continue;
            }
            for (int j : undatedByParties.get(x.parties())) {
                Item y = items.get(j);
                if (j > i && uf.find(i) == i && uf.find(j) == j && compatible(x, y) && articles.apart(uf, i, j)) {
                    articles.union(uf, i, j);
                }
            }
        }
        List<List<Item>> clusters = new ArrayList<>();
        for (List<Integer> g : uf.groups()) {
            clusters.add(g.stream().map(items::get).toList());
        }
        clusters.sort(Comparator.comparing((List<Item> c) -> sortKey(c)));
        List<ResolvedNegotiation> out = new ArrayList<>();
        for (List<Item> c : clusters) {
            out.add(build(c));
        }
        return out;
    }

    /**
     * A mention with its parties and places resolved; empty when it cannot be told from other
     * meetings: fewer than two parties, unless it has one, a day and a place.
     */
    Optional<Item> item(StoredArticle a, NegotiationCandidate n) {
        Set<String> parties = new LinkedHashSet<>();
        for (String id : n.parties()) {
            ctx.actor(a, id).map(ctx::party).ifPresent(parties::add);
        }
        Set<String> places = new LinkedHashSet<>();
        Set<String> countries = new TreeSet<>();
        for (String id : n.places()) {
            ctx.actor(a, id).ifPresent(p -> {
                places.add(p);
                ctx.countryOf(p).ifPresent(countries::add);
            });
        }
        if (parties.size() >= 2 || !parties.isEmpty() && n.startDate().isPresent() && !places.isEmpty()) {
            String month = n.startDate().or(() -> ctx.published(a)).map(YearMonth::from).map(YearMonth::toString)
                    .orElse(NO_MONTH);
            return Optional.of(new Item(a, n, parties, places, countries, month));
        }
        return Optional.empty();
    }

    /**
     * The blocks of a mention, one for each way it may merge with another, so that mentions that may
     * be one meeting always share one (the date window and the other conditions are checked inside),
     * all within the mention's month, or, for a mention without one, across months ({@link #meets}):
     * <ul>
     *   <li>each pair of its parties in each country it took place in, or in none
     *       ({@link ScopedKeys#ofValues}): two parties in common, in one country or where one side
     *       does not say;</li>
     *   <li>each of its parties in each of its cities: an undated mention joining a meeting it
     *       shares a party and a city with;</li>
     *   <li>each of its cities on its day: the same day in the same city.</li>
     * </ul>
     * Mentions whose meetings get the same name share a block too ({@link #nameKeys}), which only
     * resolution can tell; so every mention of a meeting has a block, also one that can merge with
     * nothing, and is taken out with its article. Mentions of one article need no block of their
     * own: they are never put together, and only meetings put together interact.
     */
    Set<String> blockKeys(StoredArticle a, NegotiationCandidate n) {
        Set<String> keys = new TreeSet<>();
        item(a, n).ifPresent(item -> {
            // A group per month under the pair (or the party and city); a mention without a month is unscoped in the
            // parent group, so that it meets every month (ScopedKeys).
            Function<String, String> month = group -> item.month().equals(NO_MONTH) ? group : ScopedKeys.child(group, item.month());
            Set<String> countries = item.month().equals(NO_MONTH) ? Set.of() : item.countries();
            List<String> parties = new ArrayList<>(new TreeSet<>(item.parties()));
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    keys.addAll(ScopedKeys.ofValues(month.apply("negotiation|" + parties.get(i) + "|" + parties.get(j)), countries));
                }
            }
            for (String city : cities(item)) {
                for (String party : parties) {
                    keys.addAll(ScopedKeys.ofValues(month.apply("negotiation|" + party + "|in|" + city), Set.of()));
                }
                item.date().ifPresent(day -> keys.add("negotiation|in|" + city + "|on|" + day));
            }
        });
        return keys;
    }

    /** Whether two mentions may merge by their months: the same one, or one of them has none. */
    private static boolean sameMonth(Item x, Item y) {
        return x.month().equals(y.month()) || x.month().equals(NO_MONTH) || y.month().equals(NO_MONTH);
    }

    /**
     * Whether two mentions share a block ({@link #blockKeys}): every rule compares only such
     * mentions, so that a load that reads the blocks of its new mentions sees all they may merge with.
     */
    private boolean meets(Item x, Item y) {
        boolean countryScoped = !x.countries().isEmpty() && !y.countries().isEmpty()
                && !x.month().equals(NO_MONTH) && !y.month().equals(NO_MONTH);
        boolean sameCountry = !countryScoped || x.countries().stream().anyMatch(y.countries()::contains);
        return sameMonth(x, y) && (sharedParties(x, y) >= 2 && sameCountry || sharedParties(x, y) > 0 && sharesCity(x, y)
                || sameVenueSameDay(x, y));
    }

    /**
     * After {@link #resolve()}: for each mention, the block of the meetings whose IRIs are minted from
     * the same day and parties, and so numbered in one order over all of them. A trailing number is
     * left out of the key, so that a name that ends in one ("-2") meets the names numbered like it.
     */
    Map<String, String> nameKeys() {
        Map<String, String> out = new HashMap<>();
        nameOfMention.forEach((mention, name) -> out.put(mention, "negotiation|name|" + name.replaceFirst("(-[0-9]+)+$", "")));
        return out;
    }

    private boolean compatible(Item x, Item y) {
        if (!x.group().equals(y.group()) || !sameMonth(x, y)) {
            return false;
        }
        if (x.date().isPresent() && y.date().isPresent()
                && Math.abs(ChronoUnit.DAYS.between(x.date().get(), y.date().get())) > MAX_DAYS_APART) {
            return false;
        }
        if (!x.countries().isEmpty() && !y.countries().isEmpty()
                && x.countries().stream().noneMatch(y.countries()::contains)) {
            return false;
        }
        if (!formatsCompatible(x, y)) {
            return false;
        }
        return sharedParties(x, y) >= 2 || sameVenueSameDay(x, y);
    }

    /** How many parties two mentions have in common, counted up to two. */
    private static int sharedParties(Item x, Item y) {
        int shared = 0;
        for (String p : x.parties()) {
            if (y.parties().contains(p) && ++shared >= 2) {
                break;
            }
        }
        return shared;
    }

    /**
     * An undated mention fits a dated meeting with two parties in common, or one and the same city;
     * never one far from the day its article was published.
     */
    private boolean undatedFits(Item undated, Item dated) {
        Optional<LocalDate> published = ctx.published(undated.article());
        if (published.isPresent() && Math.abs(ChronoUnit.DAYS.between(published.get(), dated.date().get())) > MAX_DAYS_REPORTED) {
            return false;
        }
        if (compatible(undated, dated)) {
            return true;
        }
        return undated.group().equals(dated.group()) && sameMonth(undated, dated)
                && formatsCompatible(undated, dated) && sharedParties(undated, dated) > 0 && sharesCity(undated, dated);
    }

    private boolean sharesCity(Item x, Item y) {
        for (String p : cities(x)) {
            if (y.places().contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The places of a mention that are cities (or other places), not countries. */
    private List<String> cities(Item x) {
        List<String> out = new ArrayList<>();
        for (String p : x.places()) {
            if (ctx.resolved(p).filter(a -> a.kind() == ActorKind.PLACE).isPresent()) {
                out.add(p);
            }
        }
        return out;
    }

    /** A phone or video call is never the same event as a meeting in person. */
    private static boolean formatsCompatible(Item x, Item y) {
        Optional<String> a = x.candidate().format();
        Optional<String> b = y.candidate().format();
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return !(a.get().equals("phone") || b.get().equals("phone") || a.get().equals("video") || b.get().equals("video"));
    }

    /**
     * Outlets name different participants of one summit ("world leaders" here, six heads of state
     * there): the same day in the same city is the same meeting even without two shared parties.
     */
    private boolean sameVenueSameDay(Item x, Item y) {
        return x.date().isPresent() && x.date().equals(y.date()) && sharesCity(x, y);
    }

    /**
     * A second look for undated mentions still alone: a meeting's place may come from an undated
     * report that joined it ("talks in X" without a day), so an undated mention that shares a party
     * and the city with everything a dated cluster now knows, and shares a block with one of its
     * mentions ({@link #meets}), joins it, if it fits exactly one.
     */
    private void joinThroughWhatClustersKnow(List<Item> items, UnionFind uf, ArticleSets articles) {
        Map<Integer, List<Item>> clusters = new TreeMap<>();
        for (int j = 0; j < items.size(); j++) {
            clusters.computeIfAbsent(uf.find(j), k -> new ArrayList<>()).add(items.get(j));
        }
        // Only a cluster with a dated mention can be joined, and only when its first day is near the article's.
        ByDay<Integer> datedClusters = new ByDay<>();
        clusters.forEach((root, members) -> members.stream().map(Item::date).flatMap(Optional::stream)
                .min(LocalDate::compareTo).ifPresent(first -> datedClusters.add(first, root)));
        Map<Integer, Integer> joins = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item x = items.get(i);
            if (x.date().isPresent() || clusters.get(uf.find(i)).size() > 1) {
                continue;
            }
            Set<Integer> fits = new TreeSet<>();
            for (int root : datedClusters.near(ctx.published(x.article()), MAX_DAYS_REPORTED)) {
                if (clusterFits(x, clusters.get(root))) {
                    fits.add(root);
                }
            }
            if (fits.size() == 1) {
                joins.put(i, fits.iterator().next());
            }
        }
        joins.forEach((i, root) -> {
            if (articles.apart(uf, i, root)) {
                articles.union(uf, i, root);
            }
        });
    }

    private boolean clusterFits(Item undated, List<Item> cluster) {
        Set<String> parties = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Item y : cluster) {
            if (!y.group().equals(undated.group()) || !sameMonth(undated, y) || !formatsCompatible(undated, y)) {
                return false;
            }
            parties.addAll(y.parties());
            places.addAll(y.places());
        }
        Optional<LocalDate> day = cluster.stream().map(Item::date).flatMap(Optional::stream).min(LocalDate::compareTo);
        Optional<LocalDate> published = ctx.published(undated.article());
        if (published.isPresent() && day.isPresent()
                && Math.abs(ChronoUnit.DAYS.between(published.get(), day.get())) > MAX_DAYS_REPORTED) {
            return false;
        }
        if (cluster.stream().noneMatch(y -> meets(undated, y))) {
            return false; // never met in a block: a load could not tell that it fits
        }
        boolean sharedParty = undated.parties().stream().anyMatch(parties::contains);
        boolean sharedCity = undated.places().stream().anyMatch(p -> places.contains(p)
                && ctx.resolved(p).filter(a -> a.kind() == ActorKind.PLACE).isPresent());
        return sharedParty && sharedCity;
    }

    /**
     * The pairs of dated mentions that may be one meeting, those on the same day first, each in an
     * order that depends only on the mentions, so that the clusters never depend on load order.
     */
    private List<int[]> datedPairsClosestFirst(List<Item> items) {
        // Dated mentions by date, so that each is compared only with those in the window around it.
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).date().isPresent()) {
                dated.add(i);
            }
        }
        dated.sort(Comparator.comparing((Integer i) -> items.get(i).date().get()).thenComparingInt(i -> i));
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < dated.size(); a++) {
            Item x = items.get(dated.get(a));
            for (int b = a + 1; b < dated.size(); b++) {
                Item y = items.get(dated.get(b));
                if (ChronoUnit.DAYS.between(x.date().get(), y.date().get()) > MAX_DAYS_APART) {
                    break;
                }
                if (compatible(x, y)) {
                    int i = dated.get(a);
                    int j = dated.get(b);
                    pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
                }
            }
        }
        pairs.sort(Comparator.comparingLong((int[] p) -> Math.abs(ChronoUnit.DAYS.between(items.get(p[0]).date().get(),
                items.get(p[1]).date().get()))).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    /**
     * Things by day, to visit only those near a day instead of all: the undated rules look no further
     * than {@value #MAX_DAYS_REPORTED} days from an article's date, so a block of a whole year costs
     * what its few weeks around each article cost.
     */
    private static final class ByDay<T> {
        private final java.util.NavigableMap<LocalDate, List<T>> byDay = new TreeMap<>();
        private final List<T> all = new ArrayList<>();

        void add(LocalDate day, T thing) {
            byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(thing);
            all.add(thing);
        }

        /** Those within {@code days} of {@code day}; all when there is no day. */
        List<T> near(Optional<LocalDate> day, int days) {
            if (day.isEmpty()) {
                return all;
            }
            List<T> out = new ArrayList<>();
            byDay.subMap(day.get().minusDays(days), true, day.get().plusDays(days), true).values().forEach(out::addAll);
            return out;
        }
    }

    /**
     * The articles each cluster of mentions comes from. Two meetings one article tells apart (a summit
     * on Sunday, the signing on Monday) stay apart, however alike other articles make them look.
     */
    private static final class ArticleSets {
        private final Map<Integer, Set<String>> byRoot = new HashMap<>();

        ArticleSets(List<Item> items) {
            for (int i = 0; i < items.size(); i++) {
                byRoot.put(i, new java.util.HashSet<>(Set.of(items.get(i).article().iri())));
            }
        }

        boolean apart(UnionFind uf, int a, int b) {
            int ra = uf.find(a);
            int rb = uf.find(b);
            return ra != rb && java.util.Collections.disjoint(byRoot.get(ra), byRoot.get(rb));
        }

        void union(UnionFind uf, int a, int b) {
            Set<String> merged = new java.util.HashSet<>(byRoot.get(uf.find(a)));
            merged.addAll(byRoot.get(uf.find(b)));
            uf.union(a, b);
            byRoot.put(uf.find(a), merged);
        }
    }

    private static String sortKey(List<Item> cluster) {
        String date = cluster.stream().map(Item::date).flatMap(Optional::stream).min(LocalDate::compareTo)
                .map(LocalDate::toString).orElse("9999");
        String mention = cluster.stream().map(Item::mention).min(String::compareTo).orElse("");
        return date + "|" + mention;
    }

    private ResolvedNegotiation build(List<Item> members) {
        Map<LocalDate, Integer> dates = new TreeMap<>();
        Map<LocalDate, Integer> dateDetail = new TreeMap<>();
        Map<String, Integer> parties = new LinkedHashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        Set<String> mediators = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        TreeSet<Integer> rounds = new TreeSet<>();
        TreeSet<String> levels = new TreeSet<>();
        Map<String, Integer> formats = new TreeMap<>();
        List<String> outcomeTexts = new ArrayList<>();
        String outcome = null;
        NegotiationStatus status = NegotiationStatus.PROPOSED;
        List<MentionRef> mentions = new ArrayList<>();
        double confidence = 0;
        for (Item m : members) {
            NegotiationCandidate c = m.candidate();
            c.startDate().ifPresent(d -> dates.merge(d, 1, Integer::sum));
            c.startDate().ifPresent(d -> dateDetail.merge(d, m.parties().size() + m.places().size(), Integer::sum));
            m.parties().forEach(p -> parties.merge(p, 1, Integer::sum));
            m.places().forEach(p -> places.merge(p, 1, Integer::sum));
            c.mediators().forEach(id -> ctx.actor(m.article(), id).map(ctx::party).ifPresent(mediators::add));
            c.hosts().forEach(id -> ctx.actor(m.article(), id).map(ctx::party).ifPresent(hosts::add));
            c.round().ifPresent(rounds::add);
            c.level().ifPresent(levels::add);
            c.format().ifPresent(f -> formats.merge(f, 1, Integer::sum));
            if (c.outcome().isPresent() && (outcome == null || rank(c.outcome().get()) > rank(outcome))) {
                outcome = c.outcome().get();
            }
            c.outcomeText().filter(t -> !outcomeTexts.contains(t)).ifPresent(outcomeTexts::add);
            status = stronger(status, c.status());
            mentions.add(new MentionRef(m.mention(), m.article().iri()));
            confidence = Math.max(confidence, c.provenance().confidence());
        }
        Optional<LocalDate> date = mostSupported(dates, dateDetail);
        List<String> partyList = byFrequency(parties);
        List<String> placeList = byFrequency(places);
        Optional<String> format = formats.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        String month = members.stream().map(Item::month).filter(m -> !m.equals(NO_MONTH)).min(String::compareTo)
                .map(m -> m + "-undated").orElse(NO_MONTH);
        String name = name(date.map(LocalDate::toString).orElse(month), partyList, placeList);
        String iri = mint(name);
        for (Item m : members) {
            canonicalOfMention.put(m.mention(), iri);
            nameOfMention.put(m.mention(), name);
        }
        String label = label(date, partyList, placeList, rounds, status, format);
        return new ResolvedNegotiation(iri, label, date, Optional.empty(), placeList, partyList, List.copyOf(mediators),
                List.copyOf(hosts), rounds, status, format, levels, Optional.ofNullable(outcome), outcomeTexts, mentions,
                confidence);
    }

    /**
     * What a meeting's IRI is minted from: its day (or, for one without, its month), its parties'
     * names and the place most of its mentions give. With the place, meetings of the same parties on
     * the same day in two cities get names of their own, not numbers that only all of them together
     * could assign.
     */
    private String name(String when, List<String> parties, List<String> places) {
        List<String> names = parties.stream().map(p -> Iris.slug(ctx.label(p))).sorted().toList();
        String where = places.isEmpty() ? "" : "-" + Iris.slug(ctx.label(places.get(0)));
        return Iris.slug(when + "-" + String.join("-", names) + where);
    }

    /** The name, numbered from 2 when meetings met earlier (in the order of their day and first mention) have it. */
    private String mint(String slug) {
        String candidate = slug;
        for (int n = 2; !usedIris.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return ctx.iris.resource("negotiation", candidate);
    }

    private String label(Optional<LocalDate> date, List<String> parties, List<String> places, TreeSet<Integer> rounds,
                         NegotiationStatus status, Optional<String> format) {
        List<String> names = parties.stream().map(ctx::label).sorted().toList();
        String who = String.join("–", names);
        String what = format.filter("phone"::equals).map(f -> "phone call")
                .or(() -> format.filter("video"::equals).map(f -> "video call")).orElse("talks");
        StringBuilder label = new StringBuilder();
        if (status == NegotiationStatus.PLANNED || status == NegotiationStatus.PROPOSED || status == NegotiationStatus.CANCELLED) {
            String s = status.conceptId();
            label.append(Character.toUpperCase(s.charAt(0))).append(s.substring(1)).append(' ');
        }
        if (rounds.size() == 1 && rounds.first() <= ORDINALS.size() && what.equals("talks")) {
            String ordinal = ORDINALS.get(rounds.first() - 1);
            label.append(label.isEmpty() ? ordinal : ordinal.toLowerCase(Locale.ROOT)).append(" round of ");
        }
        label.append(who).append(' ').append(what);
        if (!places.isEmpty()) {
            label.append(" in ").append(ctx.label(places.get(0)));
        }
        date.ifPresent(d -> label.append(", ").append(d));
        return label.toString();
    }

    private static NegotiationStatus stronger(NegotiationStatus a, NegotiationStatus b) {
        return order(b) > order(a) ? b : a;
    }

    private static int order(NegotiationStatus s) {
        return switch (s) {
            case PROPOSED -> 0;
            case CANCELLED -> 1;
            case PLANNED -> 2;
            case HELD -> 3;
        };
    }

    private static int rank(String outcome) {
        return switch (outcome) {
            case "agreement" -> 3;
            case "partial-agreement" -> 2;
            default -> 1;
        };
    }

    /**
     * The day most mentions give; on a tie, the day of the mentions that say more about the meeting
     * (parties and places), then the earliest.
     */
    private static Optional<LocalDate> mostSupported(Map<LocalDate, Integer> counts, Map<LocalDate, Integer> detail) {
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && detail.get(e.getKey()) > detail.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most frequent key; on a tie, the smallest (the earliest date, the first IRI). */
    static <T extends Comparable<? super T>> Optional<T> mostCommon(Map<T, Integer> counts) {
        T best = null;
        int bestCount = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> byFrequency(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(Comparator.comparingInt((String k) -> -counts.get(k)));
        return out;
    }
}
