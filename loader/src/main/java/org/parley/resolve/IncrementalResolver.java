package org.parley.resolve;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.extract.ActorCandidate;
import org.parley.extract.ArticleExtraction;
import org.parley.rdf.ArticleGraphReader;
import org.parley.rdf.Iris;
import org.parley.rdf.StoredArticle;

/**
 * Resolves only what new and removed articles touch. Every mention is indexed under blocking keys
 * (a person under the folded surname, a negotiation under each pair of its parties, each of its
 * cities, and the name its meeting's IRI is minted from; a statement under its speaker and day, a
 * delegation under its negotiation and party, a demand under its demander, topic and day); mentions
 * that may be one instance always meet in the blocks their keys {@linkplain ScopedKeys#reach reach}. A
 * run recomputes the whole
 * blocks its mentions fall into, with the same resolution steps as {@link CorpusResolver}, so its
 * result is what resolving every article from scratch would give: it depends only on the set of
 * articles, never on their order or on how they were split into runs.
 *
 * <p>Steps feed each other (a negotiation's parties are resolved actors), so when a block changes
 * which instance a mention denotes, or an actor's label or affiliation, the mentions that refer to
 * it (always in the same article) are resolved again in the steps after.
 */
public final class IncrementalResolver {
    /** Rounds of actor resolution: an affiliation that changes can move the people affiliated with it. */
    private static final int ACTOR_ROUNDS = 3;
    /**
     * Kinds whose instances are the connected components of a relation between two mentions that always
     * share a block (statements, demands): a step reads the blocks of its seeds and the stored instances
     * their components take in, not the blocks of those instances' mentions, whose links are known.
     */
    private static final Set<MentionKind> BY_COMPONENT = EnumSet.of(MentionKind.STATEMENT, MentionKind.DEMAND);

    private final Iris iris;
    private final ResolutionSource source;

    public IncrementalResolver(Iris iris, ResolutionSource source) {
        this.iris = requireNonNull(iris, "iris");
        this.source = requireNonNull(source, "source");
    }

    /**
     * @param addedArticles   articles stored since the last resolution (new, or new versions)
     * @param removedMentions mentions of article versions removed since then
     */
    public ResolutionChange resolve(Collection<String> addedArticles, Collection<String> removedMentions) {
        return new Run(addedArticles, removedMentions).run();
    }

    /** One resolution: what it has found so far, over what the source said at its start. */
    private final class Run {
        private final Set<String> gone;
        private final Map<String, StoredArticle> added = new TreeMap<>();
        private final Map<MentionKind, Set<String>> seeds = new EnumMap<>(MentionKind.class);
        private final Map<MentionKind, Set<String>> goneSeeds = new EnumMap<>(MentionKind.class);
        /** This run's answer for every mention it resolved; "" when it denotes nothing. */
        private final Map<String, String> canonical = new HashMap<>();
        private final Map<String, Optional<String>> storedInstance = new HashMap<>();
        private final Map<String, Optional<ResolvedActor>> storedActor = new HashMap<>();
        private final Map<String, ResolvedActor> actors = new TreeMap<>();
        /** Actors in {@link #actors} with their new mentions only ({@link ResolutionChange#extended}). */
        private final Set<String> extended = new TreeSet<>();
        /**
         * New mentions added to known actors by block key: not in the stored index yet, so a block read
         * whole later in the run takes them from here.
         */
        private final Map<String, Set<String>> addedToKnown = new HashMap<>();
        private final Map<String, ResolvedNegotiation> negotiations = new TreeMap<>();
        private final Map<String, ResolvedStatement> statements = new TreeMap<>();
        private final Map<String, ResolvedDelegation> delegations = new TreeMap<>();
        private final Map<String, ResolvedDemand> demands = new TreeMap<>();
        private final Map<String, Optional<String>> retired = new TreeMap<>();
        private final Map<String, Set<String>> keys = new TreeMap<>();
        /** Instances this run has to write: those its new or changed mentions belong to. */
        private final Set<String> written = new TreeSet<>();
        /** Every instance this run's blocks are made of, written or not. */
        private final Set<String> produced = new TreeSet<>();
        private final Map<String, String> lookup = new Lookup();
        private final Function<String, ResolvedActor> actorLookup = this::actor;
        private final MentionReads reads = new MentionReads();
        private final Map<String, Set<String>> reachOf = new HashMap<>();
        private final Map<String, Set<String>> storedKeys = new HashMap<>();

        Run(Collection<String> addedArticles, Collection<String> removedMentions) {
            for (MentionKind k : MentionKind.values()) {
                seeds.put(k, new TreeSet<>());
                goneSeeds.put(k, new TreeSet<>());
            }
            gone = new TreeSet<>(removedMentions);
            for (String iri : new TreeSet<>(addedArticles)) {
                source.article(iri).ifPresent(a -> {
                    added.put(iri, a);
                    ArticleExtraction x = a.extraction();
                    x.actors().forEach(c -> seed(MentionKind.ACTOR, a, c.id()));
                    x.negotiations().forEach(c -> seed(MentionKind.NEGOTIATION, a, c.id()));
                    x.statements().forEach(c -> seed(MentionKind.STATEMENT, a, c.id()));
                    x.delegations().forEach(c -> seed(MentionKind.DELEGATION, a, c.id()));
                    x.demands().forEach(c -> seed(MentionKind.DEMAND, a, c.id()));
                });
            }
            // A mention removed and stored again (an article whose metadata changed) is not gone.
            seeds.values().forEach(gone::removeAll);
            for (String m : gone) {
                source.blockKeys(m).stream().findFirst().flatMap(MentionKind::ofBlockKey)
                        .ifPresent(k -> goneSeeds.get(k).add(m));
            }
        }

        private void seed(MentionKind kind, StoredArticle a, String localId) {
            seeds.get(kind).add(Iris.mention(a.iri(), localId));
        }

        ResolutionChange run() {
            for (int round = 0; round < ACTOR_ROUNDS && !(seeds.get(MentionKind.ACTOR).isEmpty()
                    && goneSeeds.get(MentionKind.ACTOR).isEmpty()); round++) {
                propagate(step(MentionKind.ACTOR), EnumSet.allOf(MentionKind.class));
                // A new label or affiliation changes an actor's party, which negotiations, delegations and demands use.
                propagate(actorsWithNewAttributes(), EnumSet.of(MentionKind.NEGOTIATION, MentionKind.DELEGATION,
                        MentionKind.DEMAND));
            }
            for (MentionKind kind : List.of(MentionKind.NEGOTIATION, MentionKind.STATEMENT, MentionKind.DELEGATION,
                    MentionKind.DEMAND)) {
                propagate(step(kind), EnumSet.allOf(MentionKind.class));
            }
            retired.keySet().removeAll(produced);
            extended.retainAll(actors.keySet());
            Map<String, Optional<String>> aliases = new TreeMap<>();
            retired.forEach((old, target) -> aliases.put(old, target.map(this::current)));
            return new ResolutionChange(new ResolvedCorpus(List.copyOf(actors.values()), List.copyOf(statements.values()),
                    List.copyOf(demands.values()), List.copyOf(negotiations.values()), List.copyOf(delegations.values())),
                    aliases, keys, extended);
        }

        /** Follows aliases to an IRI that still exists. */
        private String current(String iri) {
            String at = iri;
            for (int i = 0; i < 10 && retired.containsKey(at) && retired.get(at).isPresent(); i++) {
                at = retired.get(at).get();
            }
            return at;
        }

        /**
         * Recomputes the blocks of one kind that this run's mentions of that kind fall into, before
         * and after; returns the mentions whose instance changed.
         */
        private Set<String> step(MentionKind kind) {
            Set<String> present = new TreeSet<>(seeds.get(kind));
            Set<String> removed = new TreeSet<>(goneSeeds.get(kind));
            seeds.get(kind).clear();
            goneSeeds.get(kind).clear();
            if (present.isEmpty() && removed.isEmpty()) {
                return new TreeSet<>();
            }
            Set<String> changed = new TreeSet<>();
            if (kind == MentionKind.ACTOR) {
                changed.addAll(addToKnownActors(present, removed));
            }
            // The mentions whose instances this step recomputes: all it reads, or for kinds whose instances are
            // the connected components of their mentions, the components of the seeds and of what they leave.
            boolean byComponent = BY_COMPONENT.contains(kind);
            Set<String> blocks = new TreeSet<>();
            if (!byComponent) {
                for (String m : union(present, removed)) {
                    storedKeys(m).forEach(k -> blocks.addAll(reach(k)));
                }
            }
            Set<String> focus = new TreeSet<>(present);
            if (byComponent) {
                for (String m : union(present, removed)) {
                    stored(m).ifPresent(instance -> focus.addAll(source.mentionsOf(instance)));
                }
                focus.removeAll(gone);
            }
            Set<String> members = new TreeSet<>(focus);
            Set<String> expanded = new TreeSet<>();
            Set<String> takenWhole = new HashSet<>();
            Map<String, Set<String>> newKeys;
            Map<String, Set<String>> knownKeys = new HashMap<>();
            Resolved resolved;
            // Grow the blocks until no mention in focus reaches a key outside them, and no instance resolved from
            // them has a key outside them (meetings named alike are numbered together); then resolve them.
            while (true) {
                for (String b : blocks) {
                    if (expanded.add(b)) {
                        members.addAll(source.members(b));
                        members.addAll(addedToKnown.getOrDefault(b, Set.of()));
                    }
                }
                members.removeAll(gone);
                if (!byComponent) {
                    focus.addAll(members);
                }
                Map<String, StoredArticle> partial = read(kind, members);
                newKeys = blockKeys(kind, partial, members, knownKeys);
                // Of a component's mentions only the seeds can have links nobody has seen: a stored mention
                // that is not a seed was resolved before with every mention it shares a block with, so its
                // links are to its stored instance (taken whole below) or to seeds (seen from the seed's side).
                Set<String> more = byComponent ? reach(present, newKeys) : reach(focus, newKeys);
                more.removeAll(blocks);
                if (more.isEmpty()) {
                    List<StoredArticle> articles = new ArrayList<>(partial.values());
                    articles.sort(Comparator.comparing(StoredArticle::iri));
                    resolved = resolveBlocks(kind, articles, members);
                    more.addAll(resolved.instanceKeys().values());
                    boolean grew = false;
                    if (byComponent) {
                        // A component is whole once it holds every stored instance one of its mentions denoted.
                        Set<String> grown = withStoredComponents(componentsOf(focus, members, resolved.now()), takenWhole);
                        grown.removeAll(focus);
                        focus.addAll(grown);
                        grew = members.addAll(grown);
                    }
                    more.removeAll(blocks);
                    if (more.isEmpty() && !grew) {
                        break;
                    }
                }
                blocks.addAll(more);
            }
            if (byComponent) {
                members.retainAll(focus);
                resolved = resolved.onlyOf(members);
            }
            resolved.keep();
            Map<String, String> now = resolved.now();
            for (Map.Entry<String, String> e : resolved.instanceKeys().entrySet()) {
                Set<String> all = new TreeSet<>(newKeys.getOrDefault(e.getKey(), Set.of()));
                all.add(e.getValue());
                newKeys.put(e.getKey(), all);
            }

            Set<String> before = new TreeSet<>();
            Set<String> stepChanged = new TreeSet<>();
            for (String m : members) {
                Optional<String> old = stored(m);
                old.ifPresent(before::add);
                String fresh = now.get(m);
                if (!Objects.equals(old.orElse(null), fresh)) {
                    stepChanged.add(m);
                }
                canonical.put(m, fresh == null ? "" : fresh);
            }
            // What the blocks' other mentions say is unchanged, and so are the instances only they make up:
            // write (and re-index) only instances and mentions that this step's new or changed mentions touch.
            Set<String> touched = new TreeSet<>(present);
            touched.addAll(stepChanged);
            for (String m : touched) {
                keys.put(m, newKeys.getOrDefault(m, Set.of()));
                String iri = now.get(m);
                if (iri != null) {
                    written.add(iri);
                }
            }
            // An instance that a mention left (for another, or with its article) is touched too.
            Set<String> left = new TreeSet<>();
            stepChanged.forEach(m -> stored(m).ifPresent(left::add));
            removed.forEach(m -> stored(m).ifPresent(left::add));
            left.retainAll(now.values());
            written.addAll(left);
            produced.addAll(now.values());
            Set<String> untouched = new TreeSet<>(now.values());
            untouched.removeAll(written);
            switch (kind) {
                case ACTOR -> actors.keySet().removeAll(untouched);
                case NEGOTIATION -> negotiations.keySet().removeAll(untouched);
                case STATEMENT -> statements.keySet().removeAll(untouched);
                case DELEGATION -> delegations.keySet().removeAll(untouched);
                case DEMAND -> demands.keySet().removeAll(untouched);
            }
            for (String m : removed) {
                stored(m).ifPresent(before::add);
                keys.put(m, Set.of());
            }
            before.removeAll(now.values());
            for (String old : before) {
                retired.put(old, successor(old, now));
            }
            changed.addAll(stepChanged);
            return changed;
        }

        /**
         * The fast way for the largest blocks: an actor that is never clustered (a country, an
         * organisation, a place), or a person named exactly as articles already named them, that
         * gets only new mentions is the stored actor plus those mentions, without reading the
         * thousands it (or its surname) may have already, as long as they change neither its label
         * nor its affiliation ({@link ActorResolution#withMoreMentions}). Takes the seeds it handles
         * out of {@code present}; returns them (their instance is new to them).
         */
        private Set<String> addToKnownActors(Set<String> present, Set<String> removed) {
            Map<String, List<ActorResolution.Occurrence>> byActor = new TreeMap<>();
            Map<ActorResolution.Occurrence, Optional<String>> affiliationOf = new HashMap<>();
            Map<String, Set<String>> keysOf = new HashMap<>();
            // A block with a mention that cannot go the fast way is resolved whole, with all its new mentions.
            Set<String> wholeBlocks = new TreeSet<>();
            for (String m : present) {
                StoredArticle a = added.get(m.substring(0, m.indexOf('#')));
                Optional<ActorCandidate> c = a == null ? Optional.empty()
                        : a.extraction().actor(m.substring(m.indexOf('#') + 1));
                if (c.isEmpty()) {
                    continue;
                }
                String block = ActorResolution.blockKey(iris, a, c.get());
                Optional<String> iri = ActorResolution.fixedIri(iris, a, c.get()).or(() -> knownPerson(a, c.get()));
                if (iri.isEmpty()) {
                    wholeBlocks.add(block);
                    continue;
                }
                ActorResolution.Occurrence o = new ActorResolution.Occurrence(a, c.get());
                Optional<String> affiliation = Optional.empty();
                if (c.get().affiliation().isPresent()) {
                    Optional<ActorCandidate> target = a.extraction().actor(c.get().affiliation().get());
                    affiliation = target.flatMap(t -> ActorResolution.fixedIri(iris, a, t));
                    if (affiliation.isEmpty()) {
                        wholeBlocks.add(block);
                        continue; // affiliated with someone clustered: the whole block decides
                    }
                }
                affiliationOf.put(o, affiliation);
                keysOf.put(m, ActorResolution.blockKeys(iris, a, c.get()));
                byActor.computeIfAbsent(iri.get(), k -> new ArrayList<>()).add(o);
            }
            Set<String> removedBlocks = new TreeSet<>();
            removed.forEach(m -> removedBlocks.addAll(source.blockKeys(m)));
            Set<String> done = new TreeSet<>();
            for (Map.Entry<String, List<ActorResolution.Occurrence>> e : byActor.entrySet()) {
                ActorResolution.Occurrence first = e.getValue().get(0);
                String key = ActorResolution.blockKey(iris, first.article(), first.candidate());
                if (removedBlocks.contains(key) || wholeBlocks.contains(key) || actors.containsKey(e.getKey())) {
                    continue;
                }
                if (e.getValue().stream().anyMatch(o -> stored(o.mention()).isPresent())) {
                    continue; // mentions it has already: the whole block decides
                }
                // Mentions under its label leave what it says but their own untouched: add them alone.
                Optional<ResolvedActor> now = source.actorWithoutMentions(e.getKey())
                        .flatMap(a -> ActorResolution.extendedWith(iris, a, e.getValue(), affiliationOf));
                if (now.isPresent()) {
                    extended.add(e.getKey());
                } else {
                    Optional<ResolvedActor> stored = source.wholeActor(e.getKey());
                    if (stored.isEmpty() || stored.get().mentions().isEmpty()) {
                        continue;
                    }
                    now = ActorResolution.withMoreMentions(iris, stored.get(), e.getValue(), affiliationOf);
                    if (now.isEmpty()) {
                        continue;
                    }
                }
                actors.put(e.getKey(), now.get());
                written.add(e.getKey());
                produced.add(e.getKey());
                for (ActorResolution.Occurrence o : e.getValue()) {
                    canonical.put(o.mention(), e.getKey());
                    keys.put(o.mention(), keysOf.get(o.mention()));
                    keysOf.get(o.mention()).forEach(k -> addedToKnown.computeIfAbsent(k, x -> new TreeSet<>()).add(o.mention()));
                    done.add(o.mention());
                }
            }
            present.removeAll(done);
            return done;
        }

        /**
         * The stored person a named person's mention joins when articles already gave that exact name:
         * one name is always one cluster, so only what the mention adds can change (checked by
         * {@link ActorResolution#withMoreMentions}).
         */
        private Optional<String> knownPerson(StoredArticle a, ActorCandidate c) {
            Optional<String> nameKey = ActorResolution.nameKey(c);
            if (nameKey.isEmpty()) {
                return Optional.empty();
            }
            return source.anyMember(nameKey.get(), m -> !gone.contains(m) && stored(m).isPresent()).flatMap(this::stored);
        }

        /** The instance that took over most of a retired instance's mentions (the smallest IRI on a tie). */
        private Optional<String> successor(String old, Map<String, String> now) {
            Map<String, Integer> votes = new TreeMap<>();
            for (String m : source.mentionsOf(old)) {
                String target = now.get(m);
                if (target != null) {
                    votes.merge(target, 1, Integer::sum);
                }
            }
            return NegotiationResolution.mostCommon(votes);
        }

        /** The blocks one key reaches: asked again for every mention in focus in every round of a step. */
        private Set<String> reach(String key) {
            return reachOf.computeIfAbsent(key, ScopedKeys::reach);
        }

        /** The blocks that the keys of some mentions reach. */
        private Set<String> reach(Set<String> mentions, Map<String, Set<String>> keysOf) {
            Set<String> out = new TreeSet<>();
            for (String m : mentions) {
                keysOf.getOrDefault(m, Set.of()).forEach(k -> out.addAll(reach(k)));
            }
            return out;
        }

        /**
         * The mentions of a component as far as it has been read, with every mention of the stored
         * instances they denoted: mentions that were one instance before this run stay one with
         * what they gained, unless a mention left, so a chain of them is read in one round instead of
         * growing a few days per round. Should an instance have split, its
         * other part is recomputed whole beside, which is what the focus may always hold.
         */
        private Set<String> withStoredComponents(Set<String> component, Set<String> takenWhole) {
            Set<String> out = new TreeSet<>(component);
            for (String m : component) {
                stored(m).filter(takenWhole::add).ifPresent(instance -> out.addAll(source.mentionsOf(instance)));
            }
            out.removeAll(gone);
            return out;
        }

        private Set<String> storedKeys(String mention) {
            return storedKeys.computeIfAbsent(mention, source::blockKeys);
        }

        /** The mentions among {@code members} that denote an instance some mention of {@code focus} denotes. */
        private static Set<String> componentsOf(Set<String> focus, Set<String> members, Map<String, String> now) {
            Set<String> instances = new TreeSet<>();
            focus.forEach(m -> {
                String iri = now.get(m);
                if (iri != null) {
                    instances.add(iri);
                }
            });
            Set<String> out = new TreeSet<>();
            for (String m : members) {
                String iri = now.get(m);
                if (iri != null && instances.contains(iri)) {
                    out.add(m);
                }
            }
            return out;
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> out = new TreeSet<>(a);
            out.addAll(b);
            return out;
        }

        /**
         * What resolving some blocks gave: mention to instance for the members, the keys of blocks that
         * only the instances tell (a meeting's name), and how to keep the instances once the blocks are
         * final (those of {@link #now}'s mentions only).
         */
        private record Resolved(Map<String, String> now, Map<String, String> instanceKeys, Consumer<Set<String>> keeper) {
            void keep() {
                keeper.accept(new HashSet<>(now.values()));
            }

            /** What these blocks say of some of their mentions: the instances those make up, whole. */
            Resolved onlyOf(Set<String> mentions) {
                Map<String, String> kept = new HashMap<>(now);
                kept.keySet().retainAll(mentions);
                Map<String, String> keys = new HashMap<>(instanceKeys);
                keys.keySet().retainAll(mentions);
                return new Resolved(kept, keys, keeper);
            }
        }

        /** Resolves the articles' mentions of one kind, keeping nothing until {@link Resolved#keep} runs. */
        private Resolved resolveBlocks(MentionKind kind, List<StoredArticle> articles, Set<String> members) {
            BlockResolution.Result r = new BlockResolution(iris, lookup, actorLookup).resolve(kind, articles, members);
            ResolvedCorpus all = r.instances();
            Consumer<Set<String>> keep = kept -> {
                ResolvedCorpus k = BlockResolution.keeping(all, kept);
                k.actors().forEach(a -> {
                    actors.put(a.iri(), a);
                    extended.remove(a.iri()); // resolved whole after all
                });
                k.negotiations().forEach(x -> negotiations.put(x.iri(), x));
                k.statements().forEach(x -> statements.put(x.iri(), x));
                k.delegations().forEach(x -> delegations.put(x.iri(), x));
                k.demands().forEach(x -> demands.put(x.iri(), x));
            };
            return new Resolved(new HashMap<>(r.instanceOf()), new HashMap<>(r.instanceKeys()), keep);
        }

        /**
         * The blocking keys of the members, those of members already asked for in this step taken from
         * {@code known}: they depend only on the mention, its article and the instances earlier steps
         * resolved, none of which changes while a step grows its blocks.
         */
        private Map<String, Set<String>> blockKeys(MentionKind kind, Map<String, StoredArticle> partial, Set<String> members,
                                                   Map<String, Set<String>> known) {
            Set<String> wanted = new HashSet<>(members);
            wanted.removeAll(known.keySet());
            BlockResolution blocks = new BlockResolution(iris, lookup, actorLookup);
            for (StoredArticle a : partial.values()) {
                known.putAll(blocks.blockKeys(kind, a, wanted));
            }
            Map<String, Set<String>> out = new HashMap<>();
            for (String m : members) {
                Set<String> k = known.get(m);
                if (k != null) {
                    out.put(m, k);
                }
            }
            return out;
        }

        /** Mentions of actors whose label, kind, affiliation or country this run changed: what refers to them may change too. */
        private Set<String> actorsWithNewAttributes() {
            Set<String> out = new TreeSet<>();
            Map<String, List<String>> mentionsOf = new HashMap<>();
            canonical.forEach((m, iri) -> {
                if (!iri.isEmpty()) {
                    mentionsOf.computeIfAbsent(iri, k -> new ArrayList<>()).add(m);
                }
            });
            for (ResolvedActor now : actors.values()) {
                Optional<ResolvedActor> before = storedActor(now.iri());
                if (before.isPresent() && !sameAttributes(before.get(), now)) {
                    for (String actor : actingThrough(now.iri())) {
                        out.addAll(source.mentionsOf(actor));
                        out.addAll(mentionsOf.getOrDefault(actor, List.of()));
                    }
                }
            }
            out.removeAll(gone);
            return out;
        }

        /**
         * An actor and those affiliated with it, up to the three steps a party is looked for
         * ({@link Context#party}): an envoy of an office acts for the organisation the office belongs to,
         * so when the office's affiliation changes, so does the envoy's party.
         */
        private Set<String> actingThrough(String iri) {
            Set<String> out = new TreeSet<>(Set.of(iri));
            Set<String> level = Set.of(iri);
            for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
                Set<String> below = new TreeSet<>();
                for (String up : level) {
                    below.addAll(source.affiliatedWith(up));
                    actors.values().stream().filter(a -> a.affiliation().filter(up::equals).isPresent())
                            .forEach(a -> below.add(a.iri()));
                }
                below.removeAll(out);
                out.addAll(below);
                level = below;
            }
            return out;
        }

        private static boolean sameAttributes(ResolvedActor a, ResolvedActor b) {
            return a.kind() == b.kind() && a.label().equals(b.label()) && a.affiliation().equals(b.affiliation())
                    && a.countryCode().equals(b.countryCode()) && a.named() == b.named();
        }

        /** Queues what refers to changed mentions, in their own articles, for the steps that resolve it. */
        private void propagate(Set<String> changed, Set<MentionKind> kinds) {
            for (String m : changed) {
                String article = m.substring(0, m.indexOf('#'));
                if (added.containsKey(article)) {
                    continue; // every mention of an added article is queued already
                }
                source.referrers(m).forEach((referrer, kind) -> {
                    if (kinds.contains(kind) && !gone.contains(referrer)
                            && !(kind == MentionKind.ACTOR && canonical.containsKey(referrer))) {
                        seeds.get(kind).add(referrer);
                    }
                });
            }
        }

        /**
         * Reads the members, from added articles where possible, with what their resolution reads
         * beside them in their article: people the actors they are affiliated with, demands the
         * statement each was made in (its day is the demand's).
         */
        private Map<String, StoredArticle> read(MentionKind kind, Set<String> members) {
            Map<String, Set<String>> wanted = byArticle(members);
            Map<String, StoredArticle> out = readIds(wanted);
            boolean more = false;
            for (StoredArticle a : out.values()) {
                Set<String> ids = wanted.get(a.iri());
                more |= ids.addAll(BlockResolution.readAlong(kind, a.extraction(), ids));
            }
            if (more) {
                out = readIds(wanted);
            }
            return out;
        }

        private Map<String, StoredArticle> readIds(Map<String, Set<String>> wanted) {
            Map<String, StoredArticle> out = new TreeMap<>();
            Map<String, Set<String>> fromStore = new TreeMap<>();
            wanted.forEach((article, ids) -> {
                StoredArticle whole = added.get(article);
                if (whole != null) {
                    out.put(article, BlockResolution.only(whole, ids));
                } else {
                    fromStore.put(article, ids);
                }
            });
            out.putAll(reads.get(fromStore));
            return out;
        }

        /**
         * What this run has read of stored articles, mention by mention. A step grows its blocks over
         * several rounds and each round asks for all its members again, an article is asked for more of
         * its mentions as blocks grow, and steps ask for what others read (a demand's statement): each
         * mention is read from the store once. The articles' graphs do not change while a run reads them.
         */
        private final class MentionReads {
            private final Map<String, StoredArticle> read = new HashMap<>();
            private final Map<String, Set<String>> asked = new HashMap<>();

            Map<String, StoredArticle> get(Map<String, Set<String>> wanted) {
                Map<String, Set<String>> missing = new TreeMap<>();
                wanted.forEach((article, ids) -> {
                    Set<String> more = new TreeSet<>(ids);
                    more.removeAll(asked.getOrDefault(article, Set.of()));
                    if (!more.isEmpty()) {
                        missing.put(article, more);
                    }
                });
                if (!missing.isEmpty()) {
                    source.mentions(missing).forEach((article, a) -> read.merge(article, a, ArticleGraphReader::merged));
                    missing.forEach((article, ids) -> asked.computeIfAbsent(article, k -> new HashSet<>()).addAll(ids));
                }
                Map<String, StoredArticle> out = new TreeMap<>();
                wanted.forEach((article, ids) -> {
                    StoredArticle a = read.get(article);
                    if (a != null) {
                        out.put(article, BlockResolution.only(a, ids));
                    }
                });
                return out;
            }
        }

        private static Map<String, Set<String>> byArticle(Set<String> mentions) {
            Map<String, Set<String>> out = new TreeMap<>();
            for (String m : mentions) {
                int hash = m.indexOf('#');
                out.computeIfAbsent(m.substring(0, hash), k -> new TreeSet<>()).add(m.substring(hash + 1));
            }
            return out;
        }

        private Optional<String> stored(String mention) {
            return storedInstance.computeIfAbsent(mention, source::instanceOf);
        }

        private Optional<ResolvedActor> storedActor(String iri) {
            return storedActor.computeIfAbsent(iri, source::actor);
        }

        /** An actor as this run resolved it, else as stored; null for one this run retired or nobody knows. */
        private ResolvedActor actor(String iri) {
            ResolvedActor now = actors.get(iri);
            if (now != null) {
                return now;
            }
            return retired.containsKey(iri) ? null : storedActor(iri).orElse(null);
        }

        /** Mention to instance: this run's answer where it has one, else the stored one. */
        private final class Lookup extends AbstractMap<String, String> {
            @Override
            public String get(Object key) {
                String m = (String) key;
                if (gone.contains(m)) {
                    return null;
                }
                String now = canonical.get(m);
                if (now != null) {
                    return now.isEmpty() ? null : now;
                }
                return stored(m).orElse(null);
            }

            @Override
            public boolean containsKey(Object key) {
                return get(key) != null;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                throw new UnsupportedOperationException("a lookup, not a collection");
            }
        }
    }
}
