package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.Countries;
import org.parley.extract.lexicon.WordClasses;

/**
 * Turns the phrase heads that patterns bind into actors: every actor named in the head's phrase and
 * in the phrases conjoined with it ("the leaders of Ghana, Togo and Benin"), a pronoun resolved to
 * whom it stands for, never a word inside a quotation or inside a locative phrase of the head
 * ("officials in Nairobi" names the officials, not Kenya's capital).
 */
final class Arguments {

    private final Document doc;
    private final Speakers speakers;

    Arguments(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
    }

    /** The state or organisation a team's phrase names ("the Kenyan delegation", "the Rwandan side"). */
    Optional<LocalActor> sideNamed(Sentence s, int token) {
        return actors(s, token).stream().filter(a -> !a.isPerson() && a.kind() != ActorKind.PLACE)
                .map(LocalActor::party).findFirst();
    }

    /** The actors other than places that the phrase under {@code head} names, in text order. */
    List<LocalActor> actors(Sentence s, int head) {
        List<LocalActor> out = new ArrayList<>();
        for (int phrase : conjuncts(s, head)) {
            for (int k : s.subtree(phrase)) {
                if (doc.inQuote(s.token(k)) || insideLocative(s, k, phrase) || insideClause(s, k, phrase)
                        || insideGappedClause(s, k, phrase)) {
                    continue;
                }
                if (qualifiesAnotherActor(s, k)) {
                    continue;
                }
                for (LocalActor a : doc.actors().allAt(s.index(), k)) {
                    if (a.kind() != ActorKind.PLACE && !out.contains(a)) {
                        out.add(a);
                    }
                }
                if (k == phrase) {
                    relativeAntecedent(s, k, doc.lexicons().words()).ifPresent(antecedent -> actors(s, antecedent).stream()
                            .filter(a -> !out.contains(a)).forEach(out::add));
                }
                if (s.token(k).isPronoun() && (k == phrase || s.token(k).pos().equals("PRP$"))) {
                    List<LocalActor> group = doc.lexicons().words().contains("plural-pronouns", s.token(k).lowerWord())
                            ? pluralAntecedent(s, k) : List.of();
                    if (group.isEmpty()) {
                        speakers.nounPhrase(s, k).map(Speakers.Resolved::actor).filter(a -> !out.contains(a))
                                .ifPresent(out::add);
                    }
                    group.stream().filter(a -> !out.contains(a)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * The noun a relative pronoun stands for: "Qatar, which sent a delegation", "the rebels, who
     * demanded": the pronoun is an argument of the relative clause, and the clause hangs on the noun.
     */
    static Optional<Integer> relativeAntecedent(Sentence s, int pronoun, WordClasses words) {
        if (!s.token(pronoun).isRelativePronoun()) {
            return Optional.empty();
        }
        // "the Agreement of Peace, which puts an end to ...": a named accord is no one who acts.
        return s.headOf(pronoun).filter(d -> d.relation().startsWith("nsubj") || d.relation().equals("obj"))
                .flatMap(d -> s.headOf(d.governor())).filter(d -> d.relation().equals("acl:relcl") && d.governor() >= 0)
                .map(Dependency::governor).filter(noun -> !words.contains("agreement-nouns", s.token(noun).lemma()));
    }

    /** The places and countries the phrase under {@code head} names as a location. */
    List<LocalActor> places(Sentence s, int head) {
        return places(s, head, -1);
    }

    /**
     * The places of a phrase where an event happens, leaving out those of the topics and aims inside it
     * ("in an effort to restore calm in X").
     */
    List<LocalActor> placesOf(Sentence s, int head, int event) {
        return places(s, head, event);
    }

    private List<LocalActor> places(Sentence s, int head, int event) {
        List<LocalActor> out = new ArrayList<>();
        for (int k : s.subtree(head)) {
            if (event >= 0 && k != head && onTopicPath(s, k, event)) {
                continue;
            }
            boolean adjective = s.headOf(k).map(d -> d.relation().equals("amod") || d.relation().equals("nmod:poss"))
                    .orElse(false);
            for (LocalActor a : doc.actors().allAt(s.index(), k)) {
                if (!adjective && (a.kind() == ActorKind.PLACE || a.kind() == ActorKind.COUNTRY) && !out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * "Ghana and Togo said they had reached a deal", "... a day after their leaders met": a plural
     * pronoun stands for the coordinated subject before it in the sentence, else for that of the
     * sentence before.
     */
    private List<LocalActor> pluralAntecedent(Sentence s, int pronoun) {
        for (Sentence x : s.index() > 0 ? List.of(s, doc.sentences().get(s.index() - 1)) : List.of(s)) {
            for (Dependency d : x.dependencies()) {
                boolean before = x != s || d.dependent() < pronoun;
                // "The talks between their generals collapsed": a subject holding the pronoun is not what it stands for.
                boolean holdsThePronoun = x == s && s.subtree(d.dependent()).contains(pronoun);
                if (before && !holdsThePronoun && d.relation().startsWith("nsubj") && !x.token(d.dependent()).isPronoun()) {
                    List<LocalActor> subject = actors(x, d.dependent()).stream().filter(a -> !a.isPerson()).toList();
                    if (subject.size() >= 2) {
                        return subject;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * True for an actor that only qualifies another in the same phrase: "Malian" in "Malian
     * rebels", "Sudan's" in "Sudan's sovereign council", "Ruto" in "the Ruto government" name whose
     * group or government it is, not a second party.
     */
    private boolean qualifiesAnotherActor(Sentence s, int token) {
        Optional<Dependency> up = s.headOf(token);
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        String rel = up.get().relation();
        if (!(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))) {
            return false;
        }
        List<LocalActor> own = doc.actors().allAt(s.index(), token);
        boolean person = own.stream().anyMatch(LocalActor::isPerson);
        // "Macron's summit with Chinese leader Xi": whom the noun is with does not qualify its possessor.
        Set<Integer> prepositional = new HashSet<>();
        for (Dependency d : s.childrenOf(up.get().governor())) {
            if (d.relation().equals("nmod") && !s.children(d.dependent(), "case").isEmpty()) {
                prepositional.addAll(s.subtree(d.dependent()));
            }
        }
        for (int k : Speakers.nounPhraseTokens(s, up.get().governor())) {
            if (k == token || s.subtree(token).contains(k) || prepositional.contains(k)) {
                continue;
            }
            for (LocalActor a : doc.actors().allAt(s.index(), k)) {
                boolean qualified = a.kind() == ActorKind.ORGANIZATION || person && a.kind() == ActorKind.COUNTRY;
                if (!own.contains(a) && qualified) {
                    return true;
                }
            }
        }
        return !person && qualifiesTitleOfPerson(s, up.get().governor());
    }

    /**
     * "former Nigerian president X": the adjective belongs to the title before a name; the person is
     * the actor (acting for that state or, out of office, for none), not the state beside them.
     */
    private boolean qualifiesTitleOfPerson(Sentence s, int title) {
        Optional<Dependency> up = s.headOf(title);
        return up.isPresent() && up.get().governor() >= 0 && up.get().relation().equals("compound")
                && doc.lexicons().titles().isHeadWord(s.token(title).word())
                && doc.actors().allAt(s.index(), up.get().governor()).stream().anyMatch(LocalActor::isPerson);
    }

    /**
     * True when the way from a place up to the event passes a topic ("talks on the situation in X",
     * "a ceasefire in X", "after weeks of fighting in X"): then X is what the event is about, not where it happens.
     */
    boolean onTopicPath(Sentence s, int place, int trigger) {
        int k = place;
        for (int depth = 0; depth < 8 && k != trigger; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            k = up.get().governor();
            if (k == trigger) {
                return false;
            }
            String marker = caseOf(s, k).orElse("");
            if (doc.lexicons().words().contains("occasion-prepositions", marker)
                    && doc.lexicons().words().contains("event-nouns", s.token(k).lemma())) {
                return false; // "reached agreement at talks in X": the place of the occasion the event happened at
            }
            if (isPurpose(s, k)) {
                return true; // "met in an effort to secure a truce in Gaza": the place of the goal, not of the meeting
            }
            if ((isTimingClause(s, k) || isTimingPhrase(s, k)) && !s.subtree(k).contains(trigger)) {
                return true; // "since the ministers met in X", "since last year's summit in X": the place of the event it is timed by
            }
            if (doc.lexicons().words().contains("topic-prepositions", marker) && !capitalAfterTopic(s, place)
                    || doc.lexicons().words().contains("agreement-nouns", s.token(k).lemma()) && !signedIn(s, place, k)
                    || doc.lexicons().words().contains("hostility-nouns", s.token(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of a group's name ("Bolivian nationalists", "ethnic Bolivians") names that state's people. */
    boolean namesThePeopleOf(LocalActor group, LocalActor state) {
        Countries countries = doc.lexicons().countries();
        Optional<String> code = countries.lookup(state.name()).map(c -> c.country().code());
        return code.isPresent() && Arrays.stream(group.name().split("\\s+"))
                .anyMatch(w -> countries.lookup(w).map(c -> c.country().code()).equals(code));
    }

    /** "since the ministers met in X", "before they flew to Y": a clause that dates the event by another. */
    private boolean isTimingClause(Sentence s, int k) {
        return s.headOf(k).filter(d -> d.relation().startsWith("advcl")).isPresent()
                && s.children(k, "mark").stream().map(m -> s.token(m).lowerWord())
                .anyMatch(w -> doc.lexicons().words().contains("past-time-marks", w)
                        || doc.lexicons().words().contains("temporal-condition-marks", w));
    }

    /**
     * "the first talks since last year's summit in X", "after the signing in Y": an earlier event that
     * dates this one. ("Met before the signing ceremony in Lima": an event just ahead is mostly where the
     * meeting is.)
     */
    private boolean isTimingPhrase(Sentence s, int k) {
        WordClasses words = doc.lexicons().words();
        String lemma = s.token(k).lemma();
        return s.headOf(k).filter(d -> d.relation().startsWith("nmod") || d.relation().startsWith("obl")).isPresent()
                && caseOf(s, k).filter(c -> words.contains("past-time-marks", c)).isPresent()
                && (words.contains("event-nouns", lemma) || words.contains("conditional-event-nouns", lemma)
                || words.contains("agreement-nouns", lemma));
    }

    /**
     * "talks on the dam in Addis Ababa": a capital city after the topic is where the talks are, as the
     * parser cannot tell; a region or country there ("talks on the situation in X") is the topic's, and
     * so is a capital under a noun of fighting or crisis ("the crisis in Kabul").
     */
    private boolean capitalAfterTopic(Sentence s, int place) {
        Optional<Dependency> up = s.headOf(place);
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        String noun = s.token(up.get().governor()).lemma();
        return !doc.lexicons().words().contains("hostility-nouns", noun)
                && !doc.lexicons().words().contains("situation-nouns", noun)
                && !doc.lexicons().words().contains("agreement-nouns", noun) && capitalAsVenue(s, place);
    }

    /** "in Nairobi", "at Addis Ababa": a capital city after a preposition of place. */
    private boolean capitalAsVenue(Sentence s, int place) {
        return doc.lexicons().words().contains("venue-prepositions", caseOf(s, place).orElse(""))
                && doc.actors().allAt(s.index(), place).stream().anyMatch(LocalActor::isCapitalCity);
    }

    /**
     * "signed a peace agreement in Nairobi": a capital right after the agreement a verb signs or reaches
     * is where it was signed, as the parser cannot tell; a truce "in X" holds there instead. Any place
     * "at" ("signed an accord at Camp David", "at the castle") is a venue: an agreement's subject or
     * scope is never "at" a place.
     */
    private boolean signedIn(Sentence s, int place, int agreement) {
        Optional<Dependency> up = s.headOf(place);
        Optional<Dependency> verb = s.headOf(agreement);
        boolean signed = verb.isPresent() && verb.get().governor() >= 0 && s.token(verb.get().governor()).isVerb()
                && (verb.get().relation().equals("obj") || verb.get().relation().equals("nsubj:pass"));
        return signed && up.isPresent() && up.get().governor() == agreement
                && !doc.lexicons().words().contains("truce-nouns", s.token(agreement).lemma())
                && (capitalAsVenue(s, place) || caseOf(s, place).filter("at"::equals).isPresent());
    }

    /** A "to" clause whose verb holds no meeting ("to secure", "to end"), unlike "to hold talks" or "to meet". */
    private boolean isPurpose(Sentence s, int k) {
        Token t = s.token(k);
        if (!t.isVerb() || doc.lexicons().words().contains("light-verbs", t.lemma())
                || doc.lexicons().words().contains("event-verbs", t.lemma())) {
            return false;
        }
        return hasToMark(s, k);
    }

    /** Whether "to" marks {@code k} as an infinitive ("to withdraw"). */
    static boolean hasToMark(Sentence s, int k) {
        return s.children(k, "mark").stream().anyMatch(m -> s.token(m).lowerWord().equals("to"));
    }

    /** {@code head} and the heads conjoined with it. */
    static List<Integer> conjuncts(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < out.size(); i++) {
            for (Dependency d : s.childrenOf(out.get(i))) {
                if (d.relation().equals("conj") && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** The preposition or postposition that marks {@code token}'s phrase, if any. */
    static Optional<String> caseOf(Sentence s, int token) {
        for (Dependency d : s.childrenOf(token)) {
            if (d.relation().equals("case")) {
                return Optional.of(s.token(d.dependent()).lowerWord());
            }
        }
        return Optional.empty();
    }

    private boolean insideLocative(Sentence s, int token, int stopAt) {
        int k = token;
        for (int depth = 0; depth < 8 && k != stopAt; depth++) {
            if (caseOf(s, k).filter(c -> doc.lexicons().words().contains("venue-prepositions", c)).isPresent()) {
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

    /**
     * True for a token of a clause left without its verb that the parser hung on the phrase: "the
     * Ghanaian side was represented by A, the Togolese side by B" makes "the Togolese side by B" an
     * apposition of A, but B is another side's.
     */
    private boolean insideGappedClause(Sentence s, int token, int stopAt) {
        return onPathUp(s, token, stopAt, (k, rel) -> (rel.equals("appos") || rel.equals("conj"))
                && doc.lexicons().words().contains("delegation-nouns", s.token(k).lemma())
                && s.children(k, "nmod").stream().anyMatch(n -> s.children(n, "case").stream()
                        .anyMatch(c -> s.token(c).lemma().equals("by"))));
    }

    /** True for a token of a clause that modifies the phrase ("the envoy who brokered ..."). */
    private static boolean insideClause(Sentence s, int token, int stopAt) {
        return onPathUp(s, token, stopAt, (k, rel) -> rel.startsWith("acl") || rel.startsWith("advcl")
                || rel.equals("parataxis") || rel.equals("appos") && s.token(k).isVerb());
    }

    /**
     * Whether some token on the way up from {@code token} to {@code stopAt} (not that one) hangs on its
     * head by a relation that {@code marks}.
     */
    private static boolean onPathUp(Sentence s, int token, int stopAt, BiPredicate<Integer, String> marks) {
        int k = token;
        for (int depth = 0; depth < 8 && k != stopAt; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            if (marks.test(k, up.get().relation())) {
                return true;
            }
            k = up.get().governor();
        }
        return false;
    }
}
