package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.CountedAsTwo;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.lexicon.Titles;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.Engine;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * Finds negotiations from the matches of the {@code negotiation} patterns: every trigger (talks, a
 * meeting, a call, an agreement reached or signed) is a mention, with the parties, third parties
 * and places its patterns bound. Then, for the whole article: the mention's status, date, format,
 * round and outcome; "the two sides" resolved to the article's main parties; and the mentions of
 * one meeting merged into one negotiation ("the talks" adds to the meeting the article is about).
 */
public final class NegotiationFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.NER, Layer.DATES);
    private static final String FAMILY = "negotiation";

    /** A negotiation found in one sentence, before the article's mentions are merged. */
    public static final class Match {
        final Set<LocalActor> parties = new LinkedHashSet<>();
        final Set<LocalActor> participants = new LinkedHashSet<>();
        final Set<LocalActor> places = new LinkedHashSet<>();
        final Set<LocalActor> mediators = new LinkedHashSet<>();
        final Set<LocalActor> hosts = new LinkedHashSet<>();
        final Set<LocalActor> delegationParties = new LinkedHashSet<>();
        /** People tied to no state who meet as themselves: the subject or the owner of the meeting ("X met ...", "X's summit"). */
        final Set<LocalActor> sidesOfTheirOwn = new LinkedHashSet<>();
        /** People tied to no state in the subject beside a state's people ("Prime Minister X and Chile's Y met"). */
        final Set<LocalActor> subjectsWithoutAState = new LinkedHashSet<>();
        /** Those of them in a list whose last conjunct names a state with "of", which may be theirs too. */
        final Set<LocalActor> listedBeforeAState = new LinkedHashSet<>();
        final Set<Integer> sentences = new LinkedHashSet<>();
        LocalDate date;
        /** The last day of a meeting of several days that the article dates by its end ("ended two days of talks on Friday"). */
        LocalDate endDate;
        /** The day is the lead's, guessed for want of the event's own: the day of its signing replaces it. */
        boolean leadDated;
        /** Dated by the day it ran until ("lasted till dawn on Friday"), which it may have begun before. */
        boolean untilDated;
        /** Reports an agreement reached or signed ("the accord signed on Friday"), whose day is the meeting's. */
        boolean agreement;
        Integer round;
        NegotiationStatus status;
        String format;
        String level;
        String outcome;
        String outcomeText;
        int begin;
        int end;
        int sentence;
        int trigger;
        double confidence;
        String rule;
        boolean anaphoric;
        /** The parties are referred to, not named: "the two sides", "both delegations". */
        boolean unnamedSides;
        /** Names people or parties who joined the meeting being reported ("they were joined by X"). */
        boolean joins;
        /** The gathering on whose sidelines the meeting reported took place ("the sidelines of the summit"). */
        boolean frame;

        /**
         * For a second meeting the same words tell ("met A in P and B in Q"): it shares this one's day,
         * status and source span, and gets its own sides and place. Every field is copied here, so a field
         * added to this class must be added here too.
         */
        Match copy() {
            Match c = new Match();
            c.parties.addAll(parties);
            c.participants.addAll(participants);
            c.places.addAll(places);
            c.mediators.addAll(mediators);
            c.hosts.addAll(hosts);
            c.delegationParties.addAll(delegationParties);
            c.sidesOfTheirOwn.addAll(sidesOfTheirOwn);
            c.sentences.addAll(sentences);
            c.date = date;
            c.endDate = endDate;
            c.leadDated = leadDated;
            c.untilDated = untilDated;
            c.agreement = agreement;
            c.round = round;
            c.status = status;
            c.format = format;
            c.level = level;
            c.outcome = outcome;
            c.outcomeText = outcomeText;
            c.begin = begin;
            c.end = end;
            c.sentence = sentence;
            c.trigger = trigger;
            c.confidence = confidence;
            c.rule = rule;
            c.anaphoric = anaphoric;
            c.unnamedSides = unnamedSides;
            c.joins = joins;
            c.frame = frame;
            return c;
        }

        public Set<LocalActor> parties() {
            return parties;
        }

        public Set<LocalActor> participants() {
            return participants;
        }

        public Set<LocalActor> places() {
            return places;
        }

        public Set<LocalActor> mediators() {
            return mediators;
        }

        public Set<LocalActor> hosts() {
            return hosts;
        }

        /** Parties whose delegation the article names ("the Armenian and Azerbaijani delegations"). */
        public Set<LocalActor> delegationParties() {
            return delegationParties;
        }

        public Optional<LocalDate> date() {
            return Optional.ofNullable(date);
        }

        public Optional<LocalDate> endDate() {
            return Optional.ofNullable(endDate);
        }

        public Optional<Integer> round() {
            return Optional.ofNullable(round);
        }

        public NegotiationStatus status() {
            return status;
        }

        public Optional<String> format() {
            return Optional.ofNullable(format);
        }

        public Optional<String> level() {
            return Optional.ofNullable(level);
        }

        public Optional<String> outcome() {
            return Optional.ofNullable(outcome);
        }

        public Optional<String> outcomeText() {
            return Optional.ofNullable(outcomeText);
        }

        public int begin() {
            return begin;
        }

        public int end() {
            return end;
        }

        public int sentence() {
            return sentence;
        }

        /** Every sentence that mentions this negotiation. */
        public Set<Integer> sentences() {
            return sentences;
        }

        public double confidence() {
            return confidence;
        }

        public String rule() {
            return rule;
        }
    }

    private final Document doc;
    private final Speakers speakers;
    private final List<StatementFinder.Match> statements;
    private final Arguments arguments;
    private final WordClasses words;
    private final ClauseStatus clauseStatus;
    private final EventDates dates;

    public NegotiationFinder(Document doc, Speakers speakers, List<StatementFinder.Match> statements) {
        this.doc = doc;
        this.speakers = speakers;
        this.statements = statements;
        this.arguments = new Arguments(doc, speakers);
        this.words = doc.lexicons().words();
        this.clauseStatus = new ClauseStatus(doc);
        this.dates = new EventDates(doc);
    }

    /** The negotiations of the article, one per meeting, in order of first mention. */
    public List<Match> find() {
        new TeamHeads(doc, arguments).affiliate();
        GappedMeetings gapped = new GappedMeetings(doc, arguments);
        List<Match> mentions = new ArrayList<>();
        Map<Integer, List<PatternMatch>> bySentence = new LinkedHashMap<>();
        for (PatternMatch m : doc.matches(FAMILY)) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Integer, List<PatternMatch>> e : bySentence.entrySet()) {
            Sentence s = doc.sentences().get(e.getKey());
            for (Map.Entry<Integer, List<PatternMatch>> g : byTrigger(s, e.getValue()).entrySet()) {
                Optional<Match> mention = mention(s, g.getKey(), g.getValue());
                mention.ifPresent(mentions::add);
                mention.flatMap(m -> gapped.split(s, m)).ifPresent(mentions::add);
            }
        }
        new MainParties(doc, arguments, mentions).fill();
        List<Match> merged = new MentionMerger().merge(mentions);
        doc.actors().dateline().ifPresent(city -> placeWhatHappenedHereAtTheDateline(merged, city));
        doc.actors().markedDateline().ifPresent(city -> placeTheLeadAtTheDateline(merged, city));
        // A meeting that names fewer than two parties is kept only with a day and a place, which the dateline may give.
        merged.removeIf(m -> !MentionMerger.substantial(m));
        return merged;
    }

    /**
     * "NAIROBI (Reuters) - The government and the rebels signed a peace deal on Sunday": a story filed
     * on the day of its lead meeting is filed from where it was held, when the text names no place. Only
     * the first meeting held that names its sides, or refers to them ("the leaders of five states signed ..."), on
     * the story's day or the day before, and not a deal merely agreed or announced: that is often reached
     * apart and reported from a capital.
     */
    private void placeTheLeadAtTheDateline(List<Match> merged, LocalActor city) {
        Optional<LocalDate> published = doc.publicationDate();
        if (published.isEmpty()) {
            return;
        }
        merged.stream().filter(m -> m.status == NegotiationStatus.HELD && MentionMerger.namesSides(m))
                .min(Comparator.comparingInt(m -> m.sentence))
                .filter(m -> m.places.isEmpty() && m.date != null && !m.date.isAfter(published.get())
                        && !m.date.isBefore(published.get().minusDays(1)))
                .filter(m -> !agreedOrAnnounced(doc.sentences().get(m.sentence).token(m.trigger).lemma()))
                .ifPresent(m -> m.places.add(city));
    }

    private boolean agreedOrAnnounced(String lemma) {
        return lemma.equals("agree") || words.contains("announcement-verbs", lemma);
    }

    /** "QUITO -- The accord the two presidents signed here on Friday ...": "here" is the dateline's city, on any day. */
    private void placeWhatHappenedHereAtTheDateline(List<Match> merged, LocalActor city) {
        merged.stream().filter(m -> m.places.isEmpty() && saysHere(m)).forEach(m -> m.places.add(city));
    }

    /**
     * "signed here", "the talks here", "the summit got under way here": "here" on the event or on the verb
     * it is the subject of (not "welcomed the talks here", said here of talks held elsewhere).
     */
    private boolean saysHere(Match m) {
        Sentence s = doc.sentences().get(m.sentence);
        List<Integer> heads = new ArrayList<>(List.of(m.trigger));
        s.headOf(m.trigger).filter(d -> d.governor() >= 0 && d.relation().startsWith("nsubj"))
                .ifPresent(d -> heads.add(d.governor()));
        return heads.stream().flatMap(w -> s.children(w, "advmod").stream())
                .anyMatch(k -> s.token(k).lowerWord().equals("here"));
    }

    // --- one mention ---------------------------------------------------------------------------

    /**
     * The matches of one sentence by trigger, where a trigger inside another's phrase joins it: "two
     * rounds of talks", "days of negotiations" are one event, named by the innermost event noun.
     */
    private Map<Integer, List<PatternMatch>> byTrigger(Sentence s, List<PatternMatch> matches) {
        Map<Integer, List<PatternMatch>> out = new LinkedHashMap<>();
        for (PatternMatch m : matches) {
            out.computeIfAbsent(m.trigger(), k -> new ArrayList<>()).add(m);
        }
        // "the ceremony at which A and B signed the memorandum": the clause tells the event its noun names.
        for (Integer noun : List.copyOf(out.keySet())) {
            for (Dependency d : s.childrenOf(noun)) {
                if (d.relation().equals("acl:relcl") && out.containsKey(noun) && out.containsKey(d.dependent())) {
                    out.get(noun).addAll(out.remove(d.dependent()));
                }
            }
        }
        for (Integer outer : List.copyOf(out.keySet())) {
            for (Dependency d : s.childrenOf(outer)) {
                boolean ofPhrase = d.relation().equals("nmod") && Arguments.caseOf(s, d.dependent())
                        .filter("of"::equals).isPresent();
                if ((ofPhrase || d.relation().equals("compound")) && out.containsKey(d.dependent())
                        && out.containsKey(outer)) {
                    out.get(d.dependent()).addAll(out.remove(outer));
                    break;
                }
            }
        }
        return out;
    }

    private Optional<Match> mention(Sentence s, int trigger, List<PatternMatch> matches) {
        Match m = new Match();
        m.sentence = s.index();
        m.sentences.add(s.index());
        m.begin = s.begin();
        m.end = s.end();
        m.trigger = trigger;
        PatternMatch best = matches.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
        m.rule = best.rule();
        m.confidence = best.confidence();
        boolean agreement = false;
        boolean counterpartNamed = false;
        Set<Integer> terms = new java.util.HashSet<>();
        for (PatternMatch pm : matches) {
            m.joins = m.joins || pm.value().filter("joins-meeting"::equals).isPresent();
            // "the next round": of the talks between the sides the article is about
            m.unnamedSides = m.unnamedSides || pm.value().filter("story-sides"::equals).isPresent();
            if (pm.value().filter("foreign-guest"::equals).isPresent() && !guestOfAnotherState(s, pm)) {
                continue;
            }
            for (int head : pm.all(Role.PARTY)) {
                addParties(s, head, m, pm);
                counterpartNamed |= Arguments.caseOf(s, head).filter("with"::equals).isPresent();
            }
            for (int head : pm.all(Role.MEDIATOR)) {
                // "The foreign ministers of A and B signed a treaty between the two states": whoever signs, read
                // as a side by a surer pattern, signed for a side.
                if (!subjectReadAsSide(s, trigger, head, pm, matches)) {
                    actors(s, head, pm).forEach(a -> m.mediators.add(a.party()));
                }
            }
            for (int head : pm.all(Role.HOST)) {
                actors(s, head, pm).forEach(a -> m.hosts.add(a.party()));
            }
            for (int head : pm.all(Role.PLACE)) {
                if (pm.pattern().engine() == Engine.TOKENSREGEX) {
                    m.places.addAll(arguments.places(s, head));
                } else if (!arguments.onTopicPath(s, head, trigger)) {
                    m.places.addAll(arguments.placesOf(s, head, trigger));
                }
            }
            for (int event : pm.all(Role.EVENT)) {
                agreement = true;
                terms.addAll(s.subtree(event));
                // "a joint communique signed last Thursday": the signing's own day is the event's, not a term of it
                terms.removeAll(s.subtree(trigger));
                m.outcome = "agreement";
                m.outcomeText = phrase(s, event);
            }
        }
        m.unnamedSides = m.unnamedSides || m.parties.isEmpty() && ofAJointBody(s, trigger);
        m.frame = onWhoseMargins(s, trigger);
        agreement = agreement || words.contains("agreement-verbs", s.token(trigger).lemma())
                && s.token(trigger).isVerb();
        m.agreement = agreement;
        m.status = clauseStatus.of(s, trigger);
        if (m.status == null) {
            return Optional.empty();
        }
        if (m.status == NegotiationStatus.HELD && m.outcome == null && brokeDown(s, trigger)) {
            m.outcome = "no-agreement";
        }
        m.format = format(s, trigger);
        if (m.format == null && m.places.stream().anyMatch(p -> p.kind() == ActorKind.PLACE)) {
            m.format = "in-person"; // a venue or a city: the parties were there
        }
        m.round = round(s, trigger);
        m.date = dates.own(s, trigger, m.status, terms).orElse(null);
        if (m.date == null) {
            m.date = dates.until(s, trigger, m.status).orElse(null);
            m.untilDated = m.date != null;
        }
        // "agreed to reconvene next Saturday": what the article dates after its own day has not been held yet.
        if (m.status == NegotiationStatus.HELD && m.date != null
                && doc.publicationDate().filter(published -> m.date.isAfter(published)).isPresent()) {
            m.status = NegotiationStatus.PLANNED;
        }
        if (m.date == null) {
            m.date = dates.lead(s, trigger, m.status).orElse(null);
            m.leadDated = m.date != null;
        }
        if (m.date != null && m.status == NegotiationStatus.HELD && !agreement) {
            datedByItsEnd(s, trigger, m);
        }
        m.level = level(s, trigger, m);
        if (counterpartNamed) {
            speakerAsParty(s.token(trigger), m);
        }
        m.anaphoric = m.parties.isEmpty() && !m.unnamedSides && m.date == null && m.round == null && !agreement
                && !m.joins;
        if (!m.anaphoric && m.parties.size() >= 2) {
            m.confidence = Math.min(0.95, m.confidence + 0.1);
        }
        return Optional.of(m);
    }

    /**
     * "closed three days of talks on Sunday": talks dated by their end began before it (unless that day is
     * the day of their agreement, by which news and its readers date them, which the caller leaves alone).
     */
    private void datedByItsEnd(Sentence s, int trigger, Match m) {
        Optional<Integer> lasted = dates.daysLastedToItsEnd(s, trigger);
        if (lasted.isPresent()) {
            m.endDate = m.date;
            m.date = m.date.minusDays(lasted.get() - 1);
        }
    }

    /**
     * The actors a role binds: for a Semgrex head, those of its phrase; for a TokensRegex span (read
     * on the surface because the parse may be wrong), those at its tokens.
     */
    private List<LocalActor> actors(Sentence s, int token, PatternMatch pm) {
        if (pm.pattern().engine() == Engine.TOKENSREGEX) {
            return doc.actors().allAt(s.index(), token);
        }
        if (s.token(token).isRelativePronoun()) {
            // "the Front, which signed a 1996 deal with Manila": a relative clause tells a side's past, not this meeting.
            return List.of();
        }
        return arguments.actors(s, token);
    }

    /** The actors of a party phrase; a person counts for the state or organisation they act for. */
    private void addParties(Sentence s, int head, Match m, PatternMatch pm) {
        Token h = s.token(head);
        if (words.contains("mediator-nouns", h.lemma())) {
            // "held talks with Egyptian and Qatari mediators": whom the parties meet may be the go-betweens.
            actors(s, head, pm).forEach(a -> m.mediators.add(a.party()));
            return;
        }
        List<LocalActor> actors = new ArrayList<>();
        if (doc.lexicons().titles().isHeadWord(h.word()) && !h.pos().equals("NNS")
                && doc.actors().actorAt(s.index(), head).isEmpty()) {
            speakers.nounPhrase(s, head).map(Speakers.Resolved::actor).ifPresent(actors::add);
        }
        for (LocalActor a : actors(s, head, pm)) {
            if (!actors.contains(a)) {
                actors.add(a);
            }
        }
        // "the two sides", "the ministers": the sides the article is about, named elsewhere.
        // "the technical committees", "the delegations" will meet: the sides' bodies, the sides unnamed.
        // "The two men had already signed a deal": two of anyone who meet are the sides.
        // "The participants of the contact group signed a protocol": so are the members of those who meet.
        if (actors.isEmpty() && h.pos().equals("NNS")
                && (words.contains("side-nouns", h.lemma()) || doc.lexicons().titles().isHeadWord(h.lemma())
                || words.contains("delegation-nouns", h.lemma()) || words.contains("joint-body-nouns", h.lemma())
                || words.contains("member-nouns", h.lemma()) || CountedAsTwo.test(words, s, head))) {
            m.unnamedSides = true;
        }
        boolean delegation = words.contains("delegation-nouns", h.lemma());
        long states = actors.stream().filter(a -> !a.isPerson() && a.kind() != ActorKind.PLACE).map(LocalActor::party)
                .distinct().count();
        boolean statesNamed = states > 0;
        // "the summit between the Prime Minister, X, and the President of Peru, Y": one side named by its state,
        // the other only by its leader; "between" puts them on two sides.
        boolean betweenOneStateAndSomeone = states == 1 && s.children(head, "case").stream()
                .anyMatch(k -> s.token(k).lowerWord().matches("between|among|amongst"));
        Set<LocalActor> senders = sendersOfRepresentatives(s, head);
        for (LocalActor a : actors) {
            if (a.kind() == ActorKind.PLACE || onlyInTheNameOfItsPeople(s, a)) {
                continue;
            }
            if (a.isPerson() && senders.contains(a)) {
                // "representatives of President X": X's side is there, by a delegation; X is not.
                m.parties.add(a.party());
                if (a.party().kind() != ActorKind.PERSON) {
                    m.delegationParties.add(a.party());
                }
                continue;
            }
            if (a.isPerson()) {
                m.participants.add(a);
                boolean sideOfTheirOwn = betweenOneStateAndSomeone && !besideAState(s, head, a);
                if (a.party() == a && statesNamed && !sideOfTheirOwn) {
                    // "the ministers of A, B and C, X, Y and Z": the people act for the states named, not for themselves.
                    if (s.headOf(head).filter(d -> d.relation().startsWith("nsubj")).isPresent()) {
                        m.subjectsWithoutAState.add(a);
                        // "Prime Minister X and President Y of Zambia": the "of" may name both offices' state.
                        if (stateOfTheList(s, head)) {
                            m.listedBeforeAState.add(a);
                        }
                    }
                    continue;
                }
                if (a.party() == a && sideOfTheirOwn) {
                    m.sidesOfTheirOwn.add(a);
                }
                if (a.party() == a && s.headOf(head).filter(d -> d.relation().startsWith("nsubj")
                        || d.relation().equals("nmod:poss")).isPresent()) {
                    m.sidesOfTheirOwn.add(a);
                }
            }
            m.parties.add(a.party());
            if (delegation && a.party().kind() != ActorKind.PERSON) {
                m.delegationParties.add(a.party());
            }
        }
    }

    /** "X and Y of Zambia": a list whose last conjunct names a state with "of", which may be every conjunct's. */
    private boolean stateOfTheList(Sentence s, int head) {
        List<Integer> conjuncts = Arguments.conjuncts(s, head);
        int last = conjuncts.get(conjuncts.size() - 1);
        return conjuncts.size() > 1 && s.children(last, "nmod").stream()
                .anyMatch(k -> Arguments.caseOf(s, k).filter("of"::equals).isPresent()
                        && doc.actors().actorAt(s.index(), k).filter(x -> x.kind() == ActorKind.COUNTRY).isPresent());
    }

    /**
     * "talks between Peru and Bolivian nationalists": the state a group of its people is named by is
     * no side, where the sentence names it only inside that group's name.
     */
    private boolean onlyInTheNameOfItsPeople(Sentence s, LocalActor state) {
        if (state.kind() != ActorKind.COUNTRY) {
            return false;
        }
        boolean named = false;
        for (int k = 0; k < s.size(); k++) {
            if (doc.actors().actorAt(s.index(), k).filter(state::equals).isEmpty()) {
                continue;
            }
            named = true;
            if (doc.actors().allAt(s.index(), k).stream().noneMatch(o -> o.kind() == ActorKind.ORGANIZATION
                    && arguments.namesThePeopleOf(o, state))) {
                return false;
            }
        }
        return named;
    }

    /** Whether the conjunct of a "between" phrase that names {@code person} names a state too ("the Latvian President, X"). */
    private boolean besideAState(Sentence s, int head, LocalActor person) {
        for (int conjunct : Arguments.conjuncts(s, head)) {
            List<Integer> phrase = Speakers.nounPhraseTokens(s, conjunct);
            boolean names = phrase.stream().anyMatch(k -> doc.actors().actorAt(s.index(), k).filter(person::equals).isPresent());
            if (names) {
                return phrase.stream().anyMatch(k -> doc.actors().actorAt(s.index(), k)
                        .filter(a -> !a.isPerson() && a.kind() != ActorKind.PLACE).isPresent());
            }
        }
        return false;
    }

    /**
     * Whether a host and a guest are two office holders who act for two different states or bodies, as
     * a meeting of sides needs: not a president receiving a minister of their own, a letter, or a
     * visitor who holds no office of state (a champion athlete, an opposition figure).
     */
    private boolean guestOfAnotherState(Sentence s, PatternMatch pm) {
        Match trial = new Match();
        for (int head : pm.all(Role.PARTY)) {
            Token h = s.token(head);
            boolean officeHolder = h.lemma().equals("counterpart") || doc.actors().actorAt(s.index(), head)
                    .filter(LocalActor::isPerson).flatMap(LocalActor::role).filter(r -> OfficeClasses.isOfficeOfState(words, r)).isPresent()
                    || doc.actors().actorAt(s.index(), head).isEmpty() && OfficeClasses.isOfficeOfState(words, h.word());
            if (!officeHolder) {
                return false;
            }
            addParties(s, head, trial, pm);
        }
        return trial.participants.size() >= 2 && trial.parties.size() >= 2
                && trial.parties.stream().noneMatch(p -> p.kind() == ActorKind.PERSON);
    }

    /** A head of state or government, a minister or an envoy: who receives or visits for a state. */
    /** The people a phrase says others stand for: "representatives of President X", "envoys of X". */
    private Set<LocalActor> sendersOfRepresentatives(Sentence s, int head) {
        Set<LocalActor> out = new HashSet<>();
        for (int noun : Arguments.conjuncts(s, head)) {
            if (!words.contains("representative-nouns", s.token(noun).lemma())) {
                continue;
            }
            for (Dependency d : s.childrenOf(noun)) {
                if (d.relation().equals("nmod") && Arguments.caseOf(s, d.dependent()).filter("of"::equals).isPresent()) {
                    for (int k : s.subtree(d.dependent())) {
                        doc.actors().allAt(s.index(), k).stream().filter(LocalActor::isPerson).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** "met on the sidelines of the summit", "on the margins of the assembly": the gathering frames the meeting. */
    private boolean onWhoseMargins(Sentence s, int trigger) {
        Optional<Dependency> up = s.headOf(trigger);
        return up.isPresent() && up.get().governor() >= 0 && up.get().relation().equals("nmod")
                && Arguments.caseOf(s, trigger).filter("of"::equals).isPresent()
                && words.contains("margin-nouns", s.token(up.get().governor()).lemma());
    }

    /** "the first meeting of the joint commission": a body the sides share meets for them, the sides unnamed. */
    private boolean ofAJointBody(Sentence s, int trigger) {
        for (Dependency d : s.childrenOf(trigger)) {
            boolean ofPhrase = d.relation().equals("nmod") && Arguments.caseOf(s, d.dependent()).filter("of"::equals).isPresent();
            if (ofPhrase && words.contains("joint-body-nouns", s.token(d.dependent()).lemma())
                    && doc.actors().allAt(s.index(), d.dependent()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The words of an agreement's phrase, without clauses: "a February 15 ceasefire". */
    private String phrase(Sentence s, int head) {
        List<Integer> tokens = Speakers.nounPhraseTokens(s, head);
        tokens.removeIf(k -> k > head && s.headOf(k).map(d -> d.relation().equals("nmod") || d.relation().equals("case"))
                .orElse(false) && !s.token(k).lowerWord().equals("of"));
        int from = tokens.get(0);
        int to = tokens.get(tokens.size() - 1) + 1;
        return doc.text(s, from, to);
    }

    private String format(Sentence s, int trigger) {
        String lemma = s.token(trigger).lemma();
        for (Dependency d : s.childrenOf(trigger)) {
            // "a phone call", "a video conference", "spoke by phone", "talked over video link"
            boolean modifier = d.relation().equals("compound") || d.relation().equals("amod");
            boolean means = d.relation().startsWith("obl") && Arguments.caseOf(s, d.dependent())
                    .filter(c -> c.equals("by") || c.equals("over") || c.equals("via")).isPresent();
            if (modifier || means) {
                Optional<String> f = words.value("format-modifiers", s.token(d.dependent()).lemma());
                if (f.isPresent()) {
                    return f.get();
                }
            }
            // "in a separate call, A and B agreed ...": the call the clause happened in
            boolean during = d.relation().startsWith("obl") && Arguments.caseOf(s, d.dependent())
                    .filter(c -> c.equals("in") || c.equals("during")).isPresent();
            Optional<String> medium = during ? words.value("conditional-event-nouns", s.token(d.dependent()).lemma())
                    .or(() -> words.value("event-nouns", s.token(d.dependent()).lemma()))
                    .filter(f -> f.equals("phone") || f.equals("video")) : Optional.empty();
            if (medium.isPresent()) {
                return medium.get();
            }
        }
        if (s.token(trigger).isNoun()) {
            return words.value("event-nouns", lemma).or(() -> words.value("conditional-event-nouns", lemma)).orElse(null);
        }
        return words.value("event-verbs", lemma).or(() -> words.value("conversation-verbs", lemma))
                .or(() -> words.value("phone-verbs", lemma)).orElse(null);
    }

    /** "the second round of talks": the round's ordinal, when the event noun or its head is a round. */
    private static Integer round(Sentence s, int trigger) {
        int roundToken = -1;
        if (s.token(trigger).lowerLemma().equals("round")) {
            roundToken = trigger;
        } else {
            Optional<Dependency> up = s.headOf(trigger);
            if (up.isPresent() && up.get().governor() >= 0 && s.token(up.get().governor()).lowerLemma().equals("round")) {
                roundToken = up.get().governor();
            }
        }
        if (roundToken < 0) {
            return null;
        }
        for (Dependency d : s.childrenOf(roundToken)) {
            Token t = s.token(d.dependent());
            if (t.ner().equals("ORDINAL") && t.normalized().isPresent()) {
                try {
                    return (int) Double.parseDouble(t.normalized().get());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            String w = t.word().replaceAll("(st|nd|rd|th)$", "");
            if (w.matches("\\d{1,2}") && d.relation().equals("amod")) {
                return Integer.parseInt(w);
            }
        }
        return null;
    }

    private String level(Sentence s, int trigger, Match m) {
        boolean heads = false;
        boolean ministers = false;
        for (LocalActor p : m.participants) {
            String role = Titles.office(p.role().orElse(""));
            if (words.words("head-of-state-titles").orElseThrow().stream().anyMatch(role::endsWith)) {
                heads = true;
            } else if (role.endsWith("minister") || role.endsWith("state secretary")) {
                ministers = true;
            }
        }
        for (int k : s.subtree(trigger)) {
            String lemma = s.token(k).lowerLemma();
            if (lemma.equals("minister")) {
                ministers = true;
            } else if (words.contains("head-of-state-titles", lemma)) {
                heads = true;
            }
        }
        if (heads) {
            return "heads-of-state";
        }
        if (ministers) {
            return "ministers";
        }
        if (!m.delegationParties.isEmpty()) {
            return "delegations";
        }
        return null;
    }

    private static boolean subjectReadAsSide(Sentence s, int trigger, int head, PatternMatch pm, List<PatternMatch> matches) {
        boolean subject = s.headOf(head).filter(d -> d.governor() == trigger && d.relation().startsWith("nsubj")).isPresent();
        return subject && matches.stream().anyMatch(other -> other.confidence() > pm.confidence() && other.all(Role.PARTY).contains(head));
    }

    /** "The talks collapsed", "negotiations broke down": they took place and ended without agreement. */
    private boolean brokeDown(Sentence s, int trigger) {
        Optional<Dependency> up = s.headOf(trigger);
        // "the talks collapsed", "were suspended"; "the mediator suspended the negotiations"
        if (up.isEmpty() || up.get().governor() < 0
                || !(up.get().relation().startsWith("nsubj") || up.get().relation().equals("obj"))) {
            return false;
        }
        int verb = up.get().governor();
        return s.token(verb).isVerb() && words.contains("negotiation-breakdown-verbs", s.token(verb).lemma())
                && s.children(verb, "compound:prt").stream().noneMatch(k -> s.token(k).lowerWord().equals("up"));
    }

    /**
     * "talks with Israel" in what a Hamas official said: the speaker's side is the other party. Only
     * for a counterpart named with "with": in "an African Union summit" the body names the meeting,
     * and whoever reports it need not sit at it.
     */
    private void speakerAsParty(Token trigger, Match m) {
        if (m.parties.size() != 1) {
            return;
        }
        for (StatementFinder.Match st : statements) {
            if (trigger.begin() >= st.begin() && trigger.end() <= st.end()) {
                LocalActor party = st.speaker().party();
                if (party.kind() != ActorKind.PLACE && !m.parties.contains(party)) {
                    m.parties.add(party);
                }
                return;
            }
        }
    }
}
