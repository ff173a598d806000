package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.parley.annotate.Dependency;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.Engine;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * Finds demands from the matches of the {@code demand} patterns (calls, insistence, urging,
 * conditions, obligations, refusals, agreed terms, priorities; {@code patterns/demand.*}) and does
 * what the patterns cannot:
 * <ul>
 *   <li>who demands: the party the pattern bound, else the subject of the demanding verb, else the
 *       voice that reports the demand (the speaker of the quotation or reported clause around it,
 *       the subject of the verb reporting it, the source "according to" which it is said);</li>
 *   <li>of whom: the addressee the pattern bound, else the subject or owner of what is demanded,
 *       else the other side of the negotiation the article reports ({@link DemandAddressees});</li>
 *   <li>what: one demand per item of what is demanded, each with its topic ({@link DemandContent});</li>
 *   <li>one demand per demander and topic in an article, the most trusted.</li>
 * </ul>
 * An agreed term ("the participants agreed to ...") is a demand only when a host or mediator
 * voices it, never when a side reports its own commitment; an obligation ("must", "should") only in
 * what someone says; an offer to do something oneself is never a demand on the other side.
 */
public final class DemandFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.NER);
    private static final String FAMILY = "demand";
    private static final int VOICE_DEPTH = 6;
    /** How much less a demand is trusted when its demander is inferred rather than named. */
    private static final double INFERRED = 0.9;

    /** A demand found, before it gets an id. */
    public record Match(LocalActor demander, Optional<LocalActor> addressee, String topic, String text,
                        Optional<String> condition, Optional<StatementFinder.Match> statement, int begin, int end,
                        double confidence, String rule) {}

    /** Who demands, and whether the text names them as demanding or we infer it. */
    private record Demander(LocalActor actor, boolean inferred) {}

    private final Document doc;
    private final Speakers speakers;
    private final List<StatementFinder.Match> statements;
    private final WordClasses words;
    private final Arguments arguments;
    private final DemandContent contents;
    private final DemandAddressees addressees;

    public DemandFinder(Document doc, Speakers speakers, List<StatementFinder.Match> statements,
                        List<NegotiationFinder.Match> negotiations) {
        this.doc = doc;
        this.speakers = speakers;
        this.statements = statements;
        this.words = doc.lexicons().words();
        this.arguments = new Arguments(doc, speakers);
        this.contents = new DemandContent(doc);
        this.addressees = new DemandAddressees(doc, speakers, negotiations, contents);
    }

    /** The article's demands, one per demander and topic, in text order. */
    public List<Match> find() {
        Map<String, Match> byDemanderAndTopic = new LinkedHashMap<>();
        Map<PatternMatch, List<Match>> found = new LinkedHashMap<>();
        for (PatternMatch m : doc.matches(FAMILY)) {
            found.put(m, demands(doc.sentences().get(m.sentence()), m));
        }
        Set<PatternMatch> read = conditionsReadOnTheSurfaceToo(found);
        for (Map.Entry<PatternMatch, List<Match>> e : found.entrySet()) {
            if (read.contains(e.getKey())) {
                continue;
            }
            for (Match d : e.getValue()) {
                // Demands of the catch-all topic are told apart by what they ask.
                String key = d.demander().id() + "|" + d.topic() + (d.topic().equals(DemandContent.OTHER) ? "|" + d.text() : "");
                Match known = byDemanderAndTopic.get(key);
                if (known == null || d.confidence() > known.confidence()) {
                    byDemanderAndTopic.put(key, d);
                }
            }
        }
        List<Match> out = new ArrayList<>(byDemanderAndTopic.values());
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * The surface matches of conditions the parse already read into demands: the surface reading of
     * the same "only after" runs to the end of the sentence, over any ", the minister said" after it.
     */
    private static Set<PatternMatch> conditionsReadOnTheSurfaceToo(Map<PatternMatch, List<Match>> found) {
        Map<Integer, Set<Integer>> parsedMarks = new HashMap<>();
        found.forEach((m, demands) -> {
            if (isCondition(m, Engine.SEMGREX) && !demands.isEmpty()) {
                parsedMarks.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.trigger());
            }
        });
        return found.keySet().stream().filter(m -> isCondition(m, Engine.TOKENSREGEX)
                && m.all(Role.TRIGGER).stream().anyMatch(parsedMarks.getOrDefault(m.sentence(), Set.of())::contains))
                .collect(Collectors.toSet());
    }

    private static boolean isCondition(PatternMatch m, Engine engine) {
        return m.pattern().engine() == engine && DemandConstruction.of(m) == DemandConstruction.CONDITION;
    }

    private List<Match> demands(Sentence s, PatternMatch m) {
        int trigger = m.trigger();
        DemandConstruction construction = DemandConstruction.of(m);
        Optional<StatementFinder.Match> statement = statementAround(s.token(trigger));
        boolean none = switch (construction) {
            case REFUSAL -> refusesADemand(s, m);
            case EXCHANGE -> isCompletedExchange(s, trigger);
            case OBLIGATION -> firstPerson(s, m) || noOneShouldExpect(s, m) || questioned(s, m) || nobodyMay(s, m);
            case CONDITION -> threatens(s, m) || mereCircumstance(s, m) || metInThePast(s, m) || concessive(s, trigger);
            case DIRECT, WISH -> deniedAsking(s, trigger) || wishesAState(s, m) || pressesSomeone(s, m)
                    || forecast(s, m) || supposed(s, trigger) || purposeOfComing(s, trigger);
            default -> false;
        };
        if (none || isAQuestion(s) || contentIsTheReport(s, m)) {
            return List.of();
        }
        Optional<PatternMatch> relayed = construction == DemandConstruction.DIRECT ? relayedBy(m) : Optional.empty();
        List<Demander> demanders = construction == DemandConstruction.AGREED_TERM
                ? voice(s, trigger, Set.copyOf(m.all(Role.CONTENT)), statement).map(a -> List.of(new Demander(a, true)))
                        .orElse(List.of())
                : relayed.isPresent() ? demanders(s, relayed.get(), DemandConstruction.of(relayed.get()), statement)
                : demanders(s, m, construction, statement);
        DemandContent.Content content = contents.of(s, m);
        if ((construction == DemandConstruction.DIRECT || construction == DemandConstruction.WISH)
                && assertsAFact(s, content, trigger)) {
            return List.of();
        }
        List<DemandContent.Item> items = contents.items(s, content);
        boolean untopical = items.isEmpty() && asksForAnAct(s, trigger, construction, content)
                && !seeksAnyAgreement(s, trigger, content);
        if (untopical) {
            items = contents.untopical(s, content);
        }
        if (construction == DemandConstruction.CONDITION) {
            items = items.stream().map(i -> withItsThing(s, i)).toList();
        }
        Optional<String> condition = construction == DemandConstruction.CONDITION
                ? Optional.of(conditionText(s, trigger, content))
                : content.condition().map(c -> StatementFinder.clean(doc.text(s, c[0], c[1] + 1)));
        // A condition asked of someone the article does not name ("unless the militia leaves"), of a thing
        // ("unless it sets the wells aside") or by the one who refuses of themselves ("unless they receive an
        // amnesty") still stands.
        boolean conditional = construction == DemandConstruction.CONDITION;
        List<Match> out = new ArrayList<>();
        for (Demander demander : demanders) {
            LocalActor by = demander.actor();
            // A text of no known issuer ("according to a joint statement") is the parties' own voice, no third party's.
            // What a passer-by wants is no side's demand.
            if (by.kind() == ActorKind.PLACE || by.isBystander() || construction == DemandConstruction.AGREED_TERM
                    && (by.isDocument() || !voicedByAThirdParty(s, m.all(Role.ADDRESSEE), by))) {
                continue;
            }
            double confidence = m.confidence() * (demander.inferred() ? INFERRED : 1.0);
            boolean unnamedAddressee = conditional && m.all(Role.ADDRESSEE).stream()
                    .allMatch(a -> !s.token(a).isPronoun() || s.token(a).lowerWord().equals("it") || speakers.nounPhrase(s, a)
                            .map(r -> r.actor().party() == by.party()).orElse(false));
            for (DemandContent.Item item : items) {
                Optional<LocalActor> addressee = addressees.of(s, m, item, content, by)
                        .filter(a -> a.party() != by.party() && !a.isDocument());
                if (untopical && addressee.isEmpty() && !unnamedAddressee && !urgesSomeoneUnlisted(s, m, construction)
                        && (construction == DemandConstruction.OBLIGATION || !m.all(Role.ADDRESSEE).isEmpty())) {
                    continue; // "any deal must not undo the old one", "wanted it named X": of no one named
                }
                String text = doc.text(s, item.first(), item.last() + 1).strip().replaceAll("\\s+", " ");
                out.add(new Match(by, addressee, item.topic(), text, condition, statement, s.token(item.first()).begin(),
                        s.token(item.last()).end(), Math.round(confidence * 100) / 100.0, m.rule()));
            }
        }
        return out;
    }

    /**
     * "unless a draft is ready": the state asked for is the thing's, so the thing belongs to the text
     * (no one is asked by it).
     */
    private DemandContent.Item withItsThing(Sentence s, DemandContent.Item item) {
        int head = item.topicHead();
        if (!isPredicateAdjective(s, head)) {
            return item;
        }
        return s.children(head, "nsubj").stream().filter(k -> addressees.actorOf(s, k).filter(a -> !a.isDocument()).isEmpty())
                .map(k -> s.subtree(k).stream().min(Integer::compare).orElse(k)).filter(k -> k < item.first()).findFirst()
                .map(k -> new DemandContent.Item(item.topic(), k, item.last(), head)).orElse(item);
    }

    /** "is ready", "was open": an adjective its clause says something is. */
    private static boolean isPredicateAdjective(Sentence s, int k) {
        return s.token(k).pos().startsWith("JJ") && !s.children(k, "cop").isEmpty();
    }

    /**
     * "urged the consortium to speed up drilling", "called on the people to vote", "thanked the
     * hosts and pressed them to ...", "urged those who fear the census to ...": a call on someone no list
     * names still asks them to act; "it" ("wanted it named X") asks no one, and what a wish's object
     * is to undergo ("wants the sanctions to be lifted") is the wish's content.
     */
    private boolean urgesSomeoneUnlisted(Sentence s, PatternMatch m, DemandConstruction construction) {
        String verb = s.token(m.trigger()).lemma();
        return construction == DemandConstruction.DIRECT && !words.contains("wish-verbs", verb)
                && !words.contains("wanting-verbs", verb)
                && m.all(Role.ADDRESSEE).stream().map(s::token)
                        .anyMatch(t -> t.isNoun() && !t.isPronoun() || t.isPronoun() && !words.value("pronouns", t.lowerWord())
                                .filter("neuter"::equals).isPresent() || describedPeople(s, t));
    }

    /** "those who fear the census": a demonstrative a relative clause describes stands for people. */
    private static boolean describedPeople(Sentence s, Token t) {
        return t.lowerWord().equals("those") && s.children(t.index(), "acl:relcl").stream()
                .anyMatch(v -> s.children(v, "nsubj").stream().anyMatch(k -> s.token(k).lowerWord().equals("who")));
    }

    // --- who demands ---------------------------------------------------------------------------

    /** Who demands: one demander per actor a coordinated party names ("Norway and Cuba urged ..."). */
    private List<Demander> demanders(Sentence s, PatternMatch m, DemandConstruction construction,
                                     Optional<StatementFinder.Match> statement) {
        List<Demander> named = new ArrayList<>();
        for (int head : m.all(Role.PARTY)) {
            List<Integer> conjuncts = m.pattern().engine() == Engine.TOKENSREGEX ? List.of(head) : Arguments.conjuncts(s, head);
            for (int conjunct : conjuncts) {
                partyAt(s, m, construction, conjunct, statement)
                        .filter(a -> named.stream().noneMatch(d -> d.actor() == a))
                        .ifPresent(a -> named.add(new Demander(a, s.token(conjunct).isPronoun())));
            }
            if (!named.isEmpty()) {
                return named;
            }
            if (wishOfSomeoneUnnamed(s, m, head)) {
                return List.of();
            }
        }
        return demander(s, m, construction, statement).map(List::of).orElse(List.of());
    }

    /**
     * "our fishermen want calm waters", "the villagers want their land back, she said": a
     * wish the text gives to people described by a common noun, none of them named, is theirs, not the
     * speaker's demand ("the Republic expects ..." may be a state's name the lexicon lacks).
     */
    private boolean wishOfSomeoneUnnamed(Sentence s, PatternMatch m, int party) {
        String verb = s.token(m.trigger()).lemma();
        Token t = s.token(party);
        return words.contains("wish-verbs", verb)
                && t.pos().matches("NNS?") && s.headOf(party).filter(d -> d.relation().startsWith("nsubj")).isPresent();
    }

    private Optional<Demander> demander(Sentence s, PatternMatch m, DemandConstruction construction,
                                        Optional<StatementFinder.Match> statement) {
        Token t = s.token(m.trigger());
        if (t.isNoun()) {
            Optional<LocalActor> owner = nounOwner(s, m.trigger(), construction);
            if (owner.isPresent()) {
                return owner.map(a -> new Demander(a, false));
            }
            boolean predicateSubject = s.headOf(m.trigger()).filter(d -> d.relation().startsWith("nsubj")).isPresent();
            if (!predicateSubject && construction != DemandConstruction.CONDITION) {
                return Optional.empty(); // "rejected calls for a truce": a call nobody in the sentence made
            }
        }
        if (construction == DemandConstruction.CONDITION) {
            Optional<LocalActor> agent = conditionedAgent(s, m);
            if (agent.isPresent()) {
                return agent.map(a -> new Demander(a, false));
            }
        }
        if (m.pattern().roles().contains(Role.PARTY) && t.isVerb()) {
            // "X said the accord was a betrayal and called on Y to ...": a document is the subject of the
            // clause the parser joined the call to, not the one who calls; the one who said it is.
            boolean ownSubject = s.childrenOf(m.trigger()).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            Optional<LocalActor> agent = speakers.agentOf(s, m.trigger()).map(Speakers.Resolved::actor)
                    .filter(a -> !asked(s, m, a)).filter(a -> ownSubject || !a.isDocument());
            if (agent.isPresent()) {
                return agent.map(a -> new Demander(a, false));
            }
        }
        Optional<LocalActor> reportedOf = subjectOfAPassiveReport(s, m.trigger());
        if (reportedOf.isPresent()) {
            return reportedOf.map(a -> new Demander(a, false));
        }
        return voice(s, m.trigger(), Set.copyOf(m.all(Role.CONTENT)), statement).map(a -> new Demander(a, true));
    }

    /**
     * "Chile, for its part, is said to have pressed for ...", "Peru is believed to want ...": the subject
     * of a report in the passive is who does what its infinitive says; the writer only relays it. ("Peru
     * is expected to call for ..." foretells a demand not yet made.)
     */
    private Optional<LocalActor> subjectOfAPassiveReport(Sentence s, int verb) {
        Optional<Dependency> up = s.headOf(verb).filter(d -> d.relation().equals("xcomp") && d.governor() >= 0);
        if (up.isEmpty() || !words.contains("hearsay-verbs", s.token(up.get().governor()).lemma())) {
            return Optional.empty();
        }
        return s.children(up.get().governor(), "nsubj:pass").stream().findFirst()
                .flatMap(n -> speakers.nounPhrase(s, n)).map(Speakers.Resolved::actor);
    }

    /** The actor a bound party names; "we" in what someone says is the speaker's side. */
    private Optional<LocalActor> partyAt(Sentence s, PatternMatch m, DemandConstruction construction, int head,
                                         Optional<StatementFinder.Match> statement) {
        if (m.pattern().engine() == Engine.TOKENSREGEX) {
            return doc.actors().actorAt(s.index(), head).filter(a -> a.kind() != ActorKind.PLACE);
        }
        if (addressees.isFirstPerson(s.token(head))) {
            return statement.map(StatementFinder.Match::speaker)
                    .or(() -> voice(s, m.trigger(), Set.copyOf(m.all(Role.CONTENT)), statement));
        }
        if (construction == DemandConstruction.CONDITION && conditionOnItself(s, m, head)) {
            return Optional.empty();
        }
        if (construction == DemandConstruction.CONDITION && passiveSubject(s, head)) {
            return voice(s, m.trigger(), Set.copyOf(m.all(Role.CONTENT)), statement);
        }
        return speakers.nounPhrase(s, head).map(Speakers.Resolved::actor).filter(a -> a.kind() != ActorKind.PLACE);
    }

    /**
     * "the new mayors will be confirmed only after ...": what is done to someone on a condition is
     * not their condition; the voice that says so demands it.
     */
    private static boolean passiveSubject(Sentence s, int head) {
        return s.token(head).isNoun() && s.headOf(head).filter(d -> d.relation().equals("nsubj:pass")).isPresent();
    }

    /**
     * "they would receive an amnesty if they laid down their weapons": the one offered something on
     * a condition is not who demands it; the voice that offers is.
     */
    private boolean conditionOnItself(Sentence s, PatternMatch m, int partyHead) {
        // "the rebels will not disarm unless they receive an amnesty": who refuses asks it, even of themselves
        // by a pronoun; "Kenya will not ratify unless the Kenyan parliament approves" asks nothing of anyone.
        boolean refusal = refusesUntil(s, m) && !s.token(partyHead).isPronoun();
        for (int a : m.all(Role.ADDRESSEE)) {
            if (refusal && s.token(a).isPronoun()) {
                continue;
            }
            if (s.token(a).lowerLemma().equals(s.token(partyHead).lowerLemma())) {
                return true;
            }
            // "the herders would reject the charter unless it set the wells aside": "it" is the thing, not them.
            if (differInNumber(s.token(a), s.token(partyHead))) {
                continue;
            }
            Optional<LocalActor> x = speakers.nounPhrase(s, a).map(Speakers.Resolved::actor);
            Optional<LocalActor> y = speakers.nounPhrase(s, partyHead).map(Speakers.Resolved::actor);
            if (x.isPresent() && y.isPresent() && x.get().party() == y.get().party()) {
                return true;
            }
        }
        return false;
    }

    /** True when the clause the condition hangs on is denied ("will not disarm unless ..."): a refusal. */
    private boolean refusesUntil(Sentence s, PatternMatch m) {
        return m.all(Role.CONTENT).stream().flatMap(c -> s.headOf(c).stream())
                .filter(d -> d.relation().equals("advcl") && d.governor() >= 0)
                .anyMatch(d -> s.children(d.governor(), "advmod").stream()
                        .anyMatch(k -> words.contains("negation-words", s.token(k).lowerWord())));
    }

    /** A singular pronoun ("it", "he") and a plural phrase ("the rebels", "they") cannot be the same party. */
    private boolean differInNumber(Token a, Token b) {
        return singularPronoun(a) && plural(b) || singularPronoun(b) && plural(a);
    }

    private boolean singularPronoun(Token t) {
        return t.isPronoun() && !words.contains("plural-pronouns", t.lowerWord())
                && !addressees.isFirstPerson(t) && !t.lowerWord().equals("you");
    }

    private boolean plural(Token t) {
        return t.pos().equals("NNS") || t.pos().equals("NNPS") || words.contains("plural-pronouns", t.lowerWord());
    }

    /** True when {@code actor}'s side is who the match asks to act: no one demands of themselves. */
    private boolean asked(Sentence s, PatternMatch m, LocalActor actor) {
        for (int head : m.all(Role.ADDRESSEE)) {
            if (arguments.actors(s, head).stream().anyMatch(a -> a.party() == actor.party())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who does what a condition conditions, when the pattern bound no subject: "Colombia agreed to
     * suspend the offensive on condition that ..." is Colombia's condition. Not when the one who
     * must meet the condition is the same ("they would receive ... if they laid down ...").
     */
    private Optional<LocalActor> conditionedAgent(Sentence s, PatternMatch m) {
        Set<Integer> heads = Set.copyOf(m.all(Role.CONTENT));
        int k = m.trigger();
        for (int depth = 0; depth < 4; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return Optional.empty();
            }
            k = up.get().governor();
            if (!heads.contains(k) && s.token(k).isVerb()) {
                break;
            }
        }
        if (!s.token(k).isVerb()) {
            return Optional.empty();
        }
        Optional<LocalActor> agent = speakers.agentOf(s, k).map(Speakers.Resolved::actor)
                .filter(a -> a.kind() != ActorKind.PLACE);
        for (int a : m.all(Role.ADDRESSEE)) {
            Optional<LocalActor> asked = speakers.nounPhrase(s, a).map(Speakers.Resolved::actor);
            if (agent.isPresent() && asked.isPresent() && asked.get().party() == agent.get().party()) {
                return Optional.empty();
            }
        }
        return agent;
    }

    /**
     * Whose a demand noun is: its owner ("Kenya's demands", "a top Seoul priority", "the priority for
     * Seoul"), else the subject of the verb that makes or repeats it ("renewed its call for").
     */
    private Optional<LocalActor> nounOwner(Sentence s, int noun, DemandConstruction construction) {
        for (Dependency d : s.childrenOf(noun)) {
            boolean modifier = d.relation().equals("nmod:poss") || d.relation().equals("compound") || d.relation().equals("amod")
                    || d.relation().equals("nmod") && Arguments.caseOf(s, d.dependent()).filter("for"::equals).isPresent();
            if (modifier) {
                Optional<LocalActor> a = addressees.actorOf(s, d.dependent());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        Optional<Dependency> up = s.headOf(noun);
        if (up.isPresent() && up.get().governor() >= 0 && up.get().relation().equals("obj")
                && words.contains("issuing-verbs", s.token(up.get().governor()).lemma())) {
            return speakers.agentOf(s, up.get().governor()).map(Speakers.Resolved::actor);
        }
        if (up.isPresent() && up.get().governor() >= 0 && construction == DemandConstruction.EXCHANGE) {
            return speakers.agentOf(s, up.get().governor()).map(Speakers.Resolved::actor);
        }
        return Optional.empty();
    }

    /**
     * Who voices what a trigger says: the subject of the nearest verb above it that reports speech
     * ("the envoy said that ..."), else the speaker of the quotation or reported clause around it
     * (the source "according to" which it is said, too). A verb of the demanded words themselves never
     * voices them: in "would go free only when the bank confirmed the funds had arrived" the bank
     * confirming is the condition, not who sets it.
     */
    private Optional<LocalActor> voice(Sentence s, int trigger, Set<Integer> demanded,
                                       Optional<StatementFinder.Match> statement) {
        int k = trigger;
        for (int depth = 0; depth < VOICE_DEPTH; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            k = up.get().governor();
            if (contents.isReporting(s.token(k)) && !demanded.contains(k)) {
                Optional<LocalActor> agent = speakers.agentOf(s, k).map(Speakers.Resolved::actor)
                        .filter(a -> a.kind() != ActorKind.PLACE);
                if (agent.isPresent()) {
                    return agent;
                }
            }
        }
        return statement.map(StatementFinder.Match::speaker).filter(a -> a.kind() != ActorKind.PLACE);
    }

    /**
     * "X called on the UN to press the rebels to open the roads": a demand that is itself what another
     * asks someone to make is the asker's, relayed; the one asked to press demands nothing of their own.
     */
    private Optional<PatternMatch> relayedBy(PatternMatch m) {
        return doc.matches(FAMILY).stream().filter(o -> o != m && o.sentence() == m.sentence()
                && DemandConstruction.of(o) == DemandConstruction.DIRECT && o.all(Role.CONTENT).contains(m.trigger())).findFirst();
    }

    // --- which matches are no demands ------------------------------------------------------------

    private boolean isConditionMark(Sentence s, Dependency d) {
        return d.relation().equals("mark") && words.contains("condition-marks", s.token(d.dependent()).lemma());
    }

    /**
     * "rejected calls for a truce", "would never accept their demands": refusing a demand is not making
     * one; nor is turning down a step of the process ("rejected any outside mediation", "rejected the
     * truce", "refused to accept any mention of the dam"), which asks nothing of anyone.
     */
    private boolean refusesADemand(Sentence s, PatternMatch m) {
        // "will not accept any truce unless the militia leaves": what is demanded is the condition.
        for (Dependency d : s.childrenOf(m.trigger())) {
            if (d.relation().startsWith("advcl") && s.childrenOf(d.dependent()).stream().anyMatch(c -> isConditionMark(s, c))) {
                return true;
            }
            // "sanctions stay possible if Quito does not accept observers": a refusal supposed, not made.
            if (isConditionMark(s, d)) {
                return true;
            }
        }
        for (int h : m.all(Role.CONTENT)) {
            String lemma = s.token(h).lemma();
            if (words.contains("demand-nouns", lemma) || words.contains("proposal-nouns", lemma)
                    || words.contains("agenda-nouns", lemma)) {
                return true;
            }
            // Warning someone against talks asks something of them; a truce "that leaves troops in Gedo"
            // names a term refused.
            boolean step = words.contains("process-nouns", lemma) || words.contains("event-nouns", lemma)
                    || words.contains("truce-nouns", lemma);
            if (step && m.all(Role.ADDRESSEE).isEmpty() && !namesATerm(s, h)) {
                return true;
            }
        }
        return false;
    }

    /** "a truce that leaves troops in Gedo", "talks on the islands": a clause or phrase that says what the thing holds. */
    private static boolean namesATerm(Sentence s, int noun) {
        return s.childrenOf(noun).stream().anyMatch(d -> d.relation().startsWith("acl") || d.relation().equals("nmod")
                && !withWhom(s, d.dependent()));
    }

    /** "with Kenya", "between the two sides": a phrase that says with whom, not what. */
    private static boolean withWhom(Sentence s, int k) {
        return Arguments.caseOf(s, k).filter(c -> c.equals("with") || c.equals("between")).isPresent();
    }

    /** "if Quito is at fault", "if the army is strong": a state, no act ("if Peru is ready to withdraw" names one). */
    private static boolean isAState(Sentence s, int head) {
        return (s.token(head).lemma().equals("be") || !s.children(head, "cop").isEmpty()) && s.children(head, "xcomp").isEmpty();
    }

    /**
     * "The levy stays, even if the importers lobby for a cut": what would not change a stand is no
     * condition of it.
     */
    private static boolean concessive(Sentence s, int mark) {
        return mark > 0 && s.token(mark - 1).lowerWord().equals("even");
    }

    /**
     * "if the council asks for a recount", "asked whether the union would insist on it": a demand supposed
     * or asked about in a clause of its own is not one anyone made.
     */
    private boolean supposed(Sentence s, int trigger) {
        return ClauseStatus.supposed(s, trigger, words);
    }

    /**
     * "Our team has come to Oslo to seek a lasting settlement": what speakers say they came to seek or pursue
     * is why they are at the table, their aim rather than a demand of anyone. Coming "to demand" something
     * still demands it, and told of others ("she flew in to press for a truce") it reports pressing.
     */
    private boolean purposeOfComing(Sentence s, int trigger) {
        if (trigger < 2 || !s.token(trigger - 1).lowerWord().equals("to") || !words.contains("aim-verbs", s.token(trigger).lemma())) {
            return false;
        }
        if (s.token(trigger - 2).lowerWord().equals("here")) {
            for (int k = trigger - 3; k >= Math.max(0, trigger - 6); k--) {
                if (addressees.isFirstPerson(s.token(k))) {
                    return true;
                }
            }
            return false;
        }
        return s.headOf(trigger).filter(d -> (d.relation().equals("xcomp") || d.relation().startsWith("advcl"))
                && d.governor() >= 0 && words.contains("arrival-verbs", s.token(d.governor()).lemma())
                && s.children(d.governor(), "nsubj").stream().anyMatch(k -> addressees.isFirstPerson(s.token(k))
                        || s.children(k, "nmod:poss").stream().anyMatch(o -> addressees.isFirstPerson(s.token(o)))))
                .isPresent();
    }

    /**
     * "if the truce holds, aid will flow": a plain "if" whose clause has no one acting in it, or only a
     * state someone is in, is a circumstance, not a demand; one with an actor ("if the army withdraws"),
     * a passive ("if sanctions are lifted") or after "only" is a condition someone must meet.
     */
    private boolean mereCircumstance(Sentence s, PatternMatch m) {
        int mark = m.trigger();
        if (!words.contains("circumstance-marks", s.token(mark).lemma()) || contents.restrictedBefore(s, mark)) {
            return false;
        }
        List<Integer> heads = m.all(Role.CONTENT);
        if (!heads.isEmpty() && heads.stream().allMatch(h -> isAState(s, h))) {
            return true;
        }
        for (int h : heads) {
            for (Dependency d : s.childrenOf(h)) {
                if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
                    return false;
                }
                Token subject = s.token(d.dependent());
                boolean someone = addressees.actorOf(s, d.dependent()).isPresent() || subject.isPronoun()
                        && (addressees.isFirstPerson(subject) || words.contains("plural-pronouns", subject.lowerWord()));
                if (d.relation().equals("nsubj") && someone) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "The union called off the strike only after the board restored the bonus": a condition the
     * story tells as met, both verbs in the past with no modal ("were freed only after ... paid" too),
     * was once demanded and is now history. Said ahead ("would call it off only after they restored
     * ...") it still stands; so does "only if", which in the past is mostly reported speech moved back
     * a tense ("said it accepted talks only if the troops withdrew").
     */
    private boolean metInThePast(Sentence s, PatternMatch m) {
        for (int mark : m.all(Role.TRIGGER)) {
            Token t = s.token(mark);
            if (!words.contains("only-condition-marks", t.lemma()) || t.lowerLemma().equals("if")) {
                continue;
            }
            Optional<Dependency> clause = s.headOf(mark).filter(d -> d.relation().equals("mark") || d.relation().equals("case"));
            Optional<Dependency> main = clause.flatMap(d -> s.headOf(d.governor())).filter(d -> d.governor() >= 0);
            if (clause.isEmpty() || main.isEmpty()) {
                continue;
            }
            return toldInThePast(s, clause.get().governor()) && toldInThePast(s, main.get().governor());
        }
        return false;
    }

    /** A verb in the simple past, or a past passive ("were freed"), with no modal. */
    private static boolean toldInThePast(Sentence s, int verb) {
        List<Token> auxiliaries = s.childrenOf(verb).stream().filter(d -> d.relation().startsWith("aux"))
                .map(d -> s.token(d.dependent())).toList();
        if (auxiliaries.stream().anyMatch(a -> a.pos().equals("MD"))) {
            return false;
        }
        String tag = s.token(verb).pos();
        return tag.equals("VBD") || tag.equals("VBN") && auxiliaries.stream().anyMatch(a -> a.pos().equals("VBD"));
    }

    /**
     * "A and B agreed on a truce and on a prisoner swap, the envoy announced after the talks": where the
     * parser hangs a report that closes the sentence on the demand as its content, that content is the
     * report (a finite verb of speech after a comma, taking nothing in before it), not anything asked.
     */
    private boolean contentIsTheReport(Sentence s, PatternMatch m) {
        List<Integer> heads = m.all(Role.CONTENT);
        return !heads.isEmpty() && m.pattern().engine() == Engine.SEMGREX
                && heads.stream().allMatch(h -> closingReport(s, m.trigger(), h));
    }

    private boolean closingReport(Sentence s, int trigger, int h) {
        boolean afterAComma = IntStream.range(trigger + 1, h).anyMatch(k -> s.token(k).word().equals(","));
        return h > trigger && afterAComma && s.token(h).pos().matches("VB[DZP]")
                && doc.lexicons().speechVerbs().isSpeechVerb(s.token(h).lemma())
                // what it took in before it ("committed to refrain ..., X said") is still the term's
                && s.childrenOf(h).stream().noneMatch(d -> d.relation().equals("mark")
                        || d.dependent() < h && !d.relation().startsWith("nsubj") && !d.relation().equals("punct"));
    }

    /** "if the truce collapses, ...": a condition that something goes wrong threatens, it does not demand. */
    private boolean threatens(Sentence s, PatternMatch m) {
        return m.all(Role.CONTENT).stream().anyMatch(h -> words.contains("breakdown-verbs", s.token(h).lemma()));
    }

    /** "released 13 detainees in exchange for ...": a swap done is no demand; one offered or negotiated is. */
    private boolean isCompletedExchange(Sentence s, int trigger) {
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        Token governor = s.token(up.get().governor());
        return governor.pos().equals("VBD") || governor.pos().equals("VBN");
    }

    /** An agency, a broadcaster or a paper by the last word of its name ("Kenya News Agency", "state television"). */
    private boolean isNewsOutlet(LocalActor a) {
        if (a.isPerson()) {
            return false;
        }
        String[] name = a.name().toLowerCase(Locale.ROOT).split("\\s+");
        return words.contains("outlet-nouns", name[name.length - 1])
                && (name.length == 1 || words.contains("news-name-words", name[name.length - 2]));
    }

    /**
     * An agreed term is the demand of whoever voices it only when they are known not to be among
     * those who agreed: "the participants agreed to ..., the host said", not "we agreed" or "both
     * countries agreed", not a side's own commitment, and not when the voice is a person of no known side.
     */
    private boolean voicedByAThirdParty(Sentence s, List<Integer> subjects, LocalActor voice) {
        if (subjects.isEmpty() || voice.isPerson() && voice.party() == voice) {
            return false; // a person the article ties to no side may well be one of those who agreed
        }
        if (isNewsOutlet(voice)) {
            return false; // "A and B agreed to ..., the state news agency reported": the agency tells, it asks nothing
        }
        for (int head : subjects) {
            if (s.token(head).lowerWord().equals("it")) {
                return false; // "it was agreed that ...": no one the voice stands apart from
            }
            if (addressees.isFirstPerson(s.token(head)) || s.childrenOf(head).stream()
                    .anyMatch(d -> words.contains("dual-words", s.token(d.dependent()).lemma()))) {
                return false;
            }
            for (LocalActor a : arguments.actors(s, head)) {
                if (a.party() == voice.party()) {
                    return false;
                }
            }
            if (s.token(head).isPronoun()
                    && speakers.nounPhrase(s, head).map(r -> r.actor().party() == voice.party()).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "is seeking a just and lasting settlement", "wants a fair agreement with Kenya": pursuing or
     * wanting an agreement that the words name no term of is an aim every side has, not a demand of
     * the other ("is seeking a settlement that returns the districts" names one).
     */
    private boolean seeksAnyAgreement(Sentence s, int trigger, DemandContent.Content content) {
        String verb = s.token(trigger).lemma();
        if (!words.contains("aim-verbs", verb) && !words.contains("wanting-verbs", verb)) {
            return false;
        }
        List<Integer> heads = keptHeads(content);
        return !heads.isEmpty() && heads.stream().allMatch(h -> words.contains("agreement-nouns", s.token(h).lemma())
                && s.childrenOf(h).stream().allMatch(d -> saysNothingOfTheTerms(s, d)));
    }

    /**
     * A word on an agreement noun that says nothing of what it holds: an article or a comma, praise
     * ("fair", "just and lasting": {@code evaluative-adjectives}) or with whom ("with Kenya"). Not
     * "a prisoner-swap deal", "a binding treaty" or "a security pact".
     */
    private boolean saysNothingOfTheTerms(Sentence s, Dependency d) {
        String relation = d.relation();
        if (relation.equals("det") || relation.equals("punct") || relation.equals("cc")) {
            return true;
        }
        if (relation.equals("amod") || relation.equals("advmod")) {
            return Arguments.conjuncts(s, d.dependent()).stream()
                    .allMatch(k -> words.contains("evaluative-adjectives", s.token(k).lowerWord()));
        }
        return relation.equals("nmod") && withWhom(s, d.dependent());
    }

    /**
     * True when a demanding construction asks for an act or a thing, not for a fact to be so:
     * "urged them to show flexibility", "demanded that the council release its fighters", "wants a
     * binding agreement", "must hand over the commanders". Not "insisted that the talks were
     * technical" or "insisted that they would stay" (what is, or will be, is asserted, not asked),
     * and a bare obligation only of a thing ("must" is about an act).
     */
    private boolean asksForAnAct(Sentence s, int trigger, DemandConstruction construction, DemandContent.Content content) {
        if (construction == DemandConstruction.CONDITION) {
            // "unless the militia vacates the towns", "only if ...": such a condition asks for its act, in any
            // tense; a plain "if" names no topic of its own ("if the invasion continues", "even if").
            String mark = s.token(trigger).lemma();
            boolean asking = !words.contains("circumstance-marks", mark) || contents.restrictedBefore(s, trigger);
            // "unless a draft is ready", "only if the road is open": a state someone can bring about asks for it
            // too ("unless the weather is bad" does not).
            List<Integer> heads = keptHeads(content);
            return asking && !heads.isEmpty() && heads.stream().allMatch(h -> s.token(h).isVerb()
                    || isPredicateAdjective(s, h) && words.contains("attainable-states", s.token(h).lemma()));
        }
        if (construction != DemandConstruction.DIRECT && construction != DemandConstruction.WISH
                && construction != DemandConstruction.OBLIGATION) {
            return false;
        }
        List<Integer> heads = keptHeads(content);
        if (heads.isEmpty()) {
            return false;
        }
        for (int h : heads) {
            Token t = s.token(h);
            boolean thing = t.isNoun() && !t.isPronoun() && construction != DemandConstruction.OBLIGATION
                    && !namesSomeone(s, h);
            boolean act = t.isVerb() && !pastTense(t) && !t.pos().equals("VBZ")
                    && (!reportsWhatIsOrWillBe(s, h) || refusesToConcedeOrClaimsAlone(s, h, trigger));
            if (!thing && !act) {
                return false;
            }
        }
        return true;
    }

    /**
     * "insisted that the talks were technical", "insisted that they would stay": a clause with its own
     * subject in the past or present indicative, or with a modal of what will or may be, says what is,
     * not what must be ("demanded that the troops leave", "insisted that they must leave" ask). A
     * demand or condition that is the subject, now ("their main demand is a truce"), says what is
     * asked; one that was ("the priority was trade"), or an aim, tells what someone sought.
     */
    private boolean assertsAFact(Sentence s, DemandContent.Content content, int trigger) {
        List<Integer> heads = keptHeads(content);
        return !heads.isEmpty() && heads.stream().allMatch(h -> s.childrenOf(h).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj") && !(d.dependent() == trigger && namesADemandNow(s, h, trigger)))
                && reportsWhatIsOrWillBe(s, h) && !refusesToConcedeOrClaimsAlone(s, h, trigger));
    }

    /**
     * "insisted that it would never cede the islands", "insisted that it alone would set the quotas":
     * what the insisting side says it will not give up, or will decide alone, is a position it presses
     * on the other side, not a forecast ("insisted that the truce would hold" still says what will be,
     * and "insisted that Somalia would never cede the islands" is a forecast about another side).
     */
    private boolean refusesToConcedeOrClaimsAlone(Sentence s, int head, int trigger) {
        Token verb = s.token(head);
        // What it will do: "had not given up anything" tells of the past, "could not cede" of what it can.
        boolean future = s.children(head, "aux").stream().anyMatch(k -> words.contains("future-auxiliaries", s.token(k).lowerWord())
                || s.token(k).lowerWord().equals("would"));
        Optional<Integer> subject = s.childrenOf(head).stream().filter(d -> d.relation().equals("nsubj"))
                .map(Dependency::dependent).findFirst();
        if (!verb.isVerb() || !future || subject.isEmpty() || !isTheInsister(s, subject.get(), trigger)) {
            return false;
        }
        return refusesToConcede(s, head) || claimsToDecideAlone(s, head, subject.get());
    }

    /** "would never cede", "will not give up", "would not hand over" (a verb of {@code concession-verbs}, negated). */
    private boolean refusesToConcede(Sentence s, int head) {
        Token verb = s.token(head);
        boolean withParticle = words.contains("particle-concession-verbs", verb.lemma());
        boolean conceding = words.contains("concession-verbs", verb.lemma()) || withParticle
                && s.children(head, "compound:prt").stream().anyMatch(k -> words.contains("concession-particles", s.token(k).lowerWord()));
        return conceding && doc.negated(s, head);
    }

    /** "it alone would set the quotas", "only Ghana will decide" ({@code exclusive-words} on the side, or "alone" on the verb). */
    private boolean claimsToDecideAlone(Sentence s, int head, int subject) {
        // "only" on the verb limits when or how ("would only resume next week"); on the side, or "alone", who.
        boolean aloneOnTheVerb = s.childrenOf(head).stream().anyMatch(d -> d.relation().equals("advmod")
                && s.token(d.dependent()).lowerWord().equals("alone"));
        return aloneOnTheVerb || s.childrenOf(subject).stream()
                .anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("amod"))
                        && words.contains("exclusive-words", s.token(d.dependent()).lowerWord()));
    }

    /** The clause's subject is who insists: a pronoun for them, or an actor of their side. */
    private boolean isTheInsister(Sentence s, int subject, int trigger) {
        if (s.token(subject).isPronoun()) {
            return true;
        }
        Optional<LocalActor> own = doc.actors().actorAt(s.index(), subject);
        return own.isPresent() && s.childrenOf(trigger).stream().filter(d -> d.relation().equals("nsubj"))
                .map(d -> doc.actors().actorAt(s.index(), d.dependent()))
                .anyMatch(a -> a.isPresent() && a.get().party() == own.get().party());
    }

    private boolean namesADemandNow(Sentence s, int predicate, int trigger) {
        String noun = s.token(trigger).lemma();
        return (words.contains("demand-nouns", noun) || words.contains("condition-nouns", noun))
                && s.childrenOf(predicate).stream().anyMatch(d -> d.relation().equals("cop")
                        && (s.token(d.dependent()).pos().equals("VBZ") || s.token(d.dependent()).pos().equals("VBP")));
    }

    /**
     * "pressed Russia", "push Lebanon's claim": a noun that is someone, or is someone's, names whom
     * the verb presses or what it advances, not a thing asked for.
     */
    private boolean namesSomeone(Sentence s, int noun) {
        if (doc.actors().actorAt(s.index(), noun).isPresent()) {
            return true;
        }
        return s.childrenOf(noun).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                && doc.actors().actorAt(s.index(), d.dependent()).isPresent());
    }

    /** The heads of what is demanded, less those of a condition or attribution left out of it. */
    private static List<Integer> keptHeads(DemandContent.Content content) {
        return content.heads().stream().filter(content.tokens()::contains).toList();
    }

    /**
     * A verb in the past, "is" or "has", or a predicate whose auxiliaries are, or a modal of what will
     * or may be. ("insisted that Somalia withdraws its troops" still asks, as some English writes it.)
     */
    private boolean reportsWhatIsOrWillBe(Sentence s, int head) {
        Token verb = s.token(head);
        if (pastTense(verb) || verb.pos().equals("VBZ") && (verb.lemma().equals("be") || verb.lemma().equals("have"))) {
            return true;
        }
        for (Dependency d : s.childrenOf(head)) {
            Token t = s.token(d.dependent());
            boolean verbal = d.relation().equals("aux") || d.relation().equals("aux:pass") || d.relation().equals("cop");
            boolean indicative = t.pos().equals("VBD") || t.pos().equals("VBZ");
            boolean mayOrWill = t.pos().equals("MD") && !words.contains("obligation-modals", t.lemma())
                    && !onlyOnCondition(s, head);
            if (verbal && (indicative || mayOrWill)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "insisted that the trucks could only cross once Ghana lifted the levy": what may happen only
     * once someone acts asks them to act. The condition's subject must be someone: "could only hold
     * if the rains came early" asks no one.
     */
    private boolean onlyOnCondition(Sentence s, int head) {
        boolean only = s.childrenOf(head).stream().anyMatch(d -> d.relation().equals("advmod")
                && words.contains("restrictive-adverbs", s.token(d.dependent()).lowerWord()));
        return only && s.childrenOf(head).stream().filter(d -> d.relation().startsWith("advcl") || d.relation().equals("ccomp"))
                .map(Dependency::dependent)
                .filter(c -> s.childrenOf(c).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                        && doc.actors().actorAt(s.index(), d.dependent()).isPresent()))
                // "once" is often read as an adverb of the clause rather than its mark
                .flatMap(c -> s.childrenOf(c).stream().filter(d -> d.relation().equals("mark") || d.relation().equals("advmod")))
                .map(d -> s.token(d.dependent()))
                .anyMatch(m -> words.contains("only-condition-marks", m.lemma()) || words.contains("condition-marks", m.lemma())
                        || words.contains("temporal-condition-marks", m.lemma()));
    }

    /**
     * A verb tagged past whose past differs from its base form: "demanded that the government set up a
     * commission" has the subjunctive "set", which the tagger reads as a past.
     */
    private static boolean pastTense(Token verb) {
        return verb.pos().equals("VBD") && !verb.lowerWord().equals(verb.lowerLemma());
    }

    /**
     * "did not demand their withdrawal", "no call for a truce", "neither side wanted talks", "nobody
     * should expect us to disarm", "seemed to want talks": asking denied, asked by no one, or only
     * seeming, is no demand. (An obligation stays one: "no side should attack civilians" asks every side.)
     */
    private boolean deniedAsking(Sentence s, int trigger) {
        if (doc.negated(s, trigger) || hedged(s, trigger)) {
            return true;
        }
        for (Dependency d : s.childrenOf(trigger)) {
            if (d.relation().startsWith("nsubj") && isNoOne(s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "pressed both camps for months", "pressed Ghana hard": whom a verb of urging presses, with nothing they are
     * pressed to do, is asked nothing the article says. (Not "urged restraint", whose object is the act; nor
     * "wants the fisheries department", where a body of the state is a post wanted; nor "wants a state of
     * its own", one to be made.)
     */
    private boolean pressesSomeone(Sentence s, PatternMatch m) {
        if (m.pattern().roles().contains(Role.ADDRESSEE)) {
            return false;
        }
        boolean wanting = words.contains("wanting-verbs", s.token(m.trigger()).lemma());
        for (int h : m.all(Role.CONTENT)) {
            Token t = s.token(h);
            if (wanting && words.contains("office-nouns", t.lemma())) {
                continue;
            }
            // "wants a federal state", "wants another mediator": one that does not exist yet is a thing asked for.
            if (s.children(h, "det").stream().anyMatch(k -> words.contains("indefinite-determiners", s.token(k).lowerWord()))) {
                continue;
            }
            boolean someone = doc.actors().actorAt(s.index(), h).isPresent() || words.contains("side-nouns", t.lemma())
                    || doc.lexicons().titles().isHeadWord(t.lemma());
            if (someone && s.headOf(h).filter(d -> d.governor() == m.trigger() && d.relation().equals("obj")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "he wanted Iran to be a great and happy country": wishing someone to be something asks no act of
     * them ("wants the zone to be demilitarised", a passive, still asks one); nor does wanting them to
     * know something, or wanting time to do something.
     */
    private boolean wishesAState(Sentence s, PatternMatch m) {
        if (!words.contains("wish-verbs", s.token(m.trigger()).lemma()) || m.all(Role.ADDRESSEE).isEmpty()) {
            return false;
        }
        return m.all(Role.CONTENT).stream().anyMatch(h -> !s.children(h, "cop").isEmpty()
                || words.contains("knowing-verbs", s.token(h).lemma()))
                || m.all(Role.ADDRESSEE).stream().anyMatch(a -> isTime(s.token(a)));
    }

    /** "the delegation needs more time to consult the cabinet": time asked for is no one asked to act. */
    private boolean isTime(Token t) {
        return t.isNoun() && (t.lemma().equalsIgnoreCase("time") || words.contains("duration-nouns", t.lemma()));
    }

    /**
     * "Kyiv appeared to want talks for their own sake", "he believed Washington wanted a deal": a want
     * someone seems to have, or is believed to have, is an impression, not a demand.
     */
    private boolean hedged(Sentence s, int trigger) {
        Optional<Dependency> up = s.headOf(trigger).filter(d -> d.governor() >= 0);
        if (up.isEmpty()) {
            return false;
        }
        String governor = s.token(up.get().governor()).lemma();
        return up.get().relation().equals("xcomp") && words.contains("seeming-verbs", governor)
                || up.get().relation().equals("ccomp") && words.contains("belief-verbs", governor);
    }

    /**
     * "Nobody should profit from ...", "no one must ...": a rule for everyone is a norm, not
     * something asked of a side. "No foreign troops should remain" still asks for the troops to go.
     */
    private boolean nobodyMay(Sentence s, PatternMatch m) {
        // "None of the foreign fighters should remain" still asks the fighters to go: a partitive names them.
        return m.all(Role.ADDRESSEE).stream().anyMatch(a -> isNoOne(s, a) && s.children(a, "nmod").isEmpty()
                && (s.children(a, "det").isEmpty() || s.token(a).lowerWord().equals("one")));
    }

    /**
     * "Analysts expect the envoy to fly home on Friday": what forecasters expect someone to do is a
     * forecast, not a demand.
     */
    private boolean forecast(Sentence s, PatternMatch m) {
        return words.contains("forecast-verbs", s.token(m.trigger()).lemma())
                && m.all(Role.PARTY).stream().anyMatch(p -> words.contains("forecaster-nouns", s.token(p).lemma()));
    }

    private boolean isNoOne(Sentence s, int subject) {
        if (words.contains("negative-quantifiers", s.token(subject).lowerWord())) {
            return true;
        }
        return s.childrenOf(subject).stream().anyMatch(d -> d.relation().equals("det")
                && words.contains("negative-quantifiers", s.token(d.dependent()).lowerWord()));
    }

    /** "I have to admit", "we have to implement the accord": a speaker's obligation to their own side is no demand. */
    private boolean firstPerson(Sentence s, PatternMatch m) {
        return m.all(Role.ADDRESSEE).stream().anyMatch(h -> addressees.isFirstPerson(s.token(h)));
    }

    /** "Did Chile demand anything?", "Q: Will Peru insist on the islands?": a question asks whether, it demands nothing. */
    private static boolean isAQuestion(Sentence s) {
        for (int k = s.size() - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (!t.isQuoteMark()) {
                return t.word().equals("?");
            }
        }
        return false;
    }

    /** "would review whether the rebels should stay on the list": an obligation asked about is none asked for. */
    private boolean questioned(Sentence s, PatternMatch m) {
        return m.all(Role.CONTENT).stream().anyMatch(h -> s.childrenOf(h).stream().anyMatch(d -> d.relation().equals("mark")
                && words.contains("question-marks", s.token(d.dependent()).lowerWord())));
    }

    /**
     * "Nobody should expect us to disarm", "nobody should doubt that peace is better": an obligation on
     * no one to want or believe something refuses or asserts, it asks nothing.
     */
    private boolean noOneShouldExpect(Sentence s, PatternMatch m) {
        for (int content : m.all(Role.CONTENT)) {
            String lemma = s.token(content).lemma();
            boolean wanting = words.contains("wish-verbs", lemma) || words.contains("wanting-verbs", lemma)
                    || words.contains("belief-verbs", lemma);
            if (wanting && s.childrenOf(content).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && isNoOne(s, d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    // --- helpers ------------------------------------------------------------------------------------

    /**
     * The words of a condition a condition pattern found, from its conjunction with the words that
     * modify it ("only after", "on condition that", "as long as") to its last word.
     */
    private String conditionText(Sentence s, int trigger, DemandContent.Content content) {
        int governor = s.headOf(trigger).map(Dependency::governor).orElse(-1);
        int from = trigger;
        while (from > 0) {
            Optional<Dependency> up = s.headOf(from - 1);
            boolean modifier = up.isPresent() && (up.get().governor() == trigger || up.get().governor() == governor)
                    && (up.get().relation().equals("advmod") || up.get().relation().equals("case"));
            if (!modifier) {
                break;
            }
            from--;
        }
        int to = trigger;
        for (int k : content.tokens()) {
            to = Math.max(to, k);
        }
        return StatementFinder.clean(doc.text(s, from, to + 1));
    }

    private Optional<StatementFinder.Match> statementAround(Token t) {
        for (StatementFinder.Match st : statements) {
            if (t.begin() >= st.begin() && t.end() <= st.end()) {
                return Optional.of(st);
            }
        }
        return Optional.empty();
    }
}
