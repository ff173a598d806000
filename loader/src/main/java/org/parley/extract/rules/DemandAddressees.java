package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.Engine;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/** Of whom a demand is made, for {@link DemandFinder}. */
final class DemandAddressees {
    private final Document doc;
    private final Speakers speakers;
    private final List<NegotiationFinder.Match> negotiations;
    private final DemandContent contents;
    private final WordClasses words;

    DemandAddressees(Document doc, Speakers speakers, List<NegotiationFinder.Match> negotiations, DemandContent contents) {
        this.doc = doc;
        this.speakers = speakers;
        this.negotiations = negotiations;
        this.contents = contents;
        this.words = doc.lexicons().words();
    }

    /**
     * Who is asked: the addressee the pattern bound ("urged Peru to ..."), else the subject of the
     * demanded clause ("that the foreign troops leave"), else whoever the demanded phrase names as acting
     * ("the withdrawal of Kenyan troops"; an alliance to be joined or stayed out of is not asked),
     * else the other side of the negotiation the demander's side takes part in.
     */
    Optional<LocalActor> of(Sentence s, PatternMatch m, DemandContent.Item item, DemandContent.Content content,
                            LocalActor demander) {
        for (int head : m.all(Role.ADDRESSEE)) {
            if (isFirstPerson(s.token(head))) {
                continue;
            }
            if (m.pattern().engine() == Engine.TOKENSREGEX) {
                Optional<LocalActor> a = doc.actors().actorAt(s.index(), head);
                if (a.isPresent() && a.get().kind() != ActorKind.PLACE && a.get().party() != demander.party()) {
                    return Optional.of(a.get().party());
                }
                continue;
            }
            // "the accord must be ratified by X": a text is never asked, nor the demander's own side; who acts may be.
            Optional<LocalActor> bound = coordinated(s, head, demander)
                    .filter(a -> !a.isDocument() && a.party() != demander.party());
            if (bound.isPresent()) {
                return bound;
            }
        }
        int k = item.topicHead();
        for (int depth = 0; depth < 8; depth++) {
            for (int subject : s.children(k, "nsubj")) {
                Optional<LocalActor> a = actorOf(s, subject).filter(x -> x.party() != demander.party() && !x.isDocument());
                if (a.isPresent()) {
                    return Optional.of(a.get().party());
                }
            }
            // "the accord must be ratified by the senate": the agent of a passive is who is to act.
            for (int agent : passiveAgents(s, k)) {
                Optional<LocalActor> a = actorOf(s, agent).filter(x -> x.party() != demander.party());
                if (a.isPresent()) {
                    return Optional.of(a.get().party());
                }
            }
            Optional<Dependency> up = s.headOf(k);
            if (content.heads().contains(k) || up.isEmpty() || up.get().governor() < 0
                    || !content.tokens().contains(up.get().governor()) && !content.heads().contains(up.get().governor())) {
                break;
            }
            k = up.get().governor();
        }
        Optional<LocalActor> holder = holderOfTheReleased(s, item.topicHead(), demander);
        if (holder.isPresent()) {
            return holder;
        }
        Optional<LocalActor> refuser = refuserOf(s, m.trigger(), demander);
        if (refuser.isPresent()) {
            return refuser;
        }
        for (int j : Speakers.nounPhraseTokens(s, item.topicHead())) {
            Optional<LocalActor> a = doc.actors().actorAt(s.index(), j)
                    .filter(x -> x.kind() != ActorKind.PLACE && x.party() != demander.party())
                    .filter(x -> !allianceAsArgument(s, j, x) && !locative(s, j) && !sideOfTheReleased(s, j));
            if (a.isPresent()) {
                return Optional.of(a.get().party());
            }
        }
        return counterpart(demander);
    }

    /** The by-phrases of a passive verb. */
    private static List<Integer> passiveAgents(Sentence s, int verb) {
        if (s.children(verb, "aux:pass").isEmpty()) {
            return List.of();
        }
        return s.children(verb, "obl").stream()
                .filter(o -> s.children(o, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("by"))).toList();
    }

    /**
     * "Chile rejected Peru's demand for a new census", "X refused a Soviet demand to ...": a demand
     * someone rejects or refuses was made of them.
     */
    private Optional<LocalActor> refuserOf(Sentence s, int demandNoun, LocalActor demander) {
        Optional<Dependency> up = s.headOf(demandNoun);
        if (up.isEmpty() || !up.get().relation().equals("obj") || up.get().governor() < 0
                || !words.contains("rejection-verbs", s.token(up.get().governor()).lemma())) {
            return Optional.empty();
        }
        return speakers.agentOf(s, up.get().governor()).map(Speakers.Resolved::actor)
                .filter(a -> a.kind() != ActorKind.PLACE && a.party() != demander.party()).map(LocalActor::party);
    }

    /**
     * The addressee a pattern bound, with those coordinated with it: "urged Chile and Peru to ..."
     * asks both, as one actor named after them.
     */
    private Optional<LocalActor> coordinated(Sentence s, int head, LocalActor demander) {
        List<LocalActor> asked = new ArrayList<>();
        List<Integer> phrases = new ArrayList<>(List.of(head));
        phrases.addAll(s.children(head, "conj"));
        for (int k : phrases) {
            speakers.nounPhrase(s, k).map(Speakers.Resolved::actor)
                    .filter(a -> a.kind() != ActorKind.PLACE && a.party() != demander.party())
                    .map(LocalActor::party).filter(a -> !asked.contains(a)).ifPresent(asked::add);
        }
        if (asked.size() <= 1) {
            return asked.stream().findFirst();
        }
        Token first = s.token(head);
        Token last = s.token(s.subtree(head).get(s.subtree(head).size() - 1));
        return Optional.of(doc.actors().together(asked, first.begin(), last.end()));
    }

    /**
     * "the release of Palestinian prisoners": the side of those to be released is not the one asked
     * to release them (unlike "the withdrawal of Kenyan troops", where the troops' side must act).
     */
    private boolean sideOfTheReleased(Sentence s, int token) {
        Optional<Dependency> up = s.headOf(token);
        if (up.isEmpty() || up.get().governor() < 0 || !List.of("amod", "compound", "nmod:poss").contains(up.get().relation())) {
            return false;
        }
        return isReleased(s, up.get().governor());
    }

    /** "the release of prisoners held in Israeli jails": who holds them is asked to release them. */
    private Optional<LocalActor> holderOfTheReleased(Sentence s, int topicHead, LocalActor demander) {
        for (int noun : Speakers.nounPhraseTokens(s, topicHead)) {
            if (!isReleased(s, noun)) {
                continue;
            }
            // The parser hangs "held in X jails" on the people or on the release noun itself.
            List<Integer> clauses = new ArrayList<>(s.children(noun, "acl"));
            s.headOf(noun).ifPresent(d -> clauses.addAll(s.children(d.governor(), "acl")));
            for (int clause : clauses) {
                for (int j : s.subtree(clause)) {
                    Optional<LocalActor> a = doc.actors().actorAt(s.index(), j)
                            .filter(x -> x.kind() != ActorKind.PLACE && x.party() != demander.party());
                    if (a.isPresent()) {
                        return Optional.of(a.get().party());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The people a release noun is of: "prisoners" in "the release of prisoners". */
    private boolean isReleased(Sentence s, int noun) {
        Optional<Dependency> up = s.headOf(noun);
        return up.isPresent() && up.get().governor() >= 0 && up.get().relation().equals("nmod")
                && Arguments.caseOf(s, noun).filter(c -> c.equals("of")).isPresent()
                && words.contains("release-nouns", s.token(up.get().governor()).lemma());
    }

    /** "a no-fly zone over the country", "withdrawal from the region": where a demand applies, not whom it asks. */
    private boolean locative(Sentence s, int token) {
        int k = token;
        for (int depth = 0; depth < 3; depth++) {
            if (Arguments.caseOf(s, k).filter(c -> words.contains("locative-prepositions", c)).isPresent()) {
                return true;
            }
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("compound")
                    && !up.get().relation().equals("flat") && !up.get().relation().startsWith("amod")) {
                return false;
            }
            k = up.get().governor();
        }
        return false;
    }

    /** "join the alliance", "membership of the alliance": the alliance is what the demand is about, not whom it asks. */
    private boolean allianceAsArgument(Sentence s, int token, LocalActor actor) {
        boolean alliance = contents.organization(actor).filter(o -> o.kind().equals("alliance") || o.kind().equals("bloc"))
                .isPresent();
        if (!alliance) {
            return false;
        }
        Optional<Dependency> up = s.headOf(token);
        return up.isPresent() && !up.get().relation().equals("nmod:poss") && !up.get().relation().startsWith("nsubj");
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

    /** The actor a phrase names: its head, a pronoun resolved, else the first actor of the phrase. */
    Optional<LocalActor> actorOf(Sentence s, int head) {
        Optional<LocalActor> at = doc.actors().actorAt(s.index(), head).filter(a -> a.kind() != ActorKind.PLACE);
        if (at.isPresent()) {
            return at;
        }
        if (s.token(head).isPronoun() && !isFirstPerson(s.token(head))) {
            return speakers.nounPhrase(s, head).map(Speakers.Resolved::actor);
        }
        for (int k : Speakers.nounPhraseTokens(s, head)) {
            Optional<LocalActor> a = doc.actors().actorAt(s.index(), k).filter(x -> x.kind() != ActorKind.PLACE);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    boolean isFirstPerson(Token t) {
        return t.isPronoun() && words.contains("first-person-pronouns", t.lowerWord());
    }
}
