package org.parley.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ActorKind;
import org.parley.extract.Names;
import org.parley.rdf.Hashes;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * Resolves actors across articles. Countries, organisations and places from Parley's lists are
 * already identified by key. Named people are clustered by surname folded across spellings
 * ("Kovalskyy", "Kovalsky", "Kovalskiy") and compatible given names ("Sergei"/"Sergey"); a
 * surname-only mention joins the one person of that surname, or the one with its affiliation.
 * People known only by role stay apart: "the official" in two articles is rarely the same person.
 */
final class ActorResolution {
    private final Iris iris;
    private final Map<String, String> canonicalOfMention = new HashMap<>();
    private final Map<String, Builder> byIri = new TreeMap<>();

    ActorResolution(Iris iris) {
        this.iris = iris;
    }

    /** Actor mention IRI to canonical actor IRI. */
    Map<String, String> canonicalOfMention() {
        return canonicalOfMention;
    }

    Optional<ResolvedActor> actor(String iri) {
        Builder b = byIri.get(iri);
        return b == null ? Optional.empty() : Optional.of(b.build());
    }

    List<ResolvedActor> resolve(List<StoredArticle> articles) {
        List<Occurrence> people = new ArrayList<>();
        for (StoredArticle a : articles) {
            for (ActorCandidate c : a.extraction().actors()) {
                Occurrence o = new Occurrence(a, c);
                fixedIri(iris, a, c).ifPresentOrElse(iri -> assign(o, iri), () -> people.add(o));
            }
        }
        for (List<Occurrence> cluster : clusterPeople(people)) {
            String label = preferredName(cluster);
            String iri = iris.resource("person", uniqueSlug(Iris.slug(label)));
            for (Occurrence o : cluster) {
                assign(o, iri);
            }
        }
        // Affiliations refer to mentions; now every mention has its canonical actor.
        for (Builder b : byIri.values()) {
            b.resolveAffiliation(canonicalOfMention);
        }
        return byIri.values().stream().map(Builder::build).toList();
    }

    /**
     * The IRI of an actor that is never clustered: one from Parley's lists (by key), an
     * organisation or place by its name, a person or body known only by role or what it is (by the
     * mention itself).
     * Empty for a named person, whose IRI comes from clustering.
     */
    static Optional<String> fixedIri(Iris iris, StoredArticle a, ActorCandidate c) {
        if (c.key().isPresent()) {
            return Optional.of(iris.forKey(c.key().get()));
        } else if (c.kind() == ActorKind.PERSON && c.named()) {
            return Optional.empty();
        } else if (c.kind() == ActorKind.PERSON) {
            return Optional.of(iris.resource("person", "unnamed-" + Hashes.short16(Iris.mention(a.iri(), c.id()))));
        } else if (!c.named()) {
            // A body known only by what it is ("the joint declaration"): one per article, never merged by label.
            return Optional.of(iris.resource("organization", "unnamed-" + Hashes.short16(Iris.mention(a.iri(), c.id()))));
        }
        String kind = c.kind() == ActorKind.PLACE ? "place" : "organization";
        return Optional.of(iris.resource(kind, Iris.slug(c.name())));
    }

    /** The block of an actor mention: named people by folded surname, everyone else by their fixed IRI. */
    static String blockKey(Iris iris, StoredArticle a, ActorCandidate c) {
        return fixedIri(iris, a, c).map(iri -> "actor|" + iri)
                .orElseGet(() -> "person|" + Names.surnameKey(c.name()));
    }

    /**
     * The keys an actor mention is indexed under: its block, and for a person named in full the
     * exact name too, to find the person that name already denotes without reading the block.
     */
    static Set<String> blockKeys(Iris iris, StoredArticle a, ActorCandidate c) {
        String block = blockKey(iris, a, c);
        return nameKey(c).map(k -> Set.of(block, k)).orElse(Set.of(block));
    }

    /**
     * The key of a named person's exact name, when it has given names as well as a surname: only
     * people who are clustered (no {@link #fixedIri}) have one.
     */
    static Optional<String> nameKey(ActorCandidate c) {
        if (c.kind() != ActorKind.PERSON || !c.named() || c.key().isPresent() || Names.words(c.name()).size() < 2) {
            return Optional.empty();
        }
        return Optional.of("person|" + Names.surnameKey(c.name()) + "|named|" + c.name());
    }

    private void assign(Occurrence o, String iri) {
        canonicalOfMention.put(o.mention(), iri);
        byIri.computeIfAbsent(iri, Builder::new).add(o);
    }

    private String uniqueSlug(String slug) {
        String candidate = slug;
        for (int n = 2; byIri.containsKey(iris.resource("person", candidate)); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    /** Clusters of the same person, in a deterministic order. */
    static List<List<Occurrence>> clusterPeople(List<Occurrence> people) {
        Map<String, List<Occurrence>> bySurname = new TreeMap<>();
        for (Occurrence o : people) {
            bySurname.computeIfAbsent(Names.surnameKey(o.candidate().name()), k -> new ArrayList<>()).add(o);
        }
        List<List<Occurrence>> out = new ArrayList<>();
        for (List<Occurrence> group : bySurname.values()) {
            List<Occurrence> full = group.stream().filter(o -> Names.words(o.candidate().name()).size() > 1).toList();
            List<Occurrence> bare = group.stream().filter(o -> Names.words(o.candidate().name()).size() <= 1).toList();
            // Compatibility depends on the name alone: compare each distinct spelling once, not every mention.
            Map<String, List<Integer>> byName = new LinkedHashMap<>();
            for (int i = 0; i < full.size(); i++) {
                byName.computeIfAbsent(full.get(i).candidate().name(), k -> new ArrayList<>()).add(i);
            }
            List<String> names = new ArrayList<>(byName.keySet());
            UnionFind uf = new UnionFind(names.size());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (Names.compatible(names.get(i), names.get(j))) {
                        uf.union(i, j);
                    }
                }
            }
            List<List<Occurrence>> clusters = new ArrayList<>();
            for (List<Integer> g : uf.groups()) {
                List<Integer> members = new ArrayList<>();
                g.forEach(n -> members.addAll(byName.get(names.get(n))));
                members.sort(Integer::compare);
                List<Occurrence> c = new ArrayList<>();
                members.forEach(i -> c.add(full.get(i)));
                clusters.add(c);
            }
            List<Occurrence> unplaced = new ArrayList<>();
            for (Occurrence o : bare) {
                Optional<List<Occurrence>> home = clusters.size() == 1 ? Optional.of(clusters.get(0))
                        : byAffiliation(clusters, o);
                home.ifPresentOrElse(c -> c.add(o), () -> unplaced.add(o));
            }
            if (!unplaced.isEmpty()) {
                clusters.add(unplaced);
            }
            out.addAll(clusters);
        }
        return out;
    }

    private static Optional<List<Occurrence>> byAffiliation(List<List<Occurrence>> clusters, Occurrence o) {
        Optional<String> key = o.affiliationKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<List<Occurrence>> matching = clusters.stream()
                .filter(c -> c.stream().anyMatch(x -> x.affiliationKey().equals(key))).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** The name most articles use, the fullest on a tie, then the first alphabetically. */
    static String preferredName(List<Occurrence> cluster) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Occurrence o : cluster) {
            counts.merge(Names.clean(o.candidate().name()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> Names.words(e.getKey()).size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("unknown");
    }

    /** One actor candidate of one article. */
    record Occurrence(StoredArticle article, ActorCandidate candidate) {
        String mention() {
            return Iris.mention(article.iri(), candidate.id());
        }

        /** The lexicon key of this person's affiliation, if the article gave one. */
        Optional<String> affiliationKey() {
            return candidate.affiliation().flatMap(id -> article.extraction().actor(id)).flatMap(ActorCandidate::key);
        }
    }

    /**
     * An actor never clustered (see {@link #fixedIri}), or a person whose exact name articles
     * already gave, with more mentions, computed from what was resolved before and the new mentions
     * alone, as {@link Builder#build} would from all of them: names, roles and mentions add up,
     * confidence is the highest, the label is the first mention's name (in article order; a
     * person's, the name most mentions use), and the affiliation the most common one. Empty when the
     * new mentions could change which affiliation is the most common (they vote for another than the
     * stored one), or a person's label or affiliation: then only the whole block can tell.
     *
     * @param added each new mention with the IRI of the actor it is affiliated with, if any
     */
    static Optional<ResolvedActor> withMoreMentions(Iris iris, ResolvedActor stored, List<Occurrence> added,
                                                    Map<Occurrence, Optional<String>> affiliationOf) {
        return combined(iris, stored, added, affiliationOf, true);
    }

    /**
     * As {@link #withMoreMentions}, for new mentions that all use the actor's label, from the actor
     * as stored without its mentions: the result holds the new mentions only
     * ({@link ResolutionChange#extended}), so that nothing reads or writes the thousands it has.
     */
    static Optional<ResolvedActor> extendedWith(Iris iris, ResolvedActor withoutMentions, List<Occurrence> added,
                                                Map<Occurrence, Optional<String>> affiliationOf) {
        boolean person = withoutMentions.kind() == ActorKind.PERSON && withoutMentions.named();
        if (added.stream().anyMatch(o -> !(person ? Names.clean(o.candidate().name()) : o.candidate().name())
                .equals(withoutMentions.label()))) {
            return Optional.empty();
        }
        return combined(iris, withoutMentions, added, affiliationOf, false);
    }

    private static Optional<ResolvedActor> combined(Iris iris, ResolvedActor stored, List<Occurrence> added,
                                                    Map<Occurrence, Optional<String>> affiliationOf, boolean whole) {
        Set<String> votes = new TreeSet<>();
        for (Occurrence o : added) {
            affiliationOf.get(o).filter(t -> !t.equals(stored.iri())).ifPresent(votes::add);
        }
        if (votes.size() > 1 || votes.size() == 1 && stored.affiliation().isPresent()
                && !stored.affiliation().get().equals(votes.iterator().next())) {
            return Optional.empty();
        }
        boolean person = stored.kind() == ActorKind.PERSON && stored.named();
        // A person's label is the name most mentions use, and an affiliation decides where a mention by
        // surname alone goes: only mentions that add to the leading name and to the affiliation already
        // held leave both as they are.
        if (person && (added.stream().anyMatch(o -> !Names.clean(o.candidate().name()).equals(stored.label()))
                || !votes.isEmpty() && stored.affiliation().isEmpty())) {
            return Optional.empty();
        }
        Optional<String> affiliation = stored.affiliation().or(() -> votes.stream().findFirst());
        Comparator<MentionRef> order = Comparator.comparing(MentionRef::article)
                .thenComparingInt(m -> localNumber(m.mention()));
        String label = stored.label();
        if (whole && !person) {
            // The label is the first mention's name: a new mention earlier in article order brings its own.
            MentionRef firstStored = stored.mentions().stream().min(order).orElseThrow();
            Occurrence firstAdded = added.stream().min(Comparator.comparing((Occurrence o) -> o.article().iri())
                    .thenComparingInt(o -> localNumber(o.mention()))).orElseThrow();
            if (order.compare(new MentionRef(firstAdded.mention(), firstAdded.article().iri()), firstStored) < 0) {
                label = firstAdded.candidate().name();
            }
        }
        TreeSet<String> alt = new TreeSet<>(stored.altLabels());
        alt.add(stored.label());
        TreeSet<String> roles = new TreeSet<>(stored.roles());
        List<MentionRef> mentions = new ArrayList<>(stored.mentions());
        double confidence = stored.confidence();
        for (Occurrence o : added) {
            alt.add(person ? Names.clean(o.candidate().name()) : o.candidate().name());
            o.candidate().aliases().forEach(x -> alt.add(person ? Names.clean(x) : x));
            o.candidate().role().ifPresent(roles::add);
            mentions.add(new MentionRef(o.mention(), o.article().iri()));
            confidence = Math.max(confidence, o.candidate().provenance().confidence());
        }
        alt.remove(label);
        alt.removeIf(String::isBlank);
        Optional<String> countryCode = stored.countryCode();
        if (countryCode.isEmpty() && stored.kind() == ActorKind.PLACE) {
            countryCode = affiliation.filter(a -> a.startsWith(iris.resource("country", "")))
                    .map(a -> a.substring(a.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT));
        }
        mentions.sort(order);
        return Optional.of(new ResolvedActor(stored.iri(), stored.kind(), label, alt, roles, affiliation, countryCode,
                stored.named(), mentions, confidence));
    }

    private static int localNumber(String mention) {
        String digits = mention.substring(mention.indexOf('#') + 1).replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** Gathers what the mentions of one actor say. */
    private final class Builder {
        private final String iri;
        private final List<Occurrence> occurrences = new ArrayList<>();
        private final Map<String, Integer> affiliations = new LinkedHashMap<>();

        Builder(String iri) {
            this.iri = iri;
        }

        void add(Occurrence o) {
            occurrences.add(o);
        }

        void resolveAffiliation(Map<String, String> canonical) {
            for (Occurrence o : occurrences) {
                o.candidate().affiliation().ifPresent(id -> {
                    String target = canonical.get(Iris.mention(o.article().iri(), id));
                    if (target != null && !target.equals(iri)) {
                        affiliations.merge(target, 1, Integer::sum);
                    }
                });
            }
        }

        ResolvedActor build() {
            ActorCandidate first = occurrences.get(0).candidate();
            ActorKind kind = first.kind();
            String label = kind == ActorKind.PERSON && first.named() ? preferredName(occurrences) : first.name();
            TreeSet<String> alt = new TreeSet<>();
            TreeSet<String> roles = new TreeSet<>();
            List<MentionRef> mentions = new ArrayList<>();
            double confidence = 0;
            for (Occurrence o : occurrences) {
                alt.add(kind == ActorKind.PERSON ? Names.clean(o.candidate().name()) : o.candidate().name());
                for (String a : o.candidate().aliases()) {
                    alt.add(kind == ActorKind.PERSON ? Names.clean(a) : a);
                }
                o.candidate().role().ifPresent(roles::add);
                mentions.add(new MentionRef(o.mention(), o.article().iri()));
                confidence = Math.max(confidence, o.candidate().provenance().confidence());
            }
            alt.remove(label);
            alt.removeIf(String::isBlank);
            Optional<String> affiliation = affiliations.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey);
            Optional<String> countryCode = first.key().filter(k -> k.startsWith("country:")).map(k -> k.substring(8));
            if (countryCode.isEmpty() && kind == ActorKind.PLACE) {
                countryCode = affiliation.filter(a -> a.startsWith(iris.resource("country", "")))
                        .map(a -> a.substring(a.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT));
            }
            return new ResolvedActor(iri, kind, label, alt, roles, affiliation, countryCode, first.named(), mentions,
                    confidence);
        }
    }
}
