package org.parley.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.extract.DemandCandidate;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * The same demand reported by several articles is one Demand: a demand is one actor's demand at one
 * time, so only reports of the same demander (the person or body, not their side) on the same topic
 * made within {@value #MAX_DAYS_APART} days of each other, in one calendar month, are merged ({@link #sameDemand}). A
 * minister's proposal and another official's are two demands; a position repeated weeks apart is
 * two demands, each a fact of its own time.
 */
final class DemandResolution {
    private static final int MAX_DAYS_APART = 3;

    private final Context ctx;

    DemandResolution(Context ctx) {
        this.ctx = ctx;
    }

    List<ResolvedDemand> resolve(Map<String, String> statementOfMention, Map<String, String> negotiationOfMention) {
        Map<String, List<Item>> byKey = new TreeMap<>();
        for (StoredArticle a : ctx.articles) {
            for (DemandCandidate d : a.extraction().demands()) {
                Optional<String> demander = ctx.actor(a, d.demander());
                if (demander.isEmpty()) {
                    continue;
                }
                Optional<String> addressee = d.addressee().flatMap(id -> ctx.actor(a, id)).map(ctx::party);
                String key = group(demander.get(), d.topic());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(a, d, demander.get(), addressee));
            }
        }
        List<ResolvedDemand> out = new ArrayList<>();
        for (Map.Entry<String, List<Item>> e : byKey.entrySet()) {
            List<Item> items = e.getValue();
            UnionFind uf = new UnionFind(items.size());
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (sameDemand(items.get(i), items.get(j))) {
                        uf.union(i, j);
                    }
                }
            }
            for (List<Integer> g : uf.groups()) {
                out.add(build(e.getKey(), g.stream().map(items::get).toList(), statementOfMention, negotiationOfMention));
            }
        }
        return out;
    }

    /**
     * The blocking keys of a demand: demands that may be one share the demander (the person or body
     * itself, not their side) and the topic, the group they are merged within, and were made at
     * most {@value #MAX_DAYS_APART} days apart in one month ({@link ScopedKeys}).
     */
    Set<String> blockKeys(StoredArticle a, DemandCandidate d) {
        return ctx.actor(a, d.demander())
                .map(demander -> ScopedKeys.of("demand|" + group(demander, d.topic()), day(a, d), MAX_DAYS_APART))
                .orElse(Set.of());
    }

    private static String group(String demander, String topic) {
        return demander + "|" + topic;
    }

    /**
     * Two reports, of one demander and one topic (the key), are of the same demand when it was made
     * within {@value #MAX_DAYS_APART} days of each other in one month: on the day of the statement it was made in, else
     * of the article. Without a day on either side they are taken as one.
     */
    private boolean sameDemand(Item x, Item y) {
        Optional<LocalDate> a = day(x);
        Optional<LocalDate> b = day(y);
        return a.isEmpty() || b.isEmpty() || ScopedKeys.near(a.get(), b.get(), MAX_DAYS_APART);
    }

    private Optional<LocalDate> day(Item item) {
        return day(item.article(), item.candidate());
    }

    private Optional<LocalDate> day(StoredArticle a, DemandCandidate d) {
        Optional<LocalDate> said = d.statement().flatMap(id -> a.extraction().statements()
                .stream().filter(st -> st.id().equals(id)).findFirst()).flatMap(st -> st.date());
        return said.or(() -> ctx.published(a));
    }

    private ResolvedDemand build(String key, List<Item> members, Map<String, String> statementOfMention,
                                 Map<String, String> negotiationOfMention) {
        Item first = members.get(0);
        String iri = ctx.iris.resource("demand", Hashes.short16(key + "|"
                + ctx.published(first.article()).map(LocalDate::toString).orElse("") + "|" + first.article().iri()));
        LinkedHashSet<String> demanders = new LinkedHashSet<>();
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        List<MentionRef> mentions = new ArrayList<>();
        Optional<String> condition = Optional.empty();
        Optional<String> statement = Optional.empty();
        Optional<String> negotiation = Optional.empty();
        double confidence = 0;
        for (Item m : members) {
            DemandCandidate d = m.candidate();
            demanders.add(m.demander());
            texts.add(d.text());
            String mention = Iris.mention(m.article().iri(), d.id());
            mentions.add(new MentionRef(mention, m.article().iri()));
            if (condition.isEmpty()) {
                condition = d.condition();
            }
            if (statement.isEmpty()) {
                statement = d.statement().map(id -> statementOfMention.get(Iris.mention(m.article().iri(), id)));
            }
            if (negotiation.isEmpty()) {
                negotiation = d.negotiation().map(id -> negotiationOfMention.get(Iris.mention(m.article().iri(), id)));
            }
            confidence = Math.max(confidence, d.provenance().confidence());
        }
        Optional<String> addressee = members.stream().map(Item::addressee).flatMap(Optional::stream).findFirst();
        return new ResolvedDemand(iri, List.copyOf(demanders), addressee, first.candidate().topic(),
                List.copyOf(texts), condition, statement, negotiation, mentions, confidence);
    }

    private record Item(StoredArticle article, DemandCandidate candidate, String demander, Optional<String> addressee) {}
}
