package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.lexicon.DemandTopics;

/**
 * Finds demands: who demands, insists on, calls for, urges or conditions what, of whom. Triggers are
 * demand verbs with their subject ("X demanded a ceasefire", "X urged Y to withdraw"), demand nouns
 * with their owner ("X's priorities are ...", "Iranian demands that ..."), obligations inside a
 * statement ("any agreement must include ...") and conditions ("... only after the surrender of
 * ..."). What is demanded is classified by the SKOS scheme of demand topics; one demand per topic.
 */
public final class DemandFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.NER);
    private static final Set<String> CONDITION_MARKS = Set.of("if", "after", "when", "once", "unless", "provided", "until");
    private static final Set<String> RENOUNCE = Set.of("abandon", "renounce", "give", "drop", "never", "not", "no",
            "refrain", "forgo", "forego", "end", "stop", "halt", "freeze", "without");
    private static final Set<String> BLOCS = Set.of("org:nato", "org:eu", "org:csto");
    /** Verbs that may state one's own wish ("wants to continue talks") rather than a demand of others. */
    private static final Set<String> SELF_DIRECTED = Set.of("want", "seek", "aim", "offer", "propose", "hope");

    /** A demand found, before it gets an id. */
    public record Match(LocalActor demander, Optional<LocalActor> addressee, String topic, String text,
                        Optional<String> condition, Optional<StatementFinder.Match> statement, int begin, int end,
                        double confidence, String rule) {}

    private final Document doc;
    private final Speakers speakers;
    private final List<StatementFinder.Match> statements;
    private final List<NegotiationFinder.Match> negotiations;

    public DemandFinder(Document doc, Speakers speakers, List<StatementFinder.Match> statements,
                        List<NegotiationFinder.Match> negotiations) {
        this.doc = doc;
        this.speakers = speakers;
        this.statements = statements;
        this.negotiations = negotiations;
    }

    public List<Match> find() {
        List<Match> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (doc.article().clean().isRemoved(s.begin())) {
                continue;
            }
            Set<Integer> used = new HashSet<>();
            for (Token t : s.tokens()) {
                for (Trigger trigger : triggers(s, t)) {
                    for (Match m : demands(s, trigger, used)) {
                        String key = m.demander().party().id() + "|" + m.topic();
                        if (seen.add(key)) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    private record Trigger(LocalActor demander, Optional<LocalActor> addressee, List<Integer> content, double confidence,
                           String rule, Optional<StatementFinder.Match> statement) {}

    // --- triggers ------------------------------------------------------------------------------

    private List<Trigger> triggers(Sentence s, Token t) {
        List<Trigger> out = new ArrayList<>();
        Optional<StatementFinder.Match> inStatement = statementAround(t);
        if (t.isVerb() || t.pos().equals("MD")) {
            verbTrigger(s, t, inStatement).ifPresent(out::add);
        }
        if (t.isNoun()) {
            nounTrigger(s, t, inStatement).ifPresent(out::add);
        }
        conditionTrigger(s, t, inStatement).ifPresent(out::add);
        return out;
    }

    private Optional<Trigger> verbTrigger(Sentence s, Token t, Optional<StatementFinder.Match> inStatement) {
        String lemma = t.lowerLemma();
        boolean putForward = lemma.equals("put") && s.childrenOf(t.index()).stream()
                .anyMatch(d -> s.token(d.dependent()).lowerWord().equals("forward"));
        Optional<String> strength = putForward ? doc.lexicons().demandWords().verb("put forward")
                : doc.lexicons().demandWords().verb(lemma);
        if (strength.isEmpty() || lemma.equals("must") && !t.pos().equals("MD")) {
            return Optional.empty();
        }
        int verb = t.index();
        if (lemma.equals("must")) {
            Optional<Dependency> up = s.headOf(verb);
            if (up.isEmpty() || up.get().governor() < 0 || inStatement.isEmpty()) {
                return Optional.empty();
            }
            int head = up.get().governor();
            List<Integer> mustContent = new ArrayList<>(s.subtree(head));
            mustContent.removeAll(abstractSubjects(s, mustContent));
            return Optional.of(new Trigger(inStatement.get().speaker(), Optional.empty(), mustContent,
                    Double.parseDouble(strength.get()), "must", inStatement));
        }
        Optional<LocalActor> addressee = Optional.empty();
        List<Integer> content = new ArrayList<>();
        for (Dependency d : s.childrenOf(verb)) {
            String rel = d.relation();
            Optional<String> c = Arguments.caseOf(s, d.dependent());
            boolean hasXcomp = s.childrenOf(verb).stream().anyMatch(x -> x.relation().equals("xcomp"));
            if ((rel.equals("obj") || rel.equals("iobj")) && hasXcomp || rel.equals("obl") && c.filter(x -> x.equals("on")
                    || x.equals("of") || x.equals("from") || x.equals("to")).isPresent() && isActorPhrase(s, d.dependent())) {
                addressee = actorOf(s, d.dependent());
                continue;
            }
            if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("advcl")
                    || rel.equals("obl") && c.filter(x -> x.equals("for") || x.equals("at") || x.equals("on")).isPresent()) {
                content.addAll(s.subtree(d.dependent()));
            }
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalActor> demander = speakers.agentOf(s, verb).map(Speakers.Resolved::actor)
                .filter(a -> a.kind() != ActorKind.PLACE)
                .or(() -> inStatement.map(StatementFinder.Match::speaker));
        if (demander.isEmpty()) {
            return Optional.empty();
        }
        if (SELF_DIRECTED.contains(lemma) && addressee.isEmpty() && !demandsOfOthers(s, verb, demander.get())) {
            return Optional.empty();
        }
        content.removeAll(abstractSubjects(s, content));
        return Optional.of(new Trigger(demander.get(), addressee, content, Double.parseDouble(strength.get()),
                "verb-" + (putForward ? "put-forward" : lemma), inStatement));
    }

    private Optional<Trigger> nounTrigger(Sentence s, Token t, Optional<StatementFinder.Match> inStatement) {
        Optional<String> strength = doc.lexicons().demandWords().noun(t.lowerLemma());
        if (strength.isEmpty()) {
            return Optional.empty();
        }
        int noun = t.index();
        if (t.lowerLemma().equals("call") && !(noun + 1 < s.size() && s.token(noun + 1).lowerWord().matches("for|on"))) {
            return Optional.empty();
        }
        LocalActor owner = null;
        List<Integer> content = new ArrayList<>();
        for (Dependency d : s.childrenOf(noun)) {
            String rel = d.relation();
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) {
                Optional<LocalActor> a = actorOf(s, d.dependent());
                if (a.isPresent() && owner == null) {
                    owner = a.get();
                }
            }
            Optional<String> c = Arguments.caseOf(s, d.dependent());
            if (rel.startsWith("acl") || rel.equals("ccomp") || rel.startsWith("nmod") && c.filter(x -> x.equals("for")
                    || x.equals("of") || x.equals("on")).isPresent() && !isActorPhrase(s, d.dependent())) {
                content.addAll(s.subtree(d.dependent()));
            }
        }
        // "X's priorities are A, B and C", "the demands include A": the predicate says what is demanded.
        Optional<Dependency> up = s.headOf(noun);
        if (up.isPresent() && up.get().governor() >= 0 && up.get().relation().startsWith("nsubj")) {
            int predicate = up.get().governor();
            boolean copular = s.childrenOf(predicate).stream().anyMatch(d -> d.relation().equals("cop"));
            if (copular) {
                List<Integer> pred = new ArrayList<>(s.subtree(predicate));
                pred.removeAll(s.subtree(noun));
                content.addAll(pred);
            } else if (s.token(predicate).lowerLemma().matches("include|be|remain|involve")) {
                for (Dependency d : s.childrenOf(predicate)) {
                    if (d.relation().equals("obj") || d.relation().equals("xcomp") || d.relation().equals("ccomp")) {
                        content.addAll(s.subtree(d.dependent()));
                    }
                }
            }
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        LocalActor demander = owner;
        if (demander == null && up.isPresent() && up.get().governor() >= 0) {
            demander = speakers.agentOf(s, up.get().governor()).map(Speakers.Resolved::actor)
                    .filter(a -> a.kind() != ActorKind.PLACE).orElse(null);
        }
        if (demander == null && inStatement.isPresent()) {
            demander = inStatement.get().speaker();
        }
        if (demander == null) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(demander, Optional.empty(), content, Double.parseDouble(strength.get()),
                "noun-" + t.lowerLemma(), inStatement));
    }

    /**
     * Conditions demand what they require: "possible only if A", "achieved only after B", "ready to
     * limit enrichment if sanctions are lifted first", "on condition that C", "will not sign without D".
     */
    private Optional<Trigger> conditionTrigger(Sentence s, Token t, Optional<StatementFinder.Match> inStatement) {
        Optional<List<Integer>> content = conditionContent(s, t);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalActor> demander = inStatement.map(StatementFinder.Match::speaker)
                .or(() -> precedingDemandVerbAgent(s, t.index()))
                .or(() -> speakers.agentOf(s, s.root()).map(Speakers.Resolved::actor));
        if (demander.isEmpty() || demander.get().kind() == ActorKind.PLACE) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(demander.get(), Optional.empty(), content.get(), 0.75,
                "condition-" + t.lowerWord(), inStatement));
    }

    private Optional<List<Integer>> conditionContent(Sentence s, Token t) {
        String w = t.lowerWord();
        Optional<Dependency> up = s.headOf(t.index());
        if (up.isEmpty() || up.get().governor() < 0) {
            return Optional.empty();
        }
        int clause = up.get().governor();
        List<Integer> after = new ArrayList<>(s.subtree(clause));
        after.removeIf(k -> k <= t.index());
        boolean only = CONDITION_MARKS.contains(w) && onlyBefore(s, t.index());
        boolean ifFirst = w.equals("if") && after.stream().anyMatch(k -> s.token(k).lowerWord().equals("first"));
        boolean provided = w.equals("provided") || w.equals("providing")
                || w.equals("condition") && t.index() > 0 && s.token(t.index() - 1).lowerWord().equals("on");
        boolean without = w.equals("without") && doc.negated(s, governingVerb(s, clause));
        if (!(only || ifFirst || provided || without)) {
            return Optional.empty();
        }
        if (provided && w.equals("condition")) {
            after = new ArrayList<>();
            for (int k = t.index() + 1; k < s.size() && !s.token(k).word().equals("."); k++) {
                after.add(k);
            }
        }
        if (without) {
            after = new ArrayList<>(s.subtree(clause));
            after.remove(Integer.valueOf(t.index()));
        }
        return after.isEmpty() ? Optional.empty() : Optional.of(after);
    }

    private static int governingVerb(Sentence s, int token) {
        int k = token;
        for (int depth = 0; depth < 4 && !s.token(k).isVerb(); depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            k = up.get().governor();
        }
        return k;
    }

    // --- from a trigger to demands --------------------------------------------------------------

    private List<Match> demands(Sentence s, Trigger trigger, Set<Integer> used) {
        List<Integer> content = new ArrayList<>(new LinkedHashSet<>(trigger.content()));
        content.sort(Integer::compare);
        Optional<String> condition = Optional.empty();
        List<Integer> conditionTokens = conditionClause(s, content);
        if (!conditionTokens.isEmpty() && !trigger.rule().startsWith("condition-")) {
            content = conditionTokens;
            condition = Optional.of(doc.text(s, conditionTokens.get(0), conditionTokens.get(conditionTokens.size() - 1) + 1));
        } else if (trigger.rule().startsWith("condition-")) {
            condition = Optional.of(doc.text(s, content.get(0), content.get(content.size() - 1) + 1));
        }
        List<String> words = content.stream().map(k -> s.token(k).word()).toList();
        List<String> lemmas = content.stream().map(k -> s.token(k).lemma()).toList();
        List<Match> out = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        for (DemandTopics.Hit hit : doc.lexicons().topics().find(words, lemmas)) {
            int first = content.get(hit.start());
            int last = content.get(hit.end() - 1);
            if (used.contains(first) || !trigger.rule().startsWith("condition-") && conditioned(s, first)) {
                continue;
            }
            String topic = refine(s, hit.topic().id(), content, hit);
            if (!topics.add(topic)) {
                continue;
            }
            used.add(first);
            LocalActor demander = trigger.demander();
            Optional<LocalActor> addressee = trigger.addressee()
                    .or(() -> addresseeNear(s, first, last, demander))
                    .or(() -> counterpart(demander));
            int from = content.get(0);
            int to = content.get(content.size() - 1) + 1;
            String text = StatementFinder.clean(doc.text(s, from, to));
            out.add(new Match(demander, addressee.filter(a -> a.party() != demander.party()), topic, text, condition,
                    trigger.statement(), s.token(first).begin(), s.token(last).end(), trigger.confidence(), trigger.rule()));
        }
        return out;
    }

    /** The tokens of an "only if / only after" clause inside the content, if there is one. */
    private static List<Integer> conditionClause(Sentence s, List<Integer> content) {
        for (int k : content) {
            Token t = s.token(k);
            if (CONDITION_MARKS.contains(t.lowerWord()) && onlyBefore(s, k)) {
                Optional<Dependency> up = s.headOf(k);
                if (up.isPresent() && up.get().governor() >= 0) {
                    List<Integer> clause = new ArrayList<>(s.subtree(up.get().governor()));
                    clause.removeIf(x -> x <= k);
                    clause.sort(Integer::compare);
                    return clause;
                }
            }
        }
        return List.of();
    }

    /**
     * True when what {@code verb} wants is something others must do: a noun object ("wants a
     * ceasefire") or a clause with another actor as subject ("wants to discuss Armenia adopting ...").
     */
    private boolean demandsOfOthers(Sentence s, int verb, LocalActor demander) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("obj") && s.token(d.dependent()).isNoun()) {
                return true;
            }
            if (d.relation().equals("xcomp") || d.relation().equals("ccomp")) {
                for (int k : s.subtree(d.dependent())) {
                    for (Dependency e : s.childrenOf(k)) {
                        if (e.relation().startsWith("nsubj")) {
                            Optional<LocalActor> a = actorOf(s, e.dependent());
                            if (a.isPresent() && a.get().party() != demander.party()) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** "any agreement must include X": the abstract subject is not what is demanded. */
    private List<Integer> abstractSubjects(Sentence s, List<Integer> content) {
        List<Integer> out = new ArrayList<>();
        for (int k : content) {
            for (Dependency d : s.childrenOf(k)) {
                if (d.relation().startsWith("nsubj") && s.token(d.dependent()).isNoun()
                        && doc.actors().at(s.index(), d.dependent()).isEmpty()
                        && s.token(k).lowerLemma().matches("include|contain|involve|provide|guarantee|require|mean|entail")) {
                    out.addAll(s.subtree(d.dependent()));
                }
            }
        }
        return out;
    }

    /** "the Israeli side insisted a ceasefire could only come after ...": who insisted, read leftwards from the condition. */
    private Optional<LocalActor> precedingDemandVerbAgent(Sentence s, int mark) {
        for (int k = mark - 1; k >= 0; k--) {
            Token v = s.token(k);
            if (v.isVerb() && (doc.lexicons().demandWords().verb(v.lemma()).isPresent()
                    || doc.lexicons().speechVerbs().is(v.lemma(), org.parley.extract.lexicon.SpeechVerbs.Use.REPORT))) {
                Optional<LocalActor> a = speakers.agentOf(s, k).map(Speakers.Resolved::actor)
                        .filter(x -> x.kind() != ActorKind.PLACE);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when token {@code k} is what a condition is for, not what is demanded: it sits just before an
     * "only if / only after" condition, or in a "before ..." / "until ..." phrase ("the release of the
     * hostages before any permanent ceasefire").
     */
    private static boolean conditioned(Sentence s, int k) {
        int node = k;
        for (int depth = 0; depth < 4; depth++) {
            Optional<String> c = Arguments.caseOf(s, node);
            if (c.isPresent() && (c.get().equals("before") || c.get().equals("until"))) {
                return true;
            }
            Optional<Dependency> up = s.headOf(node);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            node = up.get().governor();
        }
        return onlyConditioned(s, k);
    }

    private static boolean onlyConditioned(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.size(), k + 9); j++) {
            if (CONDITION_MARKS.contains(s.token(j).lowerWord()) && onlyBefore(s, j)) {
                return true;
            }
            if (s.token(j).word().equals(";") || s.token(j).word().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** "only if", "could only be achieved after": an "only" a few words before a conditional word. */
    private static boolean onlyBefore(Sentence s, int mark) {
        for (int k = mark - 1; k >= Math.max(0, mark - 4); k--) {
            if (s.token(k).lowerWord().equals("only")) {
                return true;
            }
            if (s.token(k).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** Joining an alliance is "membership"; giving up joining one is "alliance non-membership". */
    private String refine(Sentence s, String topic, List<Integer> content, DemandTopics.Hit hit) {
        boolean aboutBloc = content.stream().anyMatch(k -> doc.actors().actorAt(s.index(), k)
                .flatMap(LocalActor::key).filter(BLOCS::contains).isPresent());
        if (topic.equals("membership") && aboutBloc) {
            int start = Math.max(0, hit.start() - 8);
            for (int i = start; i < hit.end(); i++) {
                if (RENOUNCE.contains(s.token(content.get(i)).lowerLemma())) {
                    return "alliance-non-membership";
                }
            }
        }
        return topic;
    }

    /**
     * The other party a demand names: the subject of the clause it is in ("that Hamas be disarmed",
     * "Iran must restore access for inspectors"), else an actor in its own phrase ("the withdrawal of
     * Ethiopian forces").
     */
    private Optional<LocalActor> addresseeNear(Sentence s, int first, int last, LocalActor demander) {
        int head = first;
        for (int depth = 0; depth < 6; depth++) {
            for (Dependency d : s.childrenOf(head)) {
                if (d.relation().startsWith("nsubj")) {
                    Optional<LocalActor> a = actorOf(s, d.dependent()).filter(x -> x.party() != demander.party());
                    if (a.isPresent()) {
                        return Optional.of(a.get().party());
                    }
                }
            }
            Optional<Dependency> up = s.headOf(head);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            head = up.get().governor();
        }
        for (int k : Speakers.nounPhraseTokens(s, first)) {
            Optional<LocalActor> a = doc.actors().actorAt(s.index(), k)
                    .filter(x -> x.kind() != ActorKind.PLACE && x.party() != demander.party());
            if (a.isPresent()) {
                return Optional.of(a.get().party());
            }
        }
        return Optional.empty();
    }

    /** The other side of the negotiation the article reports, when the demand names nobody. */
    private Optional<LocalActor> counterpart(LocalActor demander) {
        LocalActor party = demander.party();
        for (NegotiationFinder.Match n : negotiations) {
            if (n.status() != NegotiationStatus.HELD || !n.parties().contains(party)) {
                continue;
            }
            List<LocalActor> others = n.parties().stream()
                    .filter(p -> p != party && !n.mediators().contains(p) && !n.hosts().contains(p)).toList();
            if (others.size() == 1) {
                return Optional.of(others.get(0));
            }
        }
        return Optional.empty();
    }

    private Optional<StatementFinder.Match> statementAround(Token t) {
        for (StatementFinder.Match st : statements) {
            if (t.begin() >= st.begin() && t.end() <= st.end()) {
                return Optional.of(st);
            }
        }
        return Optional.empty();
    }

    /** True when the phrase's head itself names an actor ("the EU", "Iran"), not merely something near one. */
    private boolean isActorPhrase(Sentence s, int head) {
        return doc.actors().at(s.index(), head).filter(m -> m.actor().kind() != ActorKind.PLACE).isPresent()
                || s.token(head).isPronoun();
    }

    private Optional<LocalActor> actorOf(Sentence s, int head) {
        Optional<ActorMention> at = doc.actors().at(s.index(), head);
        if (at.isPresent() && at.get().actor().kind() != ActorKind.PLACE) {
            return Optional.of(at.get().actor());
        }
        if (s.token(head).isPronoun()) {
            return speakers.nounPhrase(s, head).map(Speakers.Resolved::actor);
        }
        for (int k : Speakers.nounPhraseTokens(s, head)) {
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && m.get().actor().kind() != ActorKind.PLACE) {
                return Optional.of(m.get().actor());
            }
        }
        return Optional.empty();
    }
}
