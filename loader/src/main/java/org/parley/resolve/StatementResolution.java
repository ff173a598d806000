package org.parley.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.extract.StatementCandidate;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * One statement reported by several outlets is one Statement: same speaker, same kind (quoted or
 * reported), dates at most two days apart in one calendar month ({@link ScopedKeys#near}), and
 * wordings that are the same quotation.
 */
final class StatementResolution {
    private static final int MAX_DAYS_APART = 2;

    private final Context ctx;
    private final Map<String, String> canonicalOfMention = new HashMap<>();

    StatementResolution(Context ctx) {
        this.ctx = ctx;
    }

    Map<String, String> canonicalOfMention() {
        return canonicalOfMention;
    }

    /** A statement of a group, with its wording's words: a group compares every pair of its statements. */
    record Item(StoredArticle article, StatementCandidate candidate, String speaker, Texts.Wording wording) {
        Item(StoredArticle article, StatementCandidate candidate, String speaker) {
            this(article, candidate, speaker, Texts.Wording.of(candidate.text()));
        }

        String mention() {
            return Iris.mention(article.iri(), candidate.id());
        }
    }

    List<ResolvedStatement> resolve(Map<String, String> negotiationOfMention) {
        Map<String, List<Item>> bySpeaker = new TreeMap<>();
        for (StoredArticle a : ctx.articles) {
            for (StatementCandidate s : a.extraction().statements()) {
                ctx.actor(a, s.speaker()).ifPresent(speaker -> bySpeaker
                        .computeIfAbsent(group(speaker, s), k -> new ArrayList<>()).add(new Item(a, s, speaker)));
            }
        }
        List<ResolvedStatement> out = new ArrayList<>();
        for (List<Item> items : bySpeaker.values()) {
            UnionFind uf = new UnionFind(items.size());
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (same(items.get(i), items.get(j))) {
                        uf.union(i, j);
                    }
                }
            }
            for (List<Integer> group : uf.groups()) {
                List<Item> members = group.stream().map(items::get).toList();
                out.add(build(members, negotiationOfMention));
            }
        }
        return out;
    }

    /**
     * The blocking keys of a statement: statements that may be one share a speaker and a kind (quoted
     * or reported) and were made at most {@value #MAX_DAYS_APART} days apart in one month ({@link ScopedKeys}).
     */
    Set<String> blockKeys(StoredArticle a, StatementCandidate s) {
        return ctx.actor(a, s.speaker()).map(speaker -> ScopedKeys.of(group(speaker, s), s.date(), MAX_DAYS_APART))
                .orElse(Set.of());
    }

    /** The statements that may be one share a speaker and a kind: they are compared within the group. */
    private static String group(String speaker, StatementCandidate s) {
        return "statement|" + speaker + "|" + s.direct();
    }

    private static boolean same(Item a, Item b) {
        Optional<LocalDate> da = a.candidate().date();
        Optional<LocalDate> db = b.candidate().date();
        if (da.isPresent() && db.isPresent() && !ScopedKeys.near(da.get(), db.get(), MAX_DAYS_APART)) {
            return false;
        }
        return Texts.sameQuotation(a.wording(), b.wording());
    }

    private ResolvedStatement build(List<Item> members, Map<String, String> negotiationOfMention) {
        Item first = members.get(0);
        String iri = ctx.iris.resource("statement",
                Hashes.short16(first.speaker() + "|" + String.join(" ", first.wording().words()) + "|"
                        + first.candidate().date().map(LocalDate::toString).orElse("")));
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        TreeSet<String> terms = new TreeSet<>();
        List<MentionRef> mentions = new ArrayList<>();
        Map<LocalDate, Integer> dates = new TreeMap<>();
        Optional<String> channel = Optional.empty();
        Optional<String> medium = Optional.empty();
        Optional<String> negotiation = Optional.empty();
        double confidence = 0;
        for (Item m : members) {
            StatementCandidate c = m.candidate();
            texts.add(c.text());
            terms.addAll(c.terms());
            mentions.add(new MentionRef(m.mention(), m.article().iri()));
            c.date().ifPresent(d -> dates.merge(d, 1, Integer::sum));
            if (channel.isEmpty()) {
                channel = c.channel();
            }
            if (medium.isEmpty()) {
                medium = c.medium().flatMap(id -> ctx.actor(m.article(), id));
            }
            if (negotiation.isEmpty()) {
                negotiation = c.negotiation().map(id -> negotiationOfMention.get(Iris.mention(m.article().iri(), id)));
            }
            confidence = Math.max(confidence, c.provenance().confidence());
            canonicalOfMention.put(m.mention(), iri);
        }
        Optional<LocalDate> date = NegotiationResolution.mostCommon(dates);
        return new ResolvedStatement(iri, first.speaker(), List.copyOf(texts), first.candidate().direct(), date, channel,
                medium, negotiation, terms, mentions, confidence);
    }
}
