package org.parley.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.extract.DelegationCandidate;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/** One delegation per negotiation and party, with every member any article names. */
final class DelegationResolution {
    private final Context ctx;

    DelegationResolution(Context ctx) {
        this.ctx = ctx;
    }

    List<ResolvedDelegation> resolve(Map<String, String> negotiationOfMention) {
        Map<String, List<Item>> byKey = new TreeMap<>();
        for (StoredArticle a : ctx.articles) {
            for (DelegationCandidate d : a.extraction().delegations()) {
                String negotiation = negotiationOfMention.get(Iris.mention(a.iri(), d.negotiation()));
                Optional<String> party = ctx.actor(a, d.party()).map(ctx::party);
                if (negotiation == null || party.isEmpty()) {
                    continue;
                }
                byKey.computeIfAbsent(negotiation + "|" + party.get(), k -> new ArrayList<>())
                        .add(new Item(a, d, negotiation, party.get()));
            }
        }
        List<ResolvedDelegation> out = new ArrayList<>();
        for (List<Item> items : byKey.values()) {
            Item first = items.get(0);
            String negotiationSlug = first.negotiation().substring(first.negotiation().lastIndexOf('/') + 1);
            String iri = ctx.iris.resource("delegation", negotiationSlug + "--" + Iris.slug(ctx.label(first.party())));
            LinkedHashSet<String> members = new LinkedHashSet<>();
            Map<String, Integer> heads = new TreeMap<>();
            Optional<Integer> size = Optional.empty();
            List<MentionRef> mentions = new ArrayList<>();
            double confidence = 0;
            for (Item i : items) {
                DelegationCandidate d = i.candidate();
                d.members().forEach(id -> ctx.actor(i.article(), id).ifPresent(members::add));
                d.head().flatMap(id -> ctx.actor(i.article(), id)).ifPresent(h -> heads.merge(h, 1, Integer::sum));
                if (d.size().isPresent() && (size.isEmpty() || d.size().get() > size.get())) {
                    size = d.size();
                }
                mentions.add(new MentionRef(Iris.mention(i.article().iri(), d.id()), i.article().iri()));
                confidence = Math.max(confidence, d.provenance().confidence());
            }
            Optional<String> head = NegotiationResolution.mostCommon(heads);
            head.ifPresent(members::add);
            out.add(new ResolvedDelegation(iri, first.negotiation(), first.party(), head, List.copyOf(members), size,
                    mentions, confidence));
        }
        return out;
    }

    /** One delegation per negotiation and party: that pair is the block. */
    Optional<String> blockKey(StoredArticle a, DelegationCandidate d, Map<String, String> negotiationOfMention) {
        String negotiation = negotiationOfMention.get(Iris.mention(a.iri(), d.negotiation()));
        Optional<String> party = ctx.actor(a, d.party()).map(ctx::party);
        return negotiation == null || party.isEmpty() ? Optional.empty()
                : Optional.of("delegation|" + negotiation + "|" + party.get());
    }

    private record Item(StoredArticle article, DelegationCandidate candidate, String negotiation, String party) {}
}
