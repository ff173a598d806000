package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.Gender;
import org.parley.extract.lexicon.WordClasses;

/**
 * Resolves who performs a verb or is named by a noun phrase: a named actor; a role ("the Sudanese
 * minister", "the official") resolved to the named person with that role and affiliation
 * ({@link RoleAnaphors}); a pronoun ("he", "it") resolved to the nearest compatible speaker or
 * subject before it; and the speakers that are not people ({@link SpeakingBodies}): documents,
 * outlets, offices, anonymous sources and the parties speaking together.
 *
 * <p>Resolutions are remembered as they are made (who spoke last), so sentences must be visited in
 * order. One instance serves one article.
 */
public final class Speakers {
    /** Tags of a verb that has a tense of its own. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private static final int PRONOUN_WINDOW = 4;

    /** A resolved actor, how sure the resolution is and how it was made. */
    public record Resolved(LocalActor actor, double confidence, String how) {}

    private final Document doc;
    private final WordClasses words;
    private final SpeakerMemory memory = new SpeakerMemory();
    private final RoleAnaphors roles;
    private final SpeakingBodies bodies;

    public Speakers(Document doc) {
        this.doc = doc;
        this.words = doc.lexicons().words();
        this.roles = new RoleAnaphors(doc, this);
        this.bodies = new SpeakingBodies(doc, this, memory);
    }

    /** Remember that {@code actor} spoke at sentence {@code sentence}: pronouns that follow prefer recent speakers. */
    public void spoke(LocalActor actor, int sentence) {
        memory.spoke(actor, sentence);
    }

    /** Remember that {@code author} spoke through a text ("X said in a statement"): "the statement" then means X. */
    void wroteText(LocalActor author, int sentence) {
        memory.textSpoke(author, sentence);
    }

    /**
     * Who performs {@code verb} when no pattern bound its speaker: its subject, else (for "and
     * added", "saying", "adding") the subject of the verb it depends on, else, where the parser lost
     * the subject of an inverted report ("..., said Nigerian analyst X"), the actor named right after
     * or right before the verb.
     */
    public Optional<Resolved> agentOf(Sentence s, int verb) {
        // "Several donors urged Niger to ...": a subject the article names no actor for is still the agent,
        // and the actor after the verb is whom it addresses.
        return subjectOf(s, verb).or(() -> unnamedSubject(s, verb) ? Optional.empty() : surfaceAgent(s, verb));
    }

    /** The verb has a noun subject outside any quotation that names no actor ("several donors", "the crowd"). */
    private boolean unnamedSubject(Sentence s, int verb) {
        return subjects(s, verb).stream().map(s::token)
                .anyMatch(t -> t.isNoun() && !doc.inQuote(t) && doc.actors().at(s.index(), t.index()).isEmpty());
    }

    private Optional<Resolved> subjectOf(Sentence s, int verb) {
        Token original = s.token(verb);
        boolean participle = original.pos().equals("VBG") || original.pos().equals("VBN") && !hasAux(s, verb);
        int v = verb;
        boolean fromFiniteConjunct = false;
        for (int depth = 0; depth < (participle ? 8 : 5) && v >= 0; depth++) {
            // "called on the rebels to disarm and urged the army to ...": the parser often joins the second
            // finite verb to the infinitive, whose subject is whom the first verb addressed.
            // "rejected the accord signed by the two states, saying ...": a participle with a by-phrase modifies
            // a noun the parser made its subject; that noun does not report, whoever the participle hangs from does.
            // "called on the unions to end the strike, adding ...": an infinitive's subject is whom a call
            // addressed, never who spoke the participle the parser hung on it.
            List<Integer> ownSubjects = (fromFiniteConjunct || v != verb) && isInfinitive(s, v)
                    || v != verb && passiveModifier(s, v) ? List.of() : subjects(s, v);
            for (int subject : ownSubjects) {
                if (!doc.inQuote(original) && doc.inQuote(s.token(subject))) {
                    continue; // the parser made a word of the quotation a subject of the verb reporting it
                }
                if (v != verb && s.ownedByWhose(subject)) {
                    // "President X, whose government hosted the talks, called on ...": the parser hung the call on
                    // the clause that describes X; the clause's subject is X's, not the caller.
                    Optional<Resolved> described = s.headOf(v).filter(d -> d.governor() >= 0 && s.token(d.governor()).isNoun())
                            .flatMap(d -> nounPhrase(s, d.governor()));
                    if (described.isPresent()) {
                        return described;
                    }
                }
                Optional<Resolved> r = nounPhrase(s, subject);
                if (r.isPresent()) {
                    return r;
                }
                if (!participle && !s.token(subject).isPronoun()) {
                    return Optional.empty();
                }
            }
            Optional<Integer> reporter = reportingVerbOver(s, v);
            if (reporter.isPresent()) {
                v = reporter.get();
                continue;
            }
            Optional<Integer> quoter = participle && v != verb ? quotingVerbBefore(s, v, verb) : Optional.empty();
            if (quoter.isPresent()) {
                v = quoter.get();
                continue;
            }
            Optional<Dependency> up = s.headOf(v);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            String rel = up.get().relation();
            // "Border crossings to reopen by June, says PM": a finite verb after the clause it reports, left without its
            // subject and with no object or clause of its own, reports that clause; the clause's subject did not say it.
            if (v == verb && !participle && (rel.equals("dep") || rel.equals("parataxis")) && up.get().governor() < verb
                    && s.childrenOf(verb).stream().noneMatch(d -> List.of("obj", "ccomp", "xcomp").contains(d.relation()))) {
                break;
            }
            // A participle ("claiming", "adding", "saying") reports for the subject of the clause it hangs from,
            // however the parser attached it; a finite verb only shares the subject of a verb it is conjoined with.
            boolean climb = participle || rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl")
                    || rel.equals("parataxis") || rel.equals("dep");
            if (!climb) {
                break;
            }
            fromFiniteConjunct = rel.equals("conj") && FINITE.contains(s.token(v).pos());
            v = up.get().governor();
        }
        return Optional.empty();
    }

    /**
     * "'The vote will go ahead,' the commissioner told a radio station, arguing that ...": the parser may hang a
     * participle after a quotation's attribution on the quotation itself, whose words' subject did not
     * speak it outside the marks; the verb that reports the quotation, before the participle, did.
     */
    private Optional<Integer> quotingVerbBefore(Sentence s, int quoted, int participle) {
        if (!doc.inQuote(s.token(quoted)) || doc.inQuote(s.token(participle))) {
            return Optional.empty();
        }
        return s.childrenOf(quoted).stream()
                .filter(d -> (d.relation().equals("parataxis") || d.relation().equals("dep") || d.relation().equals("ccomp"))
                        && d.dependent() < participle && !doc.inQuote(s.token(d.dependent()))
                        && doc.lexicons().speechVerbs().isSpeechVerb(s.token(d.dependent()).lemma()))
                .map(Dependency::dependent).reduce((a, b) -> b);
    }

    /**
     * "X demanded that the rebels disarm and urged ...", "X said the sides would meet again, warning that
     * ...": a past-tense verb or a participle the parser joined to a reported clause that has not happened
     * (a subjunctive, or a verb with a modal) cannot share that clause's subject; it is the reporter's. The
     * verb whose clause it is, if so (never for a verb with a subject of its own).
     */
    Optional<Integer> reportingVerbOver(Sentence s, int verb) {
        String pos = s.token(verb).pos();
        if (!pos.equals("VBD") && !pos.equals("VBZ") && !pos.equals("VBG") && !isBareParticiple(s, verb)
                || !subjects(s, verb).isEmpty()) {
            return Optional.empty();
        }
        Optional<Dependency> up = s.headOf(verb);
        if (up.isEmpty() || up.get().governor() < 0
                || !List.of("conj", "dep", "advcl", "parataxis").contains(up.get().relation())) {
            return Optional.empty();
        }
        int clause = up.get().governor();
        // "would keep pressing both generals, warning ...": the clause is the verb the participle's verb completes.
        for (Optional<Dependency> x = s.headOf(clause); x.isPresent() && x.get().governor() >= 0
                && x.get().relation().equals("xcomp"); x = s.headOf(clause)) {
            clause = x.get().governor();
        }
        String tense = s.token(clause).pos();
        boolean unrealised = tense.equals("VB") && !isInfinitive(s, clause)
                || s.children(clause, "aux").stream().anyMatch(a -> s.token(a).pos().equals("MD"));
        // "demanded that the commanders serve time in prison and urged ...": a past verb is not joined to a present one.
        boolean pastAfterPresent = pos.equals("VBD") && (tense.equals("VBP") || tense.equals("VBZ"))
                && s.children(clause, "aux").isEmpty();
        Optional<Dependency> reported = s.headOf(clause);
        if (!unrealised && !pastAfterPresent || reported.isEmpty() || reported.get().governor() < 0 || !reported.get().relation().equals("ccomp")
                || !s.token(reported.get().governor()).isVerb()) {
            int clauseHead = clause;
            return thatClauseReporter(s, verb, up.get().governor()).or(() -> secondReport(s, verb, up.get().relation(), clauseHead))
                    .or(() -> joinedAfterAComma(s, verb, up.get()));
        }
        return Optional.of(reported.get().governor());
    }

    /** A verb of speech or of calling on someone ("said", "urged"). */
    private boolean speaksOrCalls(String lemma) {
        return doc.lexicons().speechVerbs().isSpeechVerb(lemma) || doc.lexicons().words().contains("call-verbs", lemma);
    }

    /**
     * "told the synod that the miners' families wanted clean water above all, and urged the board to ...": a
     * verb of saying or calling joined after ", and" to a clause a speaker reports goes on with what the
     * speaker did, when the clause's subject is no person (a people, a group, a thing), who would rarely be
     * the one calling. A named person there ("said that commander X addressed the crowd, and called on
     * ...") may well be. The verb that reports the clause, if so.
     */
    private Optional<Integer> joinedAfterAComma(Sentence s, int verb, Dependency joined) {
        int clause = joined.governor();
        Optional<Dependency> reported = s.headOf(clause);
        if (!joined.relation().equals("conj") || !speaksOrCalls(s.token(verb).lemma()) || reported.isEmpty()
                || reported.get().governor() < 0 || !reported.get().relation().equals("ccomp")
                || doc.lexicons().speechVerbs().isSpeechVerb(s.token(clause).lemma())) {
            return Optional.empty();
        }
        boolean personSubject = subjects(s, clause).stream().flatMap(k -> nounPhraseTokens(s, k).stream())
                .anyMatch(k -> doc.actors().actorAt(s.index(), k).filter(LocalActor::isPerson).isPresent());
        boolean commaAnd = verb >= 2 && s.token(verb - 1).lowerWord().equals("and") && s.token(verb - 2).word().equals(",");
        int reporter = reported.get().governor();
        return commaAnd && !personSubject && doc.lexicons().speechVerbs().isSpeechVerb(s.token(reporter).lemma())
                ? Optional.of(reporter) : Optional.empty();
    }

    /**
     * "urged the commission to make certain that Y respects the quotas and demanded ...": a past verb the parser joined to the
     * present verb of a "that" clause reports beside the call or report the clause is under, not for the clause's
     * subject. That verb of speech or call, if so.
     */
    private Optional<Integer> thatClauseReporter(Sentence s, int verb, int joined) {
        boolean presentThatClause = List.of("VBP", "VBZ").contains(s.token(joined).pos()) && s.children(joined, "aux").isEmpty()
                && s.children(joined, "mark").stream().anyMatch(k -> s.token(k).lowerWord().equals("that"));
        if (!s.token(verb).pos().equals("VBD") || !presentThatClause) {
            return Optional.empty();
        }
        int at = joined;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Dependency> x = s.headOf(at);
            if (x.isEmpty() || x.get().governor() < 0 || !List.of("ccomp", "xcomp", "advcl", "dep").contains(x.get().relation())) {
                return Optional.empty();
            }
            at = x.get().governor();
            Token t = s.token(at);
            if (t.isVerb() && !isInfinitive(s, at) && speaksOrCalls(t.lemma())) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /**
     * "X told the nation that Ghana had won the islands but warned that ...", "X said the rebels must
     * show that they were serious and called on the fighters to ...": a past reporting verb with a
     * clause of its own, that the parser joined to a clause X reported, is X's second report, unless
     * that clause's verb is a plain past of the same kind ("said the rebels seized the town and
     * demanded that ...", where the rebels may well have demanded it). The verb reporting the clause.
     */
    private Optional<Integer> secondReport(Sentence s, int verb, String relation, int clause) {
        if (!s.token(verb).pos().equals("VBD") && !isBareParticiple(s, verb) || relation.equals("advcl") || !reportsAClause(s, verb)
                || !doc.lexicons().speechVerbs().isSpeechVerb(s.token(verb).lemma())
                && !doc.lexicons().words().contains("call-verbs", s.token(verb).lemma())) {
            return Optional.empty();
        }
        if (s.token(clause).pos().equals("VBD") && s.children(clause, "aux").isEmpty()) {
            return Optional.empty();
        }
        int at = clause;
        for (int depth = 0; depth < 3; depth++) {
            Optional<Dependency> up = s.headOf(at);
            if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("ccomp")) {
                return Optional.empty();
            }
            int over = up.get().governor();
            if (s.token(over).pos().equals("VBD") && doc.lexicons().speechVerbs().isSpeechVerb(s.token(over).lemma())
                    && !subjects(s, over).isEmpty()) {
                return Optional.of(over);
            }
            at = over;
        }
        return Optional.empty();
    }

    /**
     * A participle without an auxiliary that has a by-phrase, and whose parsed subject names no one:
     * "the accord signed by the two states", also where the tagger reads it as a past ("praised the
     * plan drawn up last week by the engineers"). Not "Ghana stood by its demand", whose subject acts.
     */
    boolean passiveModifier(Sentence s, int verb) {
        String pos = s.token(verb).pos();
        return (pos.equals("VBN") || pos.equals("VBD")) && s.children(verb, "aux").isEmpty()
                && s.children(verb, "obl").stream()
                        .anyMatch(o -> s.children(o, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("by")))
                && subjects(s, verb).stream().allMatch(k -> doc.actors().actorAt(s.index(), k).isEmpty()
                        && !s.token(k).isPronoun());
    }

    /** "called" tagged as a participle without an auxiliary: the tagger's guess where a past tense was meant. */
    private static boolean isBareParticiple(Sentence s, int verb) {
        return s.token(verb).pos().equals("VBN") && s.children(verb, "aux").isEmpty();
    }

    /** The verb has a reported clause of its own: "warned that ...", "called on X to ...", "urged X to ...". */
    private static boolean reportsAClause(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("ccomp") || d.relation().equals("xcomp")
                    || d.relation().startsWith("advcl") && isInfinitive(s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the base form with "to" before it. */
    private static boolean isInfinitive(Sentence s, int verb) {
        return s.token(verb).pos().equals("VB") && Arguments.hasToMark(s, verb);
    }

    /** The active subjects of {@code verb}: "it was announced" has none. */
    private static List<Integer> subjects(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static boolean hasAux(Sentence s, int verb) {
        return !s.children(verb, "aux").isEmpty();
    }

    /** "said Nigerian political analyst X": an actor right after the verb, or right before it ("X Thursday said"). */
    Optional<Resolved> surfaceAgent(Sentence s, int verb) {
        LocalActor after = null;
        int roleAfter = -1;
        int stop = verb + 1;
        // '"...," one of them told AFP': who is told is never the speaker put after the verb.
        int afterEnd = words.contains("telling-verbs", s.token(verb).lemma()) ? verb + 1 : Math.min(s.size(), verb + 8);
        for (int k = verb + 1; k < afterEnd; k++, stop = k) {
            Token t = s.token(k);
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && m.get().actor().kind() != ActorKind.PLACE) {
                if (after == null || rank(m.get().actor()) < rank(after)) {
                    after = m.get().actor();
                }
                continue;
            }
            boolean title = t.pos().startsWith("NN") && doc.lexicons().titles().isHeadWord(t.word());
            boolean descriptive = t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("POS") || title
                    || t.pos().startsWith("NN") && doc.lexicons().titles().modifiers().lookup(t.lowerWord()).isPresent();
            if (title) {
                roleAfter = k;
            }
            if (!descriptive) {
                break;
            }
        }
        if (after != null) {
            return Optional.of(new Resolved(after, 0.75, "after-verb"));
        }
        // "..., says PM": a role that closes the clause after the verb, however the parser read it; not the
        // subject of what follows ("he said the foreign minister would resign").
        boolean closes = stop >= s.size() || s.token(stop).isPunctuation();
        if (roleAfter >= 0 && closes && !doc.inQuote(s.token(roleAfter))) {
            Optional<Resolved> role = nounPhrase(s, roleAfter).filter(r -> r.actor().kind() != ActorKind.PLACE);
            if (role.isPresent()) {
                return role.map(r -> new Resolved(r.actor(), Math.min(r.confidence(), 0.7), "role-after-verb"));
            }
        }
        boolean subjectQuoted = subjects(s, verb).stream().allMatch(j -> doc.inQuote(s.token(j)));
        for (int k = verb - 1; k >= Math.max(0, verb - 4); k--) {
            Token t = s.token(k);
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && m.get().actor().kind() != ActorKind.PLACE) {
                return Optional.of(new Resolved(m.get().actor(), 0.7, "before-verb"));
            }
            // '"...," the rebel commander declared', where the parser took a word of the quotation for the
            // subject (or found none): the role right before the verb, as a role is read anywhere. Not where the
            // verb has a subject outside the quotation ("Seven of the parties initialled ...").
            if (t.isNoun() && !t.isPronoun() && !doc.inQuote(t) && subjectQuoted) {
                return nounPhrase(s, k).filter(r -> r.actor().kind() != ActorKind.PLACE)
                        .map(r -> new Resolved(r.actor(), Math.min(r.confidence(), 0.65), "role-before-verb"));
            }
            boolean skippable = t.pos().startsWith("RB") || t.ner().equals("DATE");
            if (!skippable) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The actor a noun phrase headed by {@code head} names. */
    public Optional<Resolved> nounPhrase(Sentence s, int head) {
        Token h = s.token(head);
        if (h.isExcellency()) {
            // "HE the Minister of Foreign Affairs thanked ...": the parser leaves the title beside "His Excellency".
            for (Dependency d : s.childrenOf(head)) {
                if ((d.relation().equals("dep") || d.relation().equals("appos")) && s.token(d.dependent()).isNoun()) {
                    return nounPhrase(s, d.dependent());
                }
            }
        }
        Optional<ActorMention> at = doc.actors().at(s.index(), head);
        boolean namedHere = at.isPresent() && at.get().actor().kind() != ActorKind.PLACE;
        if (namedHere && at.get().actor().named()) {
            return Optional.of(new Resolved(at.get().actor(), 0.9, "named"));
        }
        // "the United States envoy, Tom Hallet, ...": the role has its name in commas after it.
        Optional<LostApposition> lost = LostApposition.after(doc, s, head);
        if (lost.isPresent()) {
            return Optional.of(new Resolved(lost.get().person().actor(), 0.85, "apposition-in-commas"));
        }
        if (namedHere) {
            return Optional.of(new Resolved(at.get().actor(), 0.9, "named"));
        }
        for (Dependency d : s.childrenOf(head)) {
            // "its spokesman Ana Rojas wrote": a name after its role may come out as a loose dependent.
            boolean nameAfterRole = d.relation().equals("dep") && d.dependent() > head;
            if (d.relation().equals("appos") || d.relation().equals("compound") || d.relation().startsWith("flat")
                    || nameAfterRole) {
                Optional<ActorMention> m = doc.actors().at(s.index(), d.dependent());
                if (m.isPresent() && m.get().actor().isPerson()) {
                    return Optional.of(new Resolved(m.get().actor(), 0.85, "apposition"));
                }
            }
        }
        Optional<Resolved> nested = nestedApposition(s, head);
        if (nested.isPresent()) {
            return nested;
        }
        if (h.pos().startsWith("WP")) {
            return relativeAntecedent(s, head);
        }
        if (h.pos().equals("WDT")) {
            // "Chad, which insists that ...": "which" is never a person, so the noun its clause hangs on decides.
            return Arguments.relativeAntecedent(s, head, words).flatMap(noun -> nounPhrase(s, noun))
                    .map(r -> new Resolved(r.actor(), Math.min(r.confidence(), 0.8), "relative-antecedent"));
        }
        if (h.isPronoun()) {
            return pronoun(s, head);
        }
        Optional<Resolved> body = bodies.resolve(s, head);
        if (body.isPresent()) {
            return body;
        }
        if (doc.lexicons().titles().isHeadWord(h.word()) || words.contains("source-nouns", h.lemma())
                || words.contains("mediator-nouns", h.lemma())) {
            return roles.resolve(s, head);
        }
        Optional<Resolved> any = anyActorIn(s, head);
        if (any.isEmpty() && h.isNoun() && !h.isProperNoun() && s.children(head, "det").stream()
                .anyMatch(k -> s.token(k).lowerWord().equals("the"))) {
            // "the convener": a common noun the article set beside a name before means that person.
            return roles.introducedInApposition(s, head).map(a -> new Resolved(a, 0.75, "role-apposition"));
        }
        return any;
    }

    /**
     * "the group's spokesman in Qatar, X, said": the parser hangs the name in commas on the last noun
     * of the role ("Qatar"), not on the role; a person in apposition inside a role's phrase is its holder.
     */
    private Optional<Resolved> nestedApposition(Sentence s, int head) {
        if (!doc.lexicons().titles().isHeadWord(s.token(head).word())) {
            return Optional.empty();
        }
        for (int k : nounPhraseTokens(s, head)) {
            for (Dependency d : s.childrenOf(k)) {
                if (k != head && d.relation().equals("appos") && d.dependent() > head) {
                    Optional<ActorMention> m = doc.actors().at(s.index(), d.dependent());
                    if (m.isPresent() && m.get().actor().isPerson()) {
                        return Optional.of(new Resolved(m.get().actor(), 0.8, "apposition-nested"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "..., envoy X, who said ...": where the parse lost the relative clause's noun, the actor that ends
     * right before "who" (and its comma) is it.
     */
    private Optional<Resolved> relativeAntecedent(Sentence s, int who) {
        int k = who - 1;
        while (k >= 0 && s.token(k).isPunctuation()) {
            k--;
        }
        return k < 0 ? Optional.empty() : doc.actors().actorAt(s.index(), k).filter(a -> a.kind() != ActorKind.PLACE)
                .map(a -> new Resolved(a, 0.8, "relative-antecedent"));
    }

    private Optional<Resolved> anyActorIn(Sentence s, int head) {
        List<Integer> phrase = nounPhraseTokens(s, head);
        LocalActor best = null;
        for (int k : phrase) {
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isEmpty() || m.get().actor().kind() == ActorKind.PLACE) {
                continue;
            }
            LocalActor a = m.get().actor();
            if (best == null || rank(a) < rank(best)) {
                best = a;
            }
        }
        return Optional.ofNullable(best).map(a -> new Resolved(a, 0.7, "in-phrase"));
    }

    private static int rank(LocalActor a) {
        return switch (a.kind()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case COUNTRY -> 2;
            case PLACE -> 3;
        };
    }

    /** The tokens of the noun phrase headed by {@code head}, without relative or adverbial clauses. */
    static List<Integer> nounPhraseTokens(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (Dependency d : s.childrenOf(head)) {
            String rel = d.relation();
            if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("punct") || rel.equals("parataxis")
                    || rel.equals("conj") || rel.equals("cc")) {
                continue;
            }
            out.addAll(nounPhraseTokens(s, d.dependent()));
        }
        out.sort(Integer::compare);
        return out;
    }

    // --- pronouns --------------------------------------------------------------------------

    private Optional<Resolved> pronoun(Sentence s, int token) {
        Optional<String> kind = words.value("pronouns", s.token(token).lowerWord());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case "male" -> salientPerson(s, token, Gender.MALE, null).map(a -> new Resolved(a, 0.7, "pronoun"));
            case "female" -> salientPerson(s, token, Gender.FEMALE, null).map(a -> new Resolved(a, 0.7, "pronoun"));
            case "neuter" -> bodies.recentText(s.index()).map(a -> new Resolved(a, 0.7, "pronoun-text"))
                    .or(() -> salientGroup(s, token).map(a -> new Resolved(a, 0.65, "pronoun")));
            default -> peopleSubjectBefore(s, token) ? Optional.empty()
                    : salientGroup(s, token).map(a -> new Resolved(a, 0.65, "pronoun"));
        };
    }

    /**
     * "A and B met after their aides signed ...": "they" or "their" after two people who are its
     * sentence's subject stands for the two, whom no one actor names, so it is left unresolved rather
     * than given to a group of an earlier sentence (or a headline). Not "them", an object, which is
     * someone else ("A and B urged them to return").
     */
    private boolean peopleSubjectBefore(Sentence s, int pronoun) {
        String word = s.token(pronoun).lowerWord();
        if (!word.equals("they") && !word.equals("their")) {
            return false;
        }
        for (Dependency d : s.dependencies()) {
            if (d.relation().startsWith("nsubj") && d.dependent() < pronoun) {
                long people = Arguments.conjuncts(s, d.dependent()).stream()
                        .filter(k -> doc.actors().actorAt(s.index(), k).filter(LocalActor::isPerson).isPresent()).count();
                if (people >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The person a pronoun or generic role most likely means: the nearest earlier person of agreeing
     * gender, preferring the subject of the sentence just before, then subjects and those who spoke
     * last, outside quotations.
     */
    Optional<LocalActor> salientPerson(Sentence s, int token, Gender gender, LocalActor affiliation) {
        return salientPerson(s, token, gender, affiliation, a -> true);
    }

    /** As {@link #salientPerson(Sentence, int, Gender, LocalActor)}, among the people {@code eligible} accepts. */
    Optional<LocalActor> salientPerson(Sentence s, int token, Gender gender, LocalActor affiliation,
                                       java.util.function.Predicate<LocalActor> eligible) {
        int position = s.token(token).begin();
        java.util.function.Predicate<LocalActor> fits = a -> a.isPerson() && genderOf(a).agreesWith(gender)
                && (affiliation == null || RoleAnaphors.affiliationCompatible(a, affiliation)) && eligible.test(a);
        LocalActor best = null;
        double bestScore = 0;
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() >= position || m.sentence() < s.index() - PRONOUN_WINDOW
                    || doc.quoteAt(m.charBegin()).isPresent() || !fits.test(m.actor()) || isPlural(m)) {
                continue;
            }
            LocalActor a = m.actor();
            double score = salience(m, s.index());
            if (score > bestScore || score == bestScore && best != null && m.sentence() > 0) {
                bestScore = score;
                best = a;
            }
        }
        // "The Ugandan leader promised ... '...,' he said": who spoke in a sentence by a role or a pronoun was a
        // subject there, though no name was written.
        for (var turn : memory.lastSpokeBefore(s.index()).entrySet()) {
            LocalActor a = turn.getKey();
            int distance = s.index() - turn.getValue();
            boolean named = doc.actors().mentions().stream().anyMatch(m -> m.actor() == a && m.sentence() == turn.getValue());
            if (named || !a.named() || distance > PRONOUN_WINDOW || !fits.test(a)) {
                continue;
            }
            double score = 1.0 - 0.25 * distance + 0.2 + memory.recency(a);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How likely a mention is the antecedent of a pronoun or role in sentence {@code sentence}
     * (centering): the subject of the pronoun's own sentence, before it, most ("X said ..., but he
     * urged ..."), then that of the sentence just before, then subjects, then objects; a name in a list
     * or a genitive least; nearer more, and having just spoken more.
     */
    double salience(ActorMention m, int sentence) {
        int distance = sentence - m.sentence();
        double score = 1.0 - 0.25 * distance;
        // "according to X, the lesson is ...": the source a sentence is told by is what it is about, as a subject.
        if (isMainSubject(m) || isSourceAccordingTo(m)) {
            score += distance == 0 ? 0.9 : distance == 1 ? 0.75 : 0.45;
        } else if (ownsMainSubject(m)) {
            // "X's own summary was gloomier. On Tuesday he told viewers ...": the sentence is about X's.
            score += distance == 0 ? 0.5 : distance == 1 ? 0.45 : 0.25;
        } else if (isSubject(m)) {
            score += 0.2;
        } else if (!hasRelation(m, "obj") && !hasRelation(m, "iobj")) {
            score -= 0.2;
        }
        if (distance == 0 && authorOfSpeech(m)) {
            score += 0.5;
        }
        return score + memory.recency(m.actor());
    }

    /**
     * "comments made by X", "X's remarks", "a statement by X": the author of a speech the sentence
     * names is who speaks in it ("..., where he said").
     */
    private boolean authorOfSpeech(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        int head = m.end() - 1;
        Optional<Dependency> up = s.headOf(head);
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        Token governor = s.token(up.get().governor());
        String rel = up.get().relation();
        boolean byPhrase = Arguments.caseOf(s, head).filter(c -> words.contains("author-prepositions", c)).isPresent();
        if (isSpeechNoun(governor) && (rel.equals("nmod:poss") || rel.equals("nmod") && byPhrase)) {
            return true;
        }
        Optional<Dependency> above = s.headOf(governor.index());
        return rel.startsWith("obl") && byPhrase && above.isPresent() && above.get().relation().startsWith("acl")
                && above.get().governor() >= 0 && isSpeechNoun(s.token(above.get().governor()));
    }

    private boolean isSpeechNoun(Token t) {
        return t.isNoun() && words.contains("speech-nouns", t.lemma());
    }

    /** The gender a person's title, honorific or given name tells. */
    Gender genderOf(LocalActor a) {
        if (a.gender() != Gender.UNKNOWN || !a.named()) {
            return a.gender();
        }
        String first = a.name().split("[\\s-]+")[0];
        return words.value("given-names", first).map(g -> g.equals("female") ? Gender.FEMALE : Gender.MALE)
                .orElse(Gender.UNKNOWN);
    }

    /** The organisation or country a definite noun or "they" refers back to: the last such subject before it. */
    Optional<LocalActor> groupBefore(Sentence s, int token) {
        return salientGroup(s, token);
    }

    private Optional<LocalActor> salientGroup(Sentence s, int token) {
        int position = s.token(token).begin();
        LocalActor best = null;
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() >= position || m.sentence() < s.index() - 2 || m.actor().isPerson()
                    || m.actor().kind() == ActorKind.PLACE || doc.quoteAt(m.charBegin()).isPresent()) {
                continue;
            }
            if (isSubject(m)) {
                best = m.actor();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The subject of the sentence's main verb, directly or through an apposition. */
    /** The genitive of the main clause's subject: "X's" in "X's own summary was gloomier". */
    private boolean ownsMainSubject(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        Optional<Dependency> up = s.headOf(m.end() - 1);
        if (up.isEmpty() || !up.get().relation().equals("nmod:poss") || up.get().governor() < 0) {
            return false;
        }
        Optional<Dependency> owned = s.headOf(up.get().governor());
        return owned.isPresent() && owned.get().relation().startsWith("nsubj") && owned.get().governor() == s.root();
    }

    /** "according to X": the mention is the source its sentence is attributed to. */
    private boolean isSourceAccordingTo(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        int head = m.end() - 1;
        return s.children(head, "case").stream().anyMatch(k -> words.contains("attribution-words", s.token(k).lowerWord()));
    }

    private boolean isMainSubject(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        int root = s.root();
        // "Banda, who was accompanied by X, sounded cautious": the parser may make the opening name the root
        // and hang the rest on its relative clause (or on a bare dependent that opens with "who" or "whose");
        // the name still is what the sentence is about.
        if (m.start() == 0 && root >= m.start() && root < m.end() && s.token(root).isProperNoun()
                && s.children(root, "acl:relcl").size() + relativeDependents(s, root) == 1) {
            return true;
        }
        for (int k = m.start(); k < m.end(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().relation().startsWith("nsubj") && up.get().governor() == root) {
                return true;
            }
            if (up.isPresent() && standsForItsTitle(s, up.get())) {
                Optional<Dependency> up2 = s.headOf(up.get().governor());
                if (up2.isPresent() && up2.get().relation().startsWith("nsubj") && up2.get().governor() == root) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name in apposition to its title, or hung on it as a bare dependent ("The Tanzanian President John
     * Mrema said": the parser makes the title the subject): the title's place in the sentence is the name's.
     */
    private boolean standsForItsTitle(Sentence s, Dependency up) {
        return up.relation().equals("appos") || up.relation().equals("dep") && up.governor() >= 0
                && up.governor() < up.dependent() && doc.lexicons().titles().isHeadWord(s.token(up.governor()).word());
    }

    /** Clauses hung on {@code head} as bare dependents that open with a relative word ("whose team held out"). */
    private static int relativeDependents(Sentence s, int head) {
        int n = 0;
        for (int clause : s.children(head, "dep")) {
            int first = s.subtree(clause).stream().min(Integer::compare).orElse(clause);
            String tag = s.token(first).pos();
            if (tag.equals("WP") || tag.equals("WP$") || tag.equals("WDT")) {
                n++;
            }
        }
        return n;
    }

    /** "analysts", "officials": a group of people, never what "he" or "she" stands for. */
    private boolean isPlural(ActorMention m) {
        String tag = doc.sentences().get(m.sentence()).token(m.end() - 1).pos();
        return tag.equals("NNS") || tag.equals("NNPS");
    }

    private boolean hasRelation(ActorMention m, String relation) {
        Sentence s = doc.sentences().get(m.sentence());
        for (int k = m.start(); k < m.end(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    boolean isSubject(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        for (int k = m.start(); k < m.end(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().relation().startsWith("nsubj")) {
                return true;
            }
            if (up.isPresent() && (standsForItsTitle(s, up.get()) || whoseLeaders(s, up.get()))) {
                Optional<Dependency> up2 = s.headOf(up.get().governor());
                if (up2.isPresent() && up2.get().relation().startsWith("nsubj")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Leaders of the rebels gathered ...", "Rebel leaders gathered ... They demanded": the group whose
     * leaders are the subject is who the sentence is about, and whom a later "they" means.
     */
    private boolean whoseLeaders(Sentence s, Dependency up) {
        if (up.governor() < 0 || !s.token(up.governor()).pos().equals("NNS")) {
            return false;
        }
        boolean ofOrCompound = up.relation().equals("compound") || up.relation().equals("nmod")
                && Arguments.caseOf(s, up.dependent()).filter("of"::equals).isPresent();
        String leaders = s.token(up.governor()).lemma();
        return ofOrCompound && (words.contains("leader-nouns", leaders) || doc.lexicons().titles().isHeadWord(leaders));
    }
}
