package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.annotate.Dependency;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.lexicon.Titles;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.Engine;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * Finds the delegations at each negotiation held in person: one per party (and per mediator or
 * host) with the people the article puts at the table for it. People come from the negotiation's
 * own mentions ("talks between X and Y"), from the {@code delegation} patterns ("the head of the
 * X delegation, Y", "Y, who led the X delegation", "the X side will be represented by Y", lists
 * paired respectively), and, when the article reports only one meeting of a party, from the
 * party's office holders and negotiators it names. A party whose delegation the article mentions
 * without naming anyone still has one.
 */
public final class DelegationFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.NER);
    private static final String FAMILY = "delegation";

    /** A delegation found for one negotiation and one party. */
    public record Match(NegotiationFinder.Match negotiation, LocalActor party, Optional<LocalActor> head,
                        List<LocalActor> members, Optional<Integer> size, int begin, int end, double confidence,
                        String rule) {}

    /**
     * What one delegation pattern says about a party's team; {@code amongOthers} when it names its
     * people as some of a larger team ("Among them was A"), so none of them is its head for being alone.
     */
    private record Team(LocalActor party, Optional<LocalActor> head, List<LocalActor> members, Optional<Integer> size,
                        String rule, double confidence, boolean amongOthers, PatternMatch match) {}

    /** A team whose pattern names its head but no party: it sits for the party another team gives that head. */
    private record HeadOnlyTeam(LocalActor head, List<LocalActor> members, Optional<Integer> size, String rule,
                                double confidence, PatternMatch match) {}

    private final Document doc;
    private final Speakers speakers;
    private final Arguments arguments;
    private final WordClasses words;

    public DelegationFinder(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
        this.arguments = new Arguments(doc, speakers);
        this.words = doc.lexicons().words();
    }

    public List<Match> find(List<NegotiationFinder.Match> negotiations) {
        // Where the article ties a negotiator to no state, the meeting's sides are people, and so are their teams'.
        Set<LocalActor> personSides = new LinkedHashSet<>();
        negotiations.forEach(n -> n.parties().stream().filter(LocalActor::isPerson).forEach(personSides::add));
        List<Team> teams = ofThePeopleNamed(teams(personSides), negotiations);
        seatTeamsOfUnnamedSides(teams, negotiations);
        Set<LocalActor> namedDelegations = partiesWithNamedDelegations();
        List<Match> out = new ArrayList<>();
        for (NegotiationFinder.Match n : negotiations) {
            if (n.status() != NegotiationStatus.HELD || remote(n)) {
                continue;
            }
            Set<LocalActor> sides = new LinkedHashSet<>(n.parties());
            sides.addAll(n.mediators());
            sides.addAll(n.hosts());
            for (LocalActor side : sides) {
                delegation(n, side, teams, namedDelegations, onlyMeetingOf(side, negotiations) == n,
                        adjacentParticipants(n, side, negotiations)).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Match> delegation(NegotiationFinder.Match n, LocalActor side, List<Team> teams,
                                       Set<LocalActor> namedDelegations, boolean onlyMeeting,
                                       List<LocalActor> adjacent) {
        Set<LocalActor> members = new LinkedHashSet<>();
        LocalActor head = null;
        double headConfidence = 0;
        Optional<Integer> size = Optional.empty();
        boolean amongOthers = false;
        String rule = "participants";
        double confidence = 0.7;
        for (LocalActor p : n.participants()) {
            if (p.party() == side && p != side) {
                members.add(p);
            }
        }
        for (Team t : teams) {
            if (t.party() != side) {
                continue;
            }
            members.addAll(t.members());
            t.head().ifPresent(members::add);
            // "the delegation was headed by X" outranks "Y came with X": the surer pattern names the head.
            if (t.head().isPresent() && t.confidence() > headConfidence) {
                head = t.head().get();
                headConfidence = t.confidence();
            }
            size = size.or(t::size);
            amongOthers = amongOthers || t.amongOthers();
            rule = t.rule();
            confidence = Math.max(confidence, t.confidence());
        }
        if (members.isEmpty()) {
            members.addAll(adjacent);
        }
        if (onlyMeeting) {
            for (LocalActor a : doc.actors().actors()) {
                if (a.isPerson() && a.named() && a.party() == side && a != side && sitsAtTheTable(a)) {
                    members.add(a);
                }
            }
        }
        // People known only by a plural role ("the foreign ministers") are not members when named people are.
        if (members.stream().anyMatch(LocalActor::named)) {
            members.removeIf(a -> !a.named());
        }
        boolean mentioned = namedDelegations.contains(side) || n.delegationParties().contains(side);
        if (members.isEmpty() && !mentioned && size.isEmpty()) {
            return Optional.empty();
        }
        if (members.isEmpty()) {
            rule = "named-delegation";
            confidence = 0.6;
        }
        List<LocalActor> people = List.copyOf(members);
        Optional<LocalActor> leader = head != null ? Optional.of(head) : leader(people, amongOthers);
        return Optional.of(new Match(n, side, leader, people, size, n.begin(), n.end(), confidence, rule));
    }

    /**
     * "Talks between Peru and Bolivian nationalists ... The Bolivian delegation was led by X": a team a
     * demonym names for a state that no meeting has as a side is the one side that is of that people.
     */
    private List<Team> ofThePeopleNamed(List<Team> teams, List<NegotiationFinder.Match> negotiations) {
        List<Team> out = new ArrayList<>();
        for (Team t : teams) {
            LocalActor state = t.party();
            boolean named = negotiations.stream().anyMatch(n -> n.parties().contains(state) || n.mediators().contains(state)
                    || n.hosts().contains(state));
            List<LocalActor> ofThatPeople = state.kind() != ActorKind.COUNTRY || named ? List.of()
                    : negotiations.stream().flatMap(n -> n.parties().stream())
                    .filter(p -> p.kind() == ActorKind.ORGANIZATION && arguments.namesThePeopleOf(p, state)).distinct().toList();
            if (ofThatPeople.size() != 1) {
                out.add(t);
                continue;
            }
            LocalActor side = ofThatPeople.get(0);
            t.members().forEach(p -> p.correctAffiliation(side));
            t.head().ifPresent(p -> p.correctAffiliation(side));
            out.add(new Team(side, t.head(), t.members(), t.size(), t.rule(), t.confidence(), t.amongOthers(), t.match()));
        }
        return out;
    }

    /**
     * "The two governments reached agreement at X. The British delegation was led by Y": a team the
     * article describes, as having sat, after the first meeting it reports as held, for a party that
     * none of its meetings names, was one of that meeting's sides. Lead paragraphs name sides loosely
     * ("the two governments", "the parties"); the teams are told after them.
     */
    private void seatTeamsOfUnnamedSides(List<Team> teams, List<NegotiationFinder.Match> negotiations) {
        Optional<NegotiationFinder.Match> first = negotiations.stream()
                .filter(n -> n.status() == NegotiationStatus.HELD && !remote(n))
                .min(Comparator.comparingInt(NegotiationFinder.Match::sentence));
        if (first.isEmpty()) {
            return;
        }
        ClauseStatus status = new ClauseStatus(doc);
        for (Team t : teams) {
            LocalActor party = t.party();
            boolean named = negotiations.stream().anyMatch(n -> n.parties().contains(party) || n.mediators().contains(party)
                    || n.hosts().contains(party));
            Sentence s = doc.sentences().get(t.match().sentence());
            // "X signed for the club": whom someone signs for is a side only where a meeting names it, or a state.
            boolean signedFor = t.match().value().filter("for-party"::equals).isPresent() && party.kind() != ActorKind.COUNTRY;
            if (named || signedFor || party.kind() == ActorKind.PERSON || party.kind() == ActorKind.PLACE
                    || t.match().sentence() < first.get().sentence()
                    || status.of(s, t.match().trigger()) != NegotiationStatus.HELD) {
                continue;
            }
            first.get().parties().add(party);
            MentionMerger.keepStatesAsSides(first.get());
        }
    }

    private static boolean remote(NegotiationFinder.Match n) {
        return n.format().filter(f -> f.equals("phone") || f.equals("video")).isPresent();
    }

    /**
     * The teams the delegation patterns describe, with the party each belongs to: a head who is
     * a side of a meeting ({@code personSides}) is the party of the team they head.
     */
    private List<Team> teams(Set<LocalActor> personSides) {
        List<Team> out = new ArrayList<>();
        List<HeadOnlyTeam> headOnly = new ArrayList<>();
        // A sentence read as two gapped clauses is read that way only: the parse pairs its people wrongly.
        Set<Integer> gapped = new LinkedHashSet<>();
        // Three teams before two: a reading of two in a sentence of three pairs the middle one wrongly.
        List<PatternMatch> byTeams = doc.matches(FAMILY).stream()
                .sorted(Comparator.comparingInt((PatternMatch m) -> -m.all(Role.TRIGGER).size())).toList();
        for (PatternMatch m : byTeams) {
            if (m.value().filter("gapped"::equals).isPresent()) {
                List<Team> both = gappedTeams(doc.sentences().get(m.sentence()), m);
                if (!both.isEmpty() && gapped.add(m.sentence())) {
                    out.addAll(both);
                }
            }
        }
        // "A for Egypt, B for Sudan" read on the surface pairs each name with the party after it; the parse
        // of such a list hangs every party on the first name.
        // (Only where the surface reads that party too: "A and B signed for Peru, C for Chile" has no surface match for Peru.)
        Map<Integer, Set<Integer>> surfaceParties = doc.matches(FAMILY).stream().filter(m -> isForParty(m, Engine.TOKENSREGEX))
                .collect(Collectors.groupingBy(PatternMatch::sentence,
                        Collectors.flatMapping(m -> m.all(Role.PARTY).stream(), Collectors.toSet())));
        for (PatternMatch m : doc.matches(FAMILY)) {
            Sentence s = doc.sentences().get(m.sentence());
            if (gapped.contains(m.sentence())) {
                continue;
            }
            if (m.value().filter("respectively"::equals).isPresent()) {
                out.addAll(respectively(s, m));
                continue;
            }
            if (m.value().filter(v -> v.equals("for-party") || v.equals("on-behalf")).isPresent()) {
                boolean readOnTheSurface = m.all(Role.PARTY).stream()
                        .anyMatch(surfaceParties.getOrDefault(m.sentence(), Set.of())::contains);
                if (!(isForParty(m, Engine.SEMGREX) && readOnTheSurface)) {
                    forParty(s, m).ifPresent(out::add);
                }
                continue;
            }
            List<LocalActor> people = new ArrayList<>();
            Optional<LocalActor> head = m.first(Role.HEAD).flatMap(k -> person(s, k));
            for (int k : m.all(Role.MEMBER)) {
                arguments.actors(s, k).stream().filter(LocalActor::isPerson).forEach(people::add);
            }
            // "headed by A and B": both lead it; the first is its head, the other sits in it. Only a name
            // itself: in "led by its chairman, A, and the other one by B" the second conjunct is another team.
            m.first(Role.HEAD).ifPresent(k -> Arguments.conjuncts(s, k).stream().skip(1)
                    .flatMap(c -> doc.actors().actorAt(s.index(), c).filter(LocalActor::isPerson).stream())
                    .filter(p -> !people.contains(p)).forEach(people::add));
            boolean previous = m.value().filter("previous-delegation"::equals).isPresent();
            // "His delegation, which included A and B", "X's team": whose team it is, when a possessive says so.
            Optional<LocalActor> owner = previous ? Optional.empty() : m.first(Role.TRIGGER).flatMap(k -> owner(s, k));
            owner.filter(o -> !people.contains(o)).ifPresent(people::add);
            Optional<LocalActor> party = m.first(Role.PARTY).flatMap(k -> state(s, k))
                    .or(() -> previous ? previousDelegation(s, m.trigger()) : m.first(Role.TRIGGER).flatMap(k -> state(s, k)))
                    .or(() -> m.first(Role.TRIGGER).flatMap(k -> sender(s, k)))
                    .or(() -> head.or(() -> owner).map(LocalActor::party).filter(p -> p.kind() != ActorKind.PERSON))
                    .or(() -> people.stream().map(LocalActor::party).filter(p -> p.kind() != ActorKind.PERSON).findFirst())
                    .or(() -> head.or(() -> owner).filter(personSides::contains));
            Optional<Integer> size = m.first(Role.QUANTITY).flatMap(k -> number(s.token(k).word()));
            if (party.isEmpty()) {
                head.ifPresent(h -> headOnly.add(new HeadOnlyTeam(h, people, size, m.rule(), m.confidence(), m)));
                continue;
            }
            // "X was joined by his Peruvian counterpart": who acts for another party is not in this team.
            people.removeIf(p -> p.party() != p && p.party() != party.get());
            out.add(new Team(party.get(), head, people, size, m.rule(), m.confidence(), previous, m));
        }
        // "The Ghanaian side was led by X. X, who was accompanied by Y, ...": whom a head brings sits for
        // the party another pattern gave that head.
        for (HeadOnlyTeam t : headOnly) {
            out.stream().filter(known -> known.head().equals(Optional.of(t.head()))).findFirst().ifPresent(known -> {
                List<LocalActor> people = new ArrayList<>(t.members());
                people.removeIf(p -> p.party() != p && p.party() != known.party());
                out.add(new Team(known.party(), Optional.of(t.head()), people, t.size(), t.rule(), t.confidence(), false, t.match()));
            });
        }
        return out;
    }

    /** "the foreign ministers of A, B and C, X, Y and Z": the i-th person sits for the i-th state. */
    private List<Team> respectively(Sentence s, PatternMatch m) {
        List<LocalActor> states = new ArrayList<>();
        for (int k : m.all(Role.PARTY)) {
            doc.actors().allAt(s.index(), k).stream().filter(a -> !a.isPerson() && !states.contains(a)).forEach(states::add);
        }
        List<LocalActor> people = new ArrayList<>();
        for (int k : m.all(Role.MEMBER)) {
            doc.actors().allAt(s.index(), k).stream().filter(a -> a.isPerson() && !people.contains(a)).forEach(people::add);
        }
        List<Team> out = new ArrayList<>();
        if (states.size() != people.size() || states.size() < 2) {
            return out;
        }
        for (int i = 0; i < states.size(); i++) {
            LocalActor state = states.get(i);
            LocalActor person = people.get(i);
            person.correctAffiliation(state);
            out.add(new Team(state.party(), Optional.empty(), List.of(person), Optional.empty(), m.rule(), m.confidence(), false, m));
        }
        return out;
    }

    /**
     * "Ghana was represented by A and Togo by B", "the Kenyan team was led by A, and the Ugandan team
     * by B": the people before the word that opens the second clause sit for the first party, the
     * others for the second; where the verb is one of leading, the first person of each heads it.
     */
    private List<Team> gappedTeams(Sentence s, PatternMatch m) {
        // The words that open the second and any later clause ("and", a comma) cut the sentence into one team each.
        List<Integer> cuts = m.all(Role.TRIGGER).stream().sorted().toList();
        List<LocalActor> parties = new ArrayList<>();
        List<List<LocalActor>> people = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            int from = i == 0 ? -1 : cuts.get(i - 1);
            int to = i == cuts.size() ? s.size() : cuts.get(i);
            // The last actor of the party's phrase, nearest its head: "the Party of Labour (PL) delegation".
            actorsBetween(s, m.all(Role.PARTY), from, to).stream().filter(a -> !a.isPerson() && a.kind() != ActorKind.PLACE)
                    .reduce((a, b) -> b).map(LocalActor::party).ifPresent(parties::add);
            people.add(actorsBetween(s, m.all(Role.MEMBER), from, to).stream().filter(LocalActor::isPerson).toList());
        }
        if (parties.size() != people.size() || Set.copyOf(parties).size() != parties.size()
                || people.stream().anyMatch(List::isEmpty)) {
            return List.of();
        }
        int firstPerson = m.all(Role.MEMBER).stream().min(Integer::compare).orElse(cuts.get(0));
        boolean led = s.tokens().subList(0, firstPerson).stream()
                .anyMatch(t -> t.isVerb() && words.contains("lead-verbs", t.lemma()));
        List<Team> out = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            LocalActor party = parties.get(i);
            List<LocalActor> team = people.get(i);
            team.forEach(p -> p.correctAffiliation(party));
            out.add(new Team(party, led ? Optional.of(team.get(0)) : Optional.empty(), List.copyOf(team), Optional.empty(),
                    m.rule(), m.confidence(), false, m));
        }
        return out;
    }

    /** The actors at a role's tokens after {@code from} and before {@code to}, in text order. */
    private List<LocalActor> actorsBetween(Sentence s, List<Integer> tokens, int from, int to) {
        return tokens.stream().filter(k -> k > from && k < to).sorted()
                .flatMap(k -> doc.actors().allAt(s.index(), k).stream()).distinct().toList();
    }

    /** A match of "A for Egypt" by the given engine ("on behalf of Egypt" is another value). */
    private static boolean isForParty(PatternMatch m, Engine engine) {
        return m.pattern().engine() == engine && m.value().filter("for-party"::equals).isPresent();
    }

    /**
     * "delegations led by the ministers: A for Egypt, B for Sudan", "attended by A for Egypt", "signed
     * by A for Egypt": each person sits for the party named after them, and heads it where the
     * sentence says who led. Only where the sentence is about delegations or a signing: "the envoy
     * for Sudan" of another state is not Sudan's; "on behalf of Sudan" and "negotiated for Sudan" say so
     * by themselves.
     */
    private Optional<Team> forParty(Sentence s, PatternMatch m) {
        boolean led = s.tokens().stream().anyMatch(t -> t.isVerb() && words.contains("lead-verbs", t.lemma()));
        boolean onBehalf = m.value().filter("on-behalf"::equals).isPresent();
        // "A and B negotiated for Peru" (negotiated-for-party) says it by its verb.
        boolean negotiatedFor = m.pattern().name().equals("negotiated-for-party");
        boolean aboutDelegations = led || onBehalf || negotiatedFor || s.tokens().stream().anyMatch(t -> t.isNoun()
                && words.contains("delegation-nouns", t.lemma())
                || t.isVerb() && (words.contains("attendance-verbs", t.lemma()) || words.contains("signing-verbs", t.lemma())));
        // A surface match binds every word of a name, a parse match its head; either holds the actor somewhere.
        // "A and B signed for Peru": both sit for it.
        List<Integer> memberTokens = m.pattern().engine() == Engine.SEMGREX
                ? m.all(Role.MEMBER).stream().flatMap(k -> Arguments.conjuncts(s, k).stream()).toList() : m.all(Role.MEMBER);
        List<LocalActor> people = memberTokens.stream().flatMap(k -> person(s, k).stream()).distinct().toList();
        Optional<LocalActor> party = m.all(Role.PARTY).stream().flatMap(k -> state(s, k).stream()).findFirst();
        if (!aboutDelegations || people.isEmpty() || party.isEmpty()) {
            return Optional.empty();
        }
        // On the surface "for" may name whom someone else's envoy deals with ("the American envoy X for Sudan").
        if (m.pattern().engine() == Engine.TOKENSREGEX) {
            people = people.stream().filter(p -> p.party() == p || p.party() == party.get()).toList();
        }
        if (people.isEmpty()) {
            return Optional.empty();
        }
        people.forEach(p -> p.correctAffiliation(party.get()));
        return Optional.of(new Team(party.get(), led ? Optional.of(people.get(0)) : Optional.empty(), people, Optional.empty(),
                m.rule(), m.confidence(), false, m));
    }

    /**
     * "X sent a delegation of five. Among them was A": the party of the delegation named last before
     * the pronoun, in its sentence or the two before.
     */
    private Optional<LocalActor> previousDelegation(Sentence s, int pronoun) {
        for (int i = s.index(); i >= Math.max(0, s.index() - 2); i--) {
            Sentence x = doc.sentences().get(i);
            for (int k = (x == s ? pronoun : x.size()) - 1; k >= 0; k--) {
                Token t = x.token(k);
                if (t.isNoun() && words.contains("delegation-nouns", t.lemma())) {
                    int token = k;
                    Optional<LocalActor> party = state(x, token).or(() -> sender(x, token));
                    if (party.isPresent()) {
                        return party;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person who owns a delegation noun: a possessive pronoun's ("his delegation"; "X, whose
     * delegation included ...": the one the relative clause describes) or a named one ("X's team").
     */
    private Optional<LocalActor> owner(Sentence s, int delegation) {
        if (s.ownedByWhose(delegation)) {
            return s.headOf(delegation).filter(d -> d.governor() >= 0).flatMap(d -> s.headOf(d.governor()))
                    .filter(d -> d.governor() >= 0 && d.relation().equals("acl:relcl"))
                    .flatMap(d -> speakers.nounPhrase(s, d.governor())).map(Speakers.Resolved::actor)
                    .filter(LocalActor::isPerson);
        }
        for (int k : s.children(delegation, "nmod:poss")) {
            if (s.token(k).isPronoun()) {
                return speakers.nounPhrase(s, k).map(Speakers.Resolved::actor).filter(LocalActor::isPerson);
            }
            // "President X's team includes A and B": a named owner is in the team, and gives it their party.
            Optional<LocalActor> named = person(s, k);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * The person a role's phrase names: its own name, or the name in apposition to it before whoever
     * owns it ("led by his deputy, A": A, not the one "his" stands for).
     */
    private Optional<LocalActor> person(Sentence s, int token) {
        Optional<LocalActor> named = doc.actors().actorAt(s.index(), token).filter(LocalActor::isPerson)
                .or(() -> s.children(token, "appos").stream()
                        .flatMap(k -> doc.actors().actorAt(s.index(), k).filter(LocalActor::isPerson).stream()).findFirst());
        return named.or(() -> arguments.actors(s, token).stream().filter(LocalActor::isPerson).findFirst());
    }

    private Optional<LocalActor> state(Sentence s, int token) {
        return arguments.sideNamed(s, token);
    }

    /**
     * "Peru sent a delegation that included ...", "X headed the delegation, which also included ...":
     * the party of whoever sends or leads a delegation the phrase itself does not name a party for.
     */
    private Optional<LocalActor> sender(Sentence s, int delegation) {
        Optional<Dependency> up = s.headOf(delegation);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("obj")) {
            return Optional.empty();
        }
        String verb = s.token(up.get().governor()).lemma();
        if (!words.contains("sending-verbs", verb) && !words.contains("lead-verbs", verb)) {
            return Optional.empty();
        }
        return speakers.agentOf(s, up.get().governor()).map(Speakers.Resolved::actor).map(LocalActor::party)
                .filter(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.PLACE);
    }

    /** Parties whose delegation, team or negotiators the article mentions anywhere. */
    private Set<LocalActor> partiesWithNamedDelegations() {
        Set<LocalActor> out = new LinkedHashSet<>();
        for (Sentence s : doc.sentences()) {
            if (doc.article().clean().isRemoved(s.begin())) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.isNoun() && words.contains("delegation-nouns", t.lemma())) {
                    state(s, t.index()).ifPresent(out::add);
                    doc.actors().actorAt(s.index(), t.index()).filter(a -> !a.isPerson() && a.kind() != ActorKind.PLACE)
                            .map(LocalActor::party).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * A summit on Sunday and the signing on Monday: the people who sat for a party at one meeting of
     * the article sat for it at a meeting of the same parties a day before or after, and at any meeting
     * of theirs told only as one of "the two leaders".
     */
    private static List<LocalActor> adjacentParticipants(NegotiationFinder.Match n, LocalActor side,
                                                         List<NegotiationFinder.Match> negotiations) {
        List<LocalActor> out = new ArrayList<>();
        // "The two leaders last met in C in July": the sides, named by no one, are the people of their other meeting.
        boolean byTheSidesOnly = n.unnamedSides && n.participants().stream().noneMatch(p -> p.party() == side);
        for (NegotiationFinder.Match other : negotiations) {
            boolean sameSides = other != n && other.status() == NegotiationStatus.HELD && other.parties().containsAll(n.parties());
            boolean nextDay = sameSides && n.date().isPresent() && other.date().isPresent()
                    && Math.abs(n.date().get().toEpochDay() - other.date().get().toEpochDay()) == 1;
            if (nextDay || sameSides && byTheSidesOnly) {
                other.participants().stream().filter(p -> p.party() == side && p != side && !out.contains(p)).forEach(out::add);
            }
        }
        return out;
    }

    /** The one held meeting the article reports for this party, if it reports exactly one. */
    private static NegotiationFinder.Match onlyMeetingOf(LocalActor side, List<NegotiationFinder.Match> negotiations) {
        NegotiationFinder.Match only = null;
        for (NegotiationFinder.Match n : negotiations) {
            boolean takesPart = n.parties().contains(side) || n.mediators().contains(side) || n.hosts().contains(side);
            if (n.status() == NegotiationStatus.HELD && takesPart) {
                if (only != null) {
                    return null;
                }
                only = n;
            }
        }
        return only;
    }

    /** An office holder or negotiator: a person whose title is one that sits at the table. */
    private boolean sitsAtTheTable(LocalActor person) {
        return OfficeClasses.holdsOneOf(words, "delegate-titles", person);
    }

    /**
     * Who led: the one member whose title is a head of state's or government's, else the only member
     * (unless the article names them as one among others).
     */
    private Optional<LocalActor> leader(List<LocalActor> people, boolean amongOthers) {
        List<LocalActor> heads = people.stream().filter(p -> OfficeClasses.holdsOneOf(words, "head-of-state-titles", p)).toList();
        if (heads.size() == 1) {
            return Optional.of(heads.get(0));
        }
        if (people.size() == 1 && !amongOthers && people.get(0).role().map(Titles::office)
                .filter(r -> !words.contains("subordinate-titles", lastWord(r)))
                .isPresent()) {
            return Optional.of(people.get(0));
        }
        return Optional.empty();
    }

    private static String lastWord(String role) {
        String[] w = role.split("\\s+");
        return w[w.length - 1];
    }

    private Optional<Integer> number(String word) {
        String lead = word.toLowerCase(java.util.Locale.ROOT).split("-")[0];
        if (lead.matches("\\d+")) {
            return Optional.of(Integer.parseInt(lead));
        }
        return words.value("number-words", lead).map(Integer::parseInt);
    }
}
