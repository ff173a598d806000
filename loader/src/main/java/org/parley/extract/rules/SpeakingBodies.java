package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.WordClasses;

/**
 * Speakers that are not people:
 * <ul>
 *   <li>news outlets: "al-Hayat TV reported", "according to the state news agency";</li>
 *   <li>documents: "the statement said", "according to the document", "the joint declaration
 *       states"; a document whose issuer its phrase names speaks for the issuer ("a fact sheet
 *       issued by the ministry"), and "the report" after an outlet reported is that outlet;</li>
 *   <li>offices: "the office said in a statement" is the office named before, or the body that
 *       spoke last;</li>
 *   <li>organisations referred back to: "the coalition said", "the group said" is the organisation
 *       named in the last sentences, one whose name has the noun first;</li>
 *   <li>an unnamed spokesperson of "its": the body "its" stands for;</li>
 *   <li>the parties speaking together: "the two sides said", "the neighbours said" are the
 *       article's two main parties.</li>
 * </ul>
 */
final class SpeakingBodies {
    private static final int TEXT_WINDOW = 8;
    /** How many sentences back "the group" may refer. */
    private static final int BODY_WINDOW = 2;

    private final Document doc;
    private final Speakers speakers;
    private final SpeakerMemory memory;
    private final WordClasses words;

    SpeakingBodies(Document doc, Speakers speakers, SpeakerMemory memory) {
        this.doc = doc;
        this.speakers = speakers;
        this.memory = memory;
        this.words = doc.lexicons().words();
    }

    /** The body a noun phrase names, if it names one of the kinds above. */
    Optional<Speakers.Resolved> resolve(Sentence s, int head) {
        Token h = s.token(head);
        List<Integer> phrase = Speakers.nounPhraseTokens(s, head);
        Optional<Speakers.Resolved> outlet = outlet(s, head, phrase);
        if (outlet.isPresent()) {
            return outlet;
        }
        if (words.contains("document-nouns", h.lemma()) && h.isNoun()) {
            return Optional.of(document(s, head, phrase));
        }
        boolean plural = h.pos().equals("NNS");
        // "the two sides", "the neighbours", "both governments": the parties (asked before offices, for "the
        // government" is one). "The leaders" are people, resolved as a role: by the head word itself, not its
        // stem, which "governments" shares with "governor".
        if (plural && words.contains("side-nouns", h.lemma()) && !words.contains("title-heads", h.lemma())
                && noActorIn(s, phrase)) {
            List<LocalActor> parties = mainParties();
            if (parties.size() >= 2) {
                return Optional.of(new Speakers.Resolved(doc.actors().together(parties, h.begin(), h.end()), 0.6,
                        "parties-together"));
            }
        }
        if (words.contains("office-nouns", h.lemma()) && noActorIn(s, phrase)) {
            return office(s, head);
        }
        if (words.contains("spokesperson-nouns", h.lemma()) && noActorIn(s, phrase)) {
            Optional<Speakers.Resolved> body = spokespersonOf(s, head);
            if (body.isPresent()) {
                return body;
            }
        }
        if (words.contains("body-anaphor-nouns", h.lemma()) && h.pos().equals("NN") && definite(s, head)
                && noActorIn(s, phrase)) {
            return organisationNamedBefore(s, head);
        }
        return Optional.empty();
    }

    /** The document or outlet that spoke in the last sentences: "it said" after "the statement said". */
    Optional<LocalActor> recentText(int sentence) {
        return memory.recentText(sentence, 2);
    }

    // --- outlets ---------------------------------------------------------------------------------

    private Optional<Speakers.Resolved> outlet(Sentence s, int head, List<Integer> phrase) {
        boolean headIsOutlet = words.contains("outlet-nouns", s.token(head).lemma());
        boolean outletModifier = false;
        for (Dependency d : s.childrenOf(head)) {
            if ((d.relation().equals("compound") || d.relation().equals("appos"))
                    && words.contains("outlet-nouns", s.token(d.dependent()).lemma())) {
                outletModifier = true;
            }
        }
        if (!headIsOutlet && !(outletModifier && s.token(head).isProperNoun())) {
            return Optional.empty();
        }
        Optional<ActorMention> listed = doc.actors().at(s.index(), head);
        if (listed.isPresent() && listed.get().actor().kind() != ActorKind.PLACE) {
            return Optional.empty();
        }
        List<Integer> name = new ArrayList<>();
        boolean actorInPhrase = false;
        for (int k : phrase) {
            Token t = s.token(k);
            boolean actor = k != head && doc.actors().actorAt(s.index(), k).filter(a -> a.kind() != ActorKind.PLACE).isPresent();
            actorInPhrase |= actor;
            if (t.isProperNoun() && !actor || k == head && headIsOutlet && !name.isEmpty()) {
                name.add(k);
            }
        }
        boolean named = !name.isEmpty();
        if (!named && actorInPhrase) {
            return Optional.empty(); // "the UN refugee agency": the listed body speaks
        }
        if (!named) {
            name = leftModifiers(s, head, phrase);
        }
        String label = name.stream().map(k -> s.token(k).word()).reduce((a, b) -> a + " " + b).orElse(s.token(head).word());
        LocalActor outlet = doc.actors().speakingBody(label, "outlet:" + label.toLowerCase(Locale.ROOT), named, s.index(),
                name.get(0), name.get(name.size() - 1) + 1, s.token(name.get(0)).begin(),
                s.token(name.get(name.size() - 1)).end(), "outlet");
        memory.textSpoke(outlet, s.index());
        return Optional.of(new Speakers.Resolved(outlet, named ? 0.8 : 0.6, "outlet"));
    }

    // --- documents -------------------------------------------------------------------------------

    private Speakers.Resolved document(Sentence s, int head, List<Integer> phrase) {
        Optional<LocalActor> issuer = issuer(s, head);
        if (issuer.isPresent()) {
            memory.textSpoke(issuer.get(), s.index());
            return new Speakers.Resolved(issuer.get(), 0.75, "document-issuer");
        }
        boolean definite = phrase.stream().filter(k -> k < head).anyMatch(k -> s.token(k).pos().equals("DT")
                && !words.contains("indefinite-determiners", s.token(k).lowerWord()));
        Optional<LocalActor> earlier = memory.recentText(s.index(), TEXT_WINDOW);
        if (definite && earlier.isPresent()) {
            memory.textSpoke(earlier.get(), s.index());
            return new Speakers.Resolved(earlier.get(), 0.65, "document-anaphor");
        }
        List<Integer> name = leftModifiers(s, head, phrase);
        String label = doc.text(s, name.get(0), name.get(name.size() - 1) + 1);
        LocalActor document = doc.actors().speakingBody(label, "document:" + label.toLowerCase(Locale.ROOT), false,
                s.index(), name.get(0), name.get(name.size() - 1) + 1, s.token(name.get(0)).begin(),
                s.token(name.get(name.size() - 1)).end(), "document");
        memory.textSpoke(document, s.index());
        return new Speakers.Resolved(document, 0.65, "document");
    }

    /**
     * "the ministry's statement", "a statement by X", "the statement of X", "a fact sheet issued by X":
     * the one actor that issued it.
     */
    private Optional<LocalActor> issuer(Sentence s, int head) {
        List<LocalActor> found = new ArrayList<>();
        for (Dependency d : s.childrenOf(head)) {
            int k = d.dependent();
            if (d.relation().equals("nmod:poss")
                    || d.relation().equals("nmod") && Arguments.caseOf(s, k).filter(c -> words.contains("author-prepositions", c)).isPresent()) {
                found.addAll(authors(s, k));
            } else if (d.relation().equals("nmod") && Arguments.caseOf(s, k).filter("of"::equals).isPresent()) {
                found.addAll(actorsOf(s, k)); // "the statement of the ministry"; not "the paragraph of the document"
            } else if (d.relation().startsWith("acl")) {
                for (Dependency agent : s.childrenOf(k)) {
                    if (agent.relation().startsWith("obl")
                            && Arguments.caseOf(s, agent.dependent()).filter(c -> words.contains("author-prepositions", c)).isPresent()) {
                        found.addAll(authors(s, agent.dependent()));
                    }
                }
            }
        }
        List<LocalActor> distinct = found.stream().distinct().toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /**
     * The actors an issuer's phrase names, the outlet it names ("reports by the agency X"), or the
     * body a definite noun refers back to ("a statement from the group": the group just named).
     */
    private List<LocalActor> authors(Sentence s, int head) {
        List<LocalActor> actors = actorsOf(s, head);
        if (!actors.isEmpty()) {
            return actors;
        }
        Optional<Speakers.Resolved> outlet = outlet(s, head, Speakers.nounPhraseTokens(s, head));
        if (outlet.isPresent()) {
            return List.of(outlet.get().actor());
        }
        boolean definite = s.children(head, "det").stream().anyMatch(k -> s.token(k).pos().equals("DT")
                && !words.contains("indefinite-determiners", s.token(k).lowerWord()));
        if (definite && s.token(head).isNoun() && !s.token(head).isProperNoun()) {
            return speakers.groupBefore(s, head).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private List<LocalActor> actorsOf(Sentence s, int head) {
        List<LocalActor> out = new ArrayList<>();
        for (int c : Arguments.conjuncts(s, head)) {
            for (int k : Speakers.nounPhraseTokens(s, c)) {
                doc.actors().actorAt(s.index(), k).filter(a -> a.kind() != ActorKind.PLACE).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The head and the nouns and adjectives right before it in its phrase: "joint statement". */
    private static List<Integer> leftModifiers(Sentence s, int head, List<Integer> phrase) {
        List<Integer> out = new ArrayList<>();
        for (int k : phrase) {
            String tag = s.token(k).pos();
            if (k == head || k < head && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD"))) {
                out.add(k);
            }
        }
        // Keep the run that ends at the head.
        List<Integer> run = new ArrayList<>();
        for (int i = out.size() - 1; i >= 0; i--) {
            if (!run.isEmpty() && out.get(i) != run.get(0) - 1) {
                break;
            }
            run.add(0, out.get(i));
        }
        return run;
    }

    // --- offices ---------------------------------------------------------------------------------

    private Optional<Speakers.Resolved> office(Sentence s, int head) {
        String lemma = s.token(head).lowerLemma();
        List<ActorMention> mentions = doc.actors().mentions();
        int before = s.token(head).begin();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.charBegin() < before && m.actor().kind() == ActorKind.ORGANIZATION
                    && m.actor().name().toLowerCase(Locale.ROOT).contains(lemma)) {
                return Optional.of(new Speakers.Resolved(m.actor(), 0.7, "office-named-before"));
            }
        }
        return memory.bodiesThatSpoke().stream().findFirst().map(a -> new Speakers.Resolved(a, 0.6, "office-spoke-last"));
    }

    /** An organisation named in this sentence or the {@value #BODY_WINDOW} before: one whose name has the noun first. */
    private Optional<Speakers.Resolved> organisationNamedBefore(Sentence s, int head) {
        String lemma = s.token(head).lowerLemma();
        int before = s.token(head).begin();
        LocalActor latest = null;
        List<ActorMention> mentions = doc.actors().mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.charBegin() >= before || m.actor().kind() != ActorKind.ORGANIZATION || !m.actor().named()
                    || doc.quoteAt(m.charBegin()).isPresent()) {
                continue;
            }
            if (m.sentence() < s.index() - BODY_WINDOW) {
                break;
            }
            if (m.actor().name().toLowerCase(Locale.ROOT).contains(lemma)) {
                return Optional.of(new Speakers.Resolved(m.actor(), 0.7, "organisation-named-before"));
            }
            latest = latest == null ? m.actor() : latest;
        }
        return Optional.ofNullable(latest).map(a -> new Speakers.Resolved(a, 0.6, "organisation-named-before"));
    }

    /** "its spokesman said": the body "its" stands for speaks, when the spokesman has no name. */
    private Optional<Speakers.Resolved> spokespersonOf(Sentence s, int head) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.relation().equals("nmod:poss") && s.token(d.dependent()).lowerWord().equals("its")) {
                return speakers.nounPhrase(s, d.dependent()).filter(r -> !r.actor().isPerson()
                        && r.actor().kind() != ActorKind.PLACE).map(r -> new Speakers.Resolved(r.actor(), 0.65, "spokesperson-of"));
            }
        }
        return Optional.empty();
    }

    /** "the coalition", not "a coalition" or "coalitions": a noun that refers back. */
    private static boolean definite(Sentence s, int head) {
        return s.childrenOf(head).stream().anyMatch(d -> d.relation().equals("det")
                && s.token(d.dependent()).lowerWord().equals("the"));
    }

    private boolean noActorIn(Sentence s, List<Integer> phrase) {
        return phrase.stream().noneMatch(k -> doc.actors().actorAt(s.index(), k).isPresent());
    }

    // --- the parties speaking together -------------------------------------------------------------

    /**
     * The article's two main parties: the states and organisations (people counting for theirs)
     * mentioned most, outside quotations, a mention in the headline or lead counting double.
     */
    private List<LocalActor> mainParties() {
        Map<LocalActor, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : doc.actors().mentions()) {
            LocalActor party = m.actor().party();
            if (party.kind() == ActorKind.PLACE || party.kind() == ActorKind.PERSON || !party.named()
                    || doc.quoteAt(m.charBegin()).isPresent()) {
                continue;
            }
            counts.merge(party, m.sentence() < 3 ? 2 : 1, Integer::sum);
        }
        List<Map.Entry<LocalActor, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue());
        if (ranked.size() < 2 || ranked.get(1).getValue() < 2) {
            return List.of();
        }
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }
}
