package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.TimeResolver;
import org.parley.extract.lexicon.SpeechVerbs;

/**
 * Finds negotiations: meetings, rounds of talks, calls and signings between parties, with their
 * date, place, parties, round, status, format, level and outcome; then merges the mentions of one
 * article that report the same meeting ("the talks", "the meeting" add to the meeting the article
 * is about). A meeting someone would accept or has proposed is {@code proposed}, one that will
 * happen is {@code planned}: never {@code held}.
 */
public final class NegotiationFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.NER, Layer.DATES);

    private static final Set<String> NOUNS = Set.of("talk", "negotiation", "round", "meeting", "summit", "call",
            "conversation", "consultation", "dialogue", "dialog", "conference", "videoconference", "session");
    private static final Set<String> VERBS = Set.of("meet", "negotiate", "talk", "hold", "sign", "mediate", "host", "speak");
    private static final Set<String> SIGNABLE = Set.of("agreement", "deal", "accord", "treaty", "ceasefire", "cease-fire",
            "truce", "memorandum", "declaration", "protocol");
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "prepare", "expect", "set", "due", "agree",
            "arrange", "announce", "upcoming", "next", "future");
    private static final Set<String> PROPOSING = Set.of("propose", "offer", "suggest", "call", "refuse", "ready", "willing",
            "want", "possibility", "seek", "ask", "urge", "consider", "open", "invite", "invitation", "hope", "prospect",
            "push", "demand", "insist", "favour", "favor", "support", "welcome", "request", "would", "could");
    private static final Set<String> CANCELLING = Set.of("cancel", "postpone", "scrap", "suspend", "delay", "abandon",
            "break", "collapse", "halt");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "on", "near", "inside", "outside");
    private static final Set<String> ON_PLACES = Set.of("border", "frontier", "sideline", "margin", "island", "outskirts",
            "territory", "soil", "shore", "bank", "coast", "line", "boat", "ship");
    private static final Set<String> HEAD_OF_STATE = Set.of("president", "prime minister", "premier", "chancellor", "king",
            "emir", "crown prince", "sultan", "leader");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final Pattern NO_AGREEMENT = Pattern.compile("(?i)\\b(no (major |real |significant )?(progress|breakthrough"
            + "|agreement|deal|results?)|without (a |any )?([\\w-]+ ){0,2}(agreement|deal|breakthrough|cease-?fire|results?)"
            + "|fail(ed|s)? to (agree|make|reach|yield|produce|achieve)|ended with no|no cease-?fire)\\b");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(only agree[ds]? (to|on)[^.,;]*|agreed (to|on) [^.,;]*"
            + "|solution only for[^.,;”\"]*|agreed only [^.,;]*|tentative plan [^.,;]*)");
    private static final Pattern AGREEMENT = Pattern.compile("(?i)\\b((signed|reached|struck|sealed|clinched) (an? |the )?"
            + "([\\w-]+ ){0,2}(agreement|deal|accord|treaty|truce|ceasefire|cease-fire))");

    /** A negotiation found in one sentence, before the article's mentions are merged. */
    public static final class Match {
        final Set<LocalActor> parties = new LinkedHashSet<>();
        final Set<LocalActor> participants = new LinkedHashSet<>();
        final Set<LocalActor> places = new LinkedHashSet<>();
        final Set<LocalActor> mediators = new LinkedHashSet<>();
        final Set<LocalActor> hosts = new LinkedHashSet<>();
        final Set<LocalActor> delegationParties = new LinkedHashSet<>();
        final Set<Integer> sentences = new LinkedHashSet<>();
        LocalDate date;
        Integer round;
        NegotiationStatus status;
        String format;
        String level;
        String outcome;
        String outcomeText;
        int begin;
        int end;
        int sentence;
        double confidence;
        String rule;
        boolean anaphoric;

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

    public NegotiationFinder(Document doc, Speakers speakers, List<StatementFinder.Match> statements) {
        this.doc = doc;
        this.speakers = speakers;
        this.statements = statements;
    }

    /** The negotiations of the article, one per meeting, in order of first mention. */
    public List<Match> find() {
        List<Match> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (doc.article().clean().isRemoved(s.begin())) {
                continue;
            }
            for (Token t : s.tokens()) {
                trigger(s, t).ifPresent(mentions::add);
            }
        }
        return merge(mentions);
    }

    // --- one mention ---------------------------------------------------------------------------

    private Optional<Match> trigger(Sentence s, Token t) {
        String lemma = t.lowerLemma();
        boolean noun = t.isNoun() && NOUNS.contains(lemma) && nounQualifies(s, t);
        boolean verb = t.isVerb() && VERBS.contains(lemma) && verbQualifies(s, t);
        if (!noun && !verb) {
            return Optional.empty();
        }
        Match m = new Match();
        m.sentence = s.index();
        m.sentences.add(s.index());
        m.begin = s.begin();
        m.end = s.end();
        m.rule = (noun ? "noun-" : "verb-") + lemma;
        m.confidence = 0.7;
        int clause = noun ? governingVerb(s, t.index()) : t.index();

        collectParties(s, t.index(), clause, m);
        collectPlaces(s, t.index(), clause, m);
        m.round = round(s, t.index());
        m.status = status(s, t.index(), clause);
        if (m.status == null) {
            return Optional.empty();
        }
        m.format = format(s, t.index());
        m.date = date(s, t.index(), clause, m.status).orElse(null);
        outcome(s, m);
        m.level = level(s, t.index(), m);
        speakerAsParty(s, t, m);
        if (lemma.equals("hold") && verb) {
            m.parties.clear();
            m.participants.clear();
        }
        m.anaphoric = m.parties.isEmpty() && m.date == null && m.round == null;
        if (!m.anaphoric && m.parties.size() >= 2) {
            m.confidence = 0.8;
        }
        return Optional.of(m);
    }

    private boolean nounQualifies(Sentence s, Token t) {
        String lemma = t.lowerLemma();
        List<Dependency> children = s.childrenOf(t.index());
        for (Dependency d : children) {
            String w = s.token(d.dependent()).lowerLemma();
            if (d.relation().equals("compound") && (w.equals("news") || w.equals("press") || w.equals("climate")
                    || w.equals("phone-in"))) {
                return false;
            }
        }
        if (lemma.equals("call")) {
            boolean phone = t.index() > 0 && (s.token(t.index() - 1).lowerLemma().matches("phone|telephone|video|conference"));
            boolean withSomeone = children.stream().anyMatch(d -> caseOf(s, d.dependent()).filter(c -> c.equals("with")
                    || c.equals("between")).isPresent());
            boolean demandCall = t.index() + 1 < s.size() && s.token(t.index() + 1).lowerWord().matches("for|on|to");
            return phone || withSomeone && !demandCall;
        }
        if (lemma.equals("round")) {
            return children.stream().anyMatch(d -> s.token(d.dependent()).lowerLemma().matches("talk|negotiation")
                    || ORDINALS.contains(s.token(d.dependent()).lowerWord()));
        }
        if (lemma.equals("conference") || lemma.equals("session") || lemma.equals("consultation")) {
            return children.stream().anyMatch(d -> s.token(d.dependent()).lowerLemma().matches("peace|between|with")
                    || caseOf(s, d.dependent()).filter(c -> c.equals("between") || c.equals("with")).isPresent());
        }
        return true;
    }

    private boolean verbQualifies(Sentence s, Token t) {
        String lemma = t.lowerLemma();
        List<Dependency> children = s.childrenOf(t.index());
        switch (lemma) {
            case "hold": {
                // "They were being held on the border": a passive hold whose subject is a pronoun refers back to talks.
                return children.stream().anyMatch(d -> d.relation().equals("nsubj:pass") && s.token(d.dependent()).isPronoun());
            }
            case "sign":
                return children.stream().anyMatch(d -> d.relation().equals("obj")
                        && SIGNABLE.contains(s.token(d.dependent()).lowerLemma()));
            case "talk", "speak":
                return children.stream().anyMatch(d -> caseOf(s, d.dependent()).filter(c -> c.equals("with")).isPresent());
            case "host":
                return children.stream().anyMatch(d -> d.relation().equals("obj")
                        && NOUNS.contains(s.token(d.dependent()).lowerLemma()));
            default:
                return true;
        }
    }

    /** The verb whose clause a noun trigger sits in ("held several hours of negotiations" -> held). */
    private static int governingVerb(Sentence s, int noun) {
        int k = noun;
        for (int depth = 0; depth < 5; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return k;
            }
            k = up.get().governor();
            if (s.token(k).isVerb()) {
                return k;
            }
            String rel = up.get().relation();
            if (rel.startsWith("acl") || rel.equals("appos")) {
                return noun;
            }
        }
        return noun;
    }

    private void collectParties(Sentence s, int trigger, int clause, Match m) {
        // "between X and Y", "with X", "joined by X": phrases on the trigger or its verb
        for (int head : clause == trigger ? List.of(trigger) : List.of(trigger, clause)) {
            for (Dependency d : s.childrenOf(head)) {
                Optional<String> c = caseOf(s, d.dependent());
                if (c.isPresent() && (c.get().equals("between") || c.get().equals("with") || c.get().equals("among"))) {
                    addActorsIn(s, d.dependent(), m, true);
                } else if (c.isPresent() && c.get().equals("by") && s.token(head).lowerLemma().matches("join|accompany")) {
                    addActorsIn(s, d.dependent(), m, true);
                } else if (c.isPresent() && c.get().equals("by") && s.token(head).lowerLemma().matches("mediate|broker|host|facilitate")) {
                    actorsIn(s, d.dependent()).forEach(a -> (s.token(head).lowerLemma().equals("host") ? m.hosts : m.mediators)
                            .add(a.party()));
                }
            }
        }
        // "talks mediated by X", "a meeting hosted by Y"
        for (Dependency d : s.childrenOf(trigger)) {
            if (d.relation().startsWith("acl") && s.token(d.dependent()).lowerLemma().matches("mediate|broker|host|facilitate|chair")) {
                boolean hosting = s.token(d.dependent()).lowerLemma().equals("host");
                for (Dependency e : s.childrenOf(d.dependent())) {
                    if (caseOf(s, e.dependent()).filter(c -> c.equals("by")).isPresent()) {
                        actorsIn(s, e.dependent()).forEach(a -> (hosting ? m.hosts : m.mediators).add(a.party()));
                    }
                }
            }
        }
        // Modifiers of the trigger noun: "Armenia-Azerbaijan talks", "Israeli-Palestinian negotiations"
        for (Dependency d : s.childrenOf(trigger)) {
            String rel = d.relation();
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")) {
                addActorsIn(s, d.dependent(), m, false);
            }
        }
        // "X and Y met and were joined by Z"
        for (Dependency d : s.childrenOf(clause)) {
            if (d.relation().equals("conj") && s.token(d.dependent()).lowerLemma().matches("join|accompany")) {
                for (Dependency e : s.childrenOf(d.dependent())) {
                    if (caseOf(s, e.dependent()).filter(c -> c.equals("by")).isPresent()) {
                        addActorsIn(s, e.dependent(), m, true);
                    }
                }
            }
        }
        // The subject of the verb and the verbs conjoined with it: "X and Y met", "Officials from X and Y ended talks";
        // not the subject of a speech verb ("X said in a meeting of his council").
        for (int verb : conjoinedVerbs(s, clause)) {
            if (verb != trigger && doc.lexicons().speechVerbs().is(s.token(verb).lemma(), SpeechVerbs.Use.QUOTE)) {
                continue;
            }
            for (Dependency d : s.childrenOf(verb)) {
                if (d.relation().startsWith("nsubj")) {
                    addActorsIn(s, d.dependent(), m, true);
                    Token subj = s.token(d.dependent());
                    if (subj.lowerLemma().matches("delegation|team|negotiator|official|side|diplomat|envoy")) {
                        for (int k : Speakers.nounPhraseTokens(s, d.dependent())) {
                            doc.actors().actorAt(s.index(), k).filter(a -> a.kind() == ActorKind.COUNTRY)
                                    .ifPresent(m.delegationParties::add);
                        }
                    }
                    if (subj.isPronoun() && !subj.lowerWord().equals("it")) {
                        speakers.nounPhrase(s, d.dependent()).ifPresent(r -> addParty(m, r.actor()));
                    }
                }
            }
        }
        // "between Sudanese and Chadian delegations": delegations named inside the phrases
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            if (t.lowerLemma().equals("delegation")) {
                for (Dependency d : s.childrenOf(k)) {
                    if (d.relation().equals("amod") || d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                        doc.actors().actorAt(s.index(), d.dependent()).filter(a -> a.kind() == ActorKind.COUNTRY)
                                .ifPresent(a -> {
                                    m.delegationParties.add(a);
                                    addActorsIn(s, d.dependent(), m, false);
                                });
                    }
                }
                doc.actors().actorAt(s.index(), k).filter(a -> a.kind() == ActorKind.COUNTRY).ifPresent(m.delegationParties::add);
            }
        }
    }

    private static List<Integer> conjoinedVerbs(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>();
        out.add(verb);
        Optional<Dependency> up = s.headOf(verb);
        if (up.isPresent() && up.get().relation().equals("conj") && up.get().governor() >= 0) {
            out.add(up.get().governor());
        }
        if (up.isPresent() && up.get().relation().equals("xcomp") && up.get().governor() >= 0) {
            out.add(up.get().governor());
        }
        return out;
    }

    private void addActorsIn(Sentence s, int head, Match m, boolean asParticipants) {
        for (LocalActor a : actorsIn(s, head)) {
            if (asParticipants && a.isPerson()) {
                m.participants.add(a);
            }
            addParty(m, a);
        }
    }

    private static void addParty(Match m, LocalActor a) {
        if (a.kind() == ActorKind.PLACE) {
            return;
        }
        m.parties.add(a.party());
    }

    /** Actors named in the phrase under {@code head}, outside quotations and places. */
    private List<LocalActor> actorsIn(Sentence s, int head) {
        List<LocalActor> out = new ArrayList<>();
        for (int k : s.subtree(head)) {
            if (doc.inQuote(s.token(k)) || isInsideLocative(s, k, head)) {
                continue;
            }
            Optional<ActorMention> a = doc.actors().at(s.index(), k);
            if (a.isPresent() && a.get().actor().kind() != ActorKind.PLACE && !out.contains(a.get().actor())) {
                out.add(a.get().actor());
            }
            if (s.token(k).isPronoun() && s.token(k).pos().equals("PRP$")) {
                speakers.nounPhrase(s, k).filter(r -> r.actor().isPerson()).ifPresent(r -> {
                    if (!out.contains(r.actor())) {
                        out.add(r.actor());
                    }
                });
            }
        }
        return out;
    }

    /** "on the border with Chad": an actor inside a locative phrase is a place, not a party. */
    private static boolean isInsideLocative(Sentence s, int token, int stopAt) {
        int k = token;
        for (int depth = 0; depth < 6 && k != stopAt; depth++) {
            Optional<String> c = caseOf(s, k);
            if (c.isPresent() && PLACE_CASES.contains(c.get())) {
                return true;
            }
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            k = up.get().governor();
        }
        return false;
    }

    private void collectPlaces(Sentence s, int trigger, int clause, Match m) {
        List<Integer> heads = new ArrayList<>(Speakers.nounPhraseTokens(s, trigger));
        if (clause != trigger) {
            heads.add(clause);
        }
        for (int head : heads) {
            for (Dependency d : s.childrenOf(head)) {
                Optional<String> c = caseOf(s, d.dependent());
                if (c.isEmpty() || !PLACE_CASES.contains(c.get()) || !(d.relation().startsWith("obl")
                        || d.relation().startsWith("nmod"))) {
                    continue;
                }
                // "on the border", "on the sidelines" are places; "on Iran's programme" is a topic.
                if (c.get().equals("on") && !ON_PLACES.contains(s.token(d.dependent()).lowerLemma())
                        && doc.actors().actorAt(s.index(), d.dependent()).filter(a -> a.kind() == ActorKind.PLACE).isEmpty()) {
                    continue;
                }
                for (int k : s.subtree(d.dependent())) {
                    Optional<ActorMention> a = doc.actors().at(s.index(), k);
                    boolean adjective = s.headOf(k).map(x -> x.relation().equals("amod") || x.relation().equals("nmod:poss"))
                            .orElse(false);
                    if (a.isPresent() && !adjective && (a.get().actor().kind() == ActorKind.PLACE
                            || a.get().actor().kind() == ActorKind.COUNTRY)) {
                        m.places.add(a.get().actor());
                    }
                }
            }
        }
    }

    private static Integer round(Sentence s, int trigger) {
        Token t = s.token(trigger);
        int roundToken = -1;
        if (t.lowerLemma().equals("round")) {
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
            int n = ORDINALS.indexOf(s.token(d.dependent()).lowerWord());
            if (n >= 0) {
                return n + 1;
            }
            String w = s.token(d.dependent()).word().replaceAll("(st|nd|rd|th)$", "");
            if (w.matches("\\d{1,2}") && d.relation().equals("amod")) {
                return Integer.parseInt(w);
            }
        }
        return null;
    }

    /**
     * Held unless the clause plans, proposes or cancels it; null when it says it did not happen.
     * Planning and proposing words count only when the negotiation is what they plan or propose
     * ("plan talks", "would not refuse a meeting"), not where something else happened ("demanded a
     * ceasefire in a call").
     */
    private NegotiationStatus status(Sentence s, int trigger, int clause) {
        List<int[]> chain = new ArrayList<>();
        chain.add(new int[] {trigger, 1});
        int k = trigger;
        boolean complement = true;
        for (int depth = 0; depth < 6; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            String rel = up.get().relation();
            if (rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("advcl") && depth > 0) {
                break;
            }
            complement = complement && (rel.equals("obj") || rel.equals("xcomp") || rel.startsWith("nsubj")
                    || rel.equals("nmod") || rel.startsWith("acl") || rel.equals("conj") || rel.equals("amod")
                    || rel.equals("compound"));
            k = up.get().governor();
            chain.add(new int[] {k, complement ? 1 : 0});
        }
        for (int[] c : chain) {
            String lemma = s.token(c[0]).lowerLemma();
            if (c[1] == 1 && CANCELLING.contains(lemma) && !(lemma.equals("break") && hasParticle(s, c[0], "up"))) {
                return NegotiationStatus.CANCELLED;
            }
        }
        for (int[] c : chain) {
            String lemma = s.token(c[0]).lowerLemma();
            boolean proposingWord = c[0] != trigger && PROPOSING.contains(lemma) || s.childrenOf(c[0]).stream()
                    .anyMatch(d -> d.relation().equals("amod") && PROPOSING.contains(s.token(d.dependent()).lowerLemma()));
            if (c[1] == 1 && proposingWord || doc.modal(s, c[0])) {
                return NegotiationStatus.PROPOSED;
            }
        }
        for (int[] c : chain) {
            if (doc.negated(s, c[0]) && s.token(c[0]).isVerb() && c[1] == 1) {
                return null;
            }
        }
        for (int[] c : chain) {
            String lemma = s.token(c[0]).lowerLemma();
            boolean planningWord = PLANNING.contains(lemma) && c[1] == 1;
            if (planningWord || doc.tense(s, c[0]) == TimeResolver.Tense.FUTURE) {
                return NegotiationStatus.PLANNED;
            }
            if (s.childrenOf(c[0]).stream().anyMatch(d -> d.relation().equals("amod")
                    && PLANNING.contains(s.token(d.dependent()).lowerLemma()))) {
                return NegotiationStatus.PLANNED;
            }
        }
        return NegotiationStatus.HELD;
    }

    private static boolean hasParticle(Sentence s, int verb, String particle) {
        return s.childrenOf(verb).stream().anyMatch(d -> s.token(d.dependent()).lowerWord().equals(particle));
    }

    private static String format(Sentence s, int trigger) {
        String lemma = s.token(trigger).lowerLemma();
        String before = trigger > 0 ? s.token(trigger - 1).lowerLemma() : "";
        if (lemma.equals("videoconference") || before.equals("video")) {
            return "video";
        }
        if (lemma.equals("call") || before.equals("phone") || before.equals("telephone")) {
            return "phone";
        }
        if (before.equals("indirect") || before.equals("proximity") || before.equals("shuttle")) {
            return "indirect";
        }
        if (lemma.equals("meet") || lemma.equals("meeting") || lemma.equals("summit")) {
            return "in-person";
        }
        return null;
    }

    private Optional<LocalDate> date(Sentence s, int trigger, int clause, NegotiationStatus status) {
        TimeResolver.Tense tense = status == NegotiationStatus.PLANNED ? TimeResolver.Tense.FUTURE : TimeResolver.Tense.PAST;
        List<EntityMention> dates = doc.dates(s).stream().filter(e -> doc.quoteAt(e.begin()).isEmpty()).toList();
        EntityMention nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (EntityMention e : dates) {
            if (TimeResolver.day(e, doc.publicationDate(), tense).isEmpty()) {
                continue;
            }
            boolean attached = attached(s, e, trigger) || attached(s, e, clause);
            int distance = attached ? -1 : Math.abs(e.tokenBegin() - trigger);
            boolean absolute = e.normalized().map(v -> v.matches("\\d{4}-\\d{2}-\\d{2}.*")).orElse(false)
                    && e.text().matches(".*\\d.*");
            if ((attached || absolute || distance <= 6) && distance < nearestDistance) {
                nearest = e;
                nearestDistance = distance;
            }
        }
        if (nearest != null) {
            return TimeResolver.day(nearest, doc.publicationDate(), tense);
        }
        if (status == NegotiationStatus.HELD && isLead(s)) {
            return doc.leadDate();
        }
        return Optional.empty();
    }

    private static boolean attached(Sentence s, EntityMention e, int head) {
        for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().governor() == head) {
                return true;
            }
        }
        return false;
    }

    /** The opening sentences of the article, which report on its story date. */
    private boolean isLead(Sentence s) {
        int seen = 0;
        for (Sentence x : doc.sentences()) {
            if (doc.article().clean().isRemoved(x.begin()) || x.size() < 5) {
                continue;
            }
            if (x.index() == s.index()) {
                return true;
            }
            if (++seen >= 4) {
                return false;
            }
        }
        return false;
    }

    private void outcome(Sentence s, Match m) {
        String text = doc.text(s, 0, s.size());
        Matcher agreement = AGREEMENT.matcher(text);
        Matcher partial = PARTIAL.matcher(text);
        Matcher none = NO_AGREEMENT.matcher(text);
        if (agreement.find()) {
            m.outcome = "agreement";
            m.outcomeText = agreement.group().strip();
        } else if (partial.find()) {
            m.outcome = "partial-agreement";
            m.outcomeText = partial.group().strip();
        } else if (none.find()) {
            m.outcome = "no-agreement";
            m.outcomeText = none.group().strip();
        }
    }

    private String level(Sentence s, int trigger, Match m) {
        boolean heads = false;
        boolean ministers = false;
        for (LocalActor p : m.participants) {
            String role = p.role().orElse("");
            if (HEAD_OF_STATE.stream().anyMatch(role::endsWith)) {
                heads = true;
            } else if (role.endsWith("minister") || role.endsWith("secretary of state")) {
                ministers = true;
            }
        }
        for (int k : s.subtree(trigger)) {
            String lemma = s.token(k).lowerLemma();
            if (lemma.equals("minister")) {
                ministers = true;
            } else if (lemma.equals("president") || lemma.equals("leader")) {
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

    /** "talks with Israel" in what a Hamas official said: the speaker's side is the other party. */
    private void speakerAsParty(Sentence s, Token trigger, Match m) {
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

    static Optional<String> caseOf(Sentence s, int token) {
        for (Dependency d : s.childrenOf(token)) {
            if (d.relation().equals("case")) {
                return Optional.of(s.token(d.dependent()).lowerWord());
            }
        }
        return Optional.empty();
    }

    // --- merging the mentions of one article -------------------------------------------------

    private List<Match> merge(List<Match> mentions) {
        List<Match> events = new ArrayList<>();
        Match salient = null;
        for (Match m : mentions) {
            if (m.anaphoric) {
                if (salient != null && m.status == NegotiationStatus.HELD && salient.status == NegotiationStatus.HELD
                        && placesCompatible(salient, m)) {
                    absorb(salient, m);
                }
                continue;
            }
            Match target = null;
            if (salient != null && compatible(salient, m)) {
                target = salient;
            } else {
                for (int i = events.size() - 1; i >= 0; i--) {
                    if (compatible(events.get(i), m)) {
                        target = events.get(i);
                        break;
                    }
                }
            }
            if (target == null) {
                events.add(m);
                target = m;
            } else {
                absorb(target, m);
            }
            if (target.status == NegotiationStatus.HELD) {
                salient = target;
            }
        }
        events.removeIf(e -> e.parties.size() < 2);
        return events;
    }

    private static boolean compatible(Match a, Match b) {
        if (a.status != b.status) {
            return false;
        }
        if (a.date != null && b.date != null && !a.date.equals(b.date)) {
            return false;
        }
        if (a.round != null && b.round != null && !a.round.equals(b.round)) {
            return false;
        }
        if (a.format != null && b.format != null && !a.format.equals(b.format)
                && (a.format.equals("phone") || b.format.equals("phone"))) {
            return false;
        }
        if (!placesCompatible(a, b)) {
            return false;
        }
        if (b.parties.isEmpty()) {
            return a.status == NegotiationStatus.HELD;
        }
        if (a.parties.size() < 2 || b.parties.size() < 2) {
            return false;
        }
        Set<LocalActor> shared = new LinkedHashSet<>(a.parties);
        shared.retainAll(b.parties);
        return shared.size() >= 2;
    }

    /** Places conflict only when both meetings are placed in different countries; a venue of unknown country fits any. */
    static boolean placesCompatible(Match a, Match b) {
        Set<LocalActor> countriesA = countries(a.places);
        Set<LocalActor> countriesB = countries(b.places);
        if (countriesA.isEmpty() || countriesB.isEmpty()) {
            return true;
        }
        Set<LocalActor> shared = new LinkedHashSet<>(countriesA);
        shared.retainAll(countriesB);
        return !shared.isEmpty();
    }

    private static Set<LocalActor> countries(Set<LocalActor> places) {
        Set<LocalActor> out = new LinkedHashSet<>();
        for (LocalActor p : places) {
            p.country().ifPresent(out::add);
        }
        return out;
    }

    private static void absorb(Match into, Match from) {
        into.parties.addAll(from.parties);
        into.participants.addAll(from.participants);
        into.places.addAll(from.places);
        into.mediators.addAll(from.mediators);
        into.hosts.addAll(from.hosts);
        into.delegationParties.addAll(from.delegationParties);
        into.sentences.addAll(from.sentences);
        if (into.date == null) {
            into.date = from.date;
        }
        if (into.round == null) {
            into.round = from.round;
        }
        if (into.format == null) {
            into.format = from.format;
        }
        if (into.level == null) {
            into.level = from.level;
        }
        if (from.outcome != null && (into.outcome == null || rankOutcome(from.outcome) > rankOutcome(into.outcome))) {
            into.outcome = from.outcome;
            into.outcomeText = from.outcomeText;
        }
        into.confidence = Math.max(into.confidence, from.confidence);
    }

    private static int rankOutcome(String outcome) {
        return switch (outcome) {
            case "agreement" -> 3;
            case "partial-agreement" -> 2;
            default -> 1;
        };
    }
}
