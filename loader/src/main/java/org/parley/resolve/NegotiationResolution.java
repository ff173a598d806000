package org.parley.resolve;

import java.time.LocalDate;
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
 */
final class NegotiationResolution {
    private static final int MAX_DAYS_APART = 1;
    private static final List<String> ORDINALS = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth");

    private final Context ctx;
    private final Map<String, String> canonicalOfMention = new HashMap<>();
    private final Set<String> usedIris = new java.util.HashSet<>();

    NegotiationResolution(Context ctx) {
        this.ctx = ctx;
    }

    Map<String, String> canonicalOfMention() {
        return canonicalOfMention;
    }

    record Item(StoredArticle article, NegotiationCandidate candidate, Set<String> parties, Set<String> places,
                Set<String> countries) {
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
        UnionFind uf = new UnionFind(items.size());
        // Dated mentions by date, so that each is compared only with those in the window around it.
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).date().isPresent()) {
                dated.add(i);
            }
        }
        dated.sort(Comparator.comparing((Integer i) -> items.get(i).date().get()).thenComparingInt(i -> i));
        for (int a = 0; a < dated.size(); a++) {
            Item x = items.get(dated.get(a));
            for (int b = a + 1; b < dated.size(); b++) {
                Item y = items.get(dated.get(b));
                if (ChronoUnit.DAYS.between(x.date().get(), y.date().get()) > MAX_DAYS_APART) {
                    break;
                }
                if (compatible(x, y)) {
                    uf.union(dated.get(a), dated.get(b));
                }
            }
        }
        // Undated mentions join the one dated meeting they fit, if exactly one; else they merge among themselves.
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).date().isPresent()) {
                continue;
            }
            Set<Integer> roots = new TreeSet<>();
            for (int j = 0; j < items.size(); j++) {
                if (items.get(j).date().isPresent() && compatible(items.get(i), items.get(j))) {
                    roots.add(uf.find(j));
                }
            }
            if (roots.size() == 1) {
                uf.union(i, roots.iterator().next());
            }
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item x = items.get(i);
                Item y = items.get(j);
                if (x.date().isEmpty() && y.date().isEmpty() && uf.find(i) == i && uf.find(j) == j
                        && x.parties().equals(y.parties()) && compatible(x, y)) {
                    uf.union(i, j);
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

    /** A mention with its parties and places resolved; empty when it has fewer than two parties. */
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
        return parties.size() >= 2 ? Optional.of(new Item(a, n, parties, places, countries)) : Optional.empty();
    }

    /**
     * The blocks of a mention: one per pair of its parties. Mentions that may merge share two
     * parties, so they share a block; the date window is checked inside the block.
     */
    Set<String> blockKeys(StoredArticle a, NegotiationCandidate n) {
        Set<String> keys = new TreeSet<>();
        item(a, n).ifPresent(item -> {
            List<String> parties = new ArrayList<>(new TreeSet<>(item.parties()));
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    keys.add("negotiation|" + parties.get(i) + "|" + parties.get(j));
                }
            }
        });
        return keys;
    }

    private static boolean compatible(Item x, Item y) {
        if (!x.group().equals(y.group())) {
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
        int sharedParties = 0;
        for (String p : x.parties()) {
            if (y.parties().contains(p) && ++sharedParties >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String sortKey(List<Item> cluster) {
        String date = cluster.stream().map(Item::date).flatMap(Optional::stream).min(LocalDate::compareTo)
                .map(LocalDate::toString).orElse("9999");
        String mention = cluster.stream().map(Item::mention).min(String::compareTo).orElse("");
        return date + "|" + mention;
    }

    private ResolvedNegotiation build(List<Item> members) {
        Map<LocalDate, Integer> dates = new TreeMap<>();
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
        Optional<LocalDate> date = mostCommon(dates);
        List<String> partyList = byFrequency(parties);
        List<String> placeList = byFrequency(places);
        Optional<String> format = formats.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        String iri = mint(date, partyList);
        for (Item m : members) {
            canonicalOfMention.put(m.mention(), iri);
        }
        String label = label(date, partyList, placeList, rounds, status, format);
        return new ResolvedNegotiation(iri, label, date, Optional.empty(), placeList, partyList, List.copyOf(mediators),
                List.copyOf(hosts), rounds, status, format, levels, Optional.ofNullable(outcome), outcomeTexts, mentions,
                confidence);
    }

    private String mint(Optional<LocalDate> date, List<String> parties) {
        List<String> names = parties.stream().map(p -> Iris.slug(ctx.label(p))).sorted().toList();
        String base = date.map(LocalDate::toString).orElse("undated") + "-" + String.join("-", names);
        String slug = Iris.slug(base);
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
