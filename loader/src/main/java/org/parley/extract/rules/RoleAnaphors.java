package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorKind;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.EnvoyPost;
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.Gender;
import org.parley.extract.lexicon.Stems;
import org.parley.extract.lexicon.Titles;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * A person named by role ("the Norwegian minister", "a senior official", "the sources"): the named
 * person the article gave that office and affiliation, else the person such a general role last
 * meant, else a person known only by role, labelled as the article words it.
 *
 * <p>A role matches an office by its head word exactly or by a title that news English uses for the
 * same office ("the president" after "Chilean leader X"); a rank word makes another office ("the
 * minister" is not the prime minister); a portfolio the anaphor names must be the person's ("the
 * foreign minister" is not the information minister).
 */
final class RoleAnaphors {
    private final Document doc;
    private final Speakers speakers;
    private final WordClasses words;

    RoleAnaphors(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
        this.words = doc.lexicons().words();
    }

    Optional<Speakers.Resolved> resolve(Sentence s, int head) {
        Optional<LocalActor> holder = holderNamedAfterThePostsCountry(s, head);
        if (holder.isPresent()) {
            return Optional.of(new Speakers.Resolved(holder.get(), 0.8, "role-holder-named"));
        }
        Token h = s.token(head);
        LocalActor affiliation = null;
        boolean indefinite = false;
        List<String> roleWords = new ArrayList<>();
        List<Integer> phrase = Speakers.nounPhraseTokens(s, head);
        for (int k : phrase) {
            Token t = s.token(k);
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && !m.get().actor().isPerson() && m.get().actor().kind() != ActorKind.PLACE) {
                if (affiliation == null) {
                    affiliation = m.get().actor();
                }
                continue;
            }
            String w = t.lowerWord();
            if (k < head && words.contains("indefinite-determiners", w)) {
                indefinite = true;
            }
            if (k <= head && (doc.lexicons().titles().isHeadWord(w) || doc.lexicons().titles().modifiers().lookup(w).isPresent()
                    || k == head)) {
                roleWords.add(k == head ? t.lowerLemma() : w);
            }
        }
        // "the Ghanaian head of state": an office named by a phrase the synonyms list knows whole.
        if (head + 2 < s.size() && s.token(head + 1).lowerWord().equals("of")
                && words.value("title-synonyms", h.lowerWord() + " of " + s.token(head + 2).lowerWord()).isPresent()) {
            roleWords.add("of");
            roleWords.add(s.token(head + 2).lowerWord());
        }
        boolean plural = h.pos().equals("NNS") || h.pos().equals("NNPS");
        String role = plural ? String.join(" ", withPluralHead(roleWords, h.lowerWord())) : String.join(" ", roleWords);
        if (!indefinite && !plural) {
            // "the secretary-general" is the office "secretary general" too, as offices are compared word by word.
            List<String> office = words(String.join(" ", roleWords));
            Optional<LocalActor> known = knownWithRole(s, h.begin(), office, affiliation);
            if (known.isPresent()) {
                return Optional.of(new Speakers.Resolved(known.get(), 0.75, "role"));
            }
            LocalActor side = affiliation;
            Optional<LocalActor> introduced = introducedInApposition(s, head).filter(a -> affiliationCompatible(a, side));
            if (introduced.isPresent()) {
                return Optional.of(new Speakers.Resolved(introduced.get(), 0.75, "role-apposition"));
            }
            if (words.contains("mediator-nouns", h.lemma()) && affiliation == null) {
                // "..., the mediator said": the one named person the article's talks have as their mediator.
                Optional<LocalActor> mediator = theNamedMediatorBefore(h.begin());
                if (mediator.isPresent()) {
                    return Optional.of(new Speakers.Resolved(mediator.get(), 0.7, "role-mediator"));
                }
            }
            if (words.contains("generic-roles", h.lemma())) {
                // "added the diplomat": a role that serves a state (a diplomat, an envoy, a spokesman) is not its head.
                boolean serves = words.value("generic-roles", h.lemma()).filter("serves"::equals).isPresent();
                Optional<LocalActor> salient = speakers.salientPerson(s, head, Gender.UNKNOWN, affiliation,
                        p -> !(serves && OfficeClasses.holdsOneOf(words, "head-of-state-titles", p)));
                if (salient.isPresent() && roleCompatible(salient.get(), office)) {
                    return Optional.of(new Speakers.Resolved(salient.get(), 0.65, "role-salient"));
                }
            }
            Optional<LocalActor> later = uniqueLaterWithRole(h.begin(), office, affiliation);
            if (later.isPresent()) {
                return Optional.of(new Speakers.Resolved(later.get(), 0.65, "role-forward"));
            }
        }
        List<Integer> labelWords = new ArrayList<>(phrase);
        for (int k : s.children(head, "case")) {
            labelWords.removeAll(s.subtree(k)); // "according to a spokesman": the spokesman
        }
        int start = labelWords.get(0);
        int end = labelWords.get(labelWords.size() - 1) + 1;
        while (start < head && (s.token(start).pos().equals("DT") || s.token(start).pos().equals("PRP$"))) {
            start++;
        }
        String label = doc.text(s, start, end);
        LocalActor unnamed = doc.actors().unnamedPerson(role, label, affiliation, Titles.genderOf(role), s.index(), start,
                end, s.token(start).begin(), s.token(end - 1).end());
        return Optional.of(new Speakers.Resolved(unnamed, 0.55, "unnamed-role"));
    }

    /**
     * "US Ambassador to Ghana Mary Lott", "UN Special Envoy for Syria Ana Dias": the parser hangs the name
     * on the country of the post; a name right after that country, ending at the word the parser hung,
     * is the holder's.
     */
    private Optional<LocalActor> holderNamedAfterThePostsCountry(Sentence s, int head) {
        for (int n : s.children(head, "nmod")) {
            int preposition = s.subtree(n).get(0);
            if (preposition != head + 1 || !EnvoyPost.isPostPreposition(s, preposition, words)) {
                continue;
            }
            int first = EnvoyPost.countryAfter(s, preposition);
            Optional<ActorMention> country = doc.actors().at(s.index(), first)
                    .filter(m -> m.actor().kind() == ActorKind.COUNTRY && m.start() == first);
            Optional<ActorMention> person = country.flatMap(c -> doc.actors().at(s.index(), c.end()))
                    .filter(m -> m.actor().isPerson() && m.actor().named() && m.start() == country.get().end()
                            && m.end() == n + 1);
            if (person.isPresent()) {
                return Optional.of(person.get().actor());
            }
        }
        return Optional.empty();
    }

    /**
     * "The convener of the panel, retired judge A, opened the hearing. ... The convener asked ...": the
     * named person a role noun was set beside earlier (outside quotations) is who that role means later,
     * the last one where the article introduced several. Not a role a clause describes afresh ("the
     * official, who asked not to be named"), which is someone new.
     */
    Optional<LocalActor> introducedInApposition(Sentence here, int head) {
        if (!here.children(head, "acl").isEmpty()) {
            return Optional.empty();
        }
        String lemma = here.token(head).lowerLemma();
        LocalActor last = null;
        for (Sentence s : doc.sentences().subList(0, here.index() + 1)) {
            for (Dependency d : s.dependencies()) {
                if (!(d.relation().equals("appos") || d.relation().equals("dep")) || d.governor() < 0
                        || s == here && Math.max(d.governor(), d.dependent()) >= head) {
                    continue;
                }
                for (int[] pair : new int[][] {{d.governor(), d.dependent()}, {d.dependent(), d.governor()}}) {
                    Token role = s.token(pair[0]);
                    if (role.isProperNoun() || !role.isNoun() || !role.lowerLemma().equals(lemma)) {
                        continue;
                    }
                    if (doc.inQuote(role)) {
                        continue;
                    }
                    Optional<LocalActor> named = doc.actors().at(s.index(), pair[1]).map(ActorMention::actor)
                            .filter(a -> a.isPerson() && a.named());
                    if (named.isPresent()) {
                        last = named.get();
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** The named person that negotiation patterns found mediating before {@code before}, if only one. */
    private Optional<LocalActor> theNamedMediatorBefore(int before) {
        Set<LocalActor> found = new HashSet<>();
        for (PatternMatch m : doc.matches("negotiation")) {
            Sentence s = doc.sentences().get(m.sentence());
            for (int head : m.all(Role.MEDIATOR)) {
                for (int k : Arguments.conjuncts(s, head)) {
                    if (s.token(k).begin() < before) {
                        doc.actors().allAt(s.index(), k).stream().filter(a -> a.isPerson() && a.named()).forEach(found::add);
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static List<String> withPluralHead(List<String> roleWords, String pluralHead) {
        List<String> out = new ArrayList<>(roleWords);
        if (out.isEmpty()) {
            out.add(pluralHead);
        } else {
            out.set(out.size() - 1, pluralHead);
        }
        return out;
    }

    /**
     * The named person before {@code before} who holds the office, the most salient where several
     * do ("Russian leader X met President Y. The President called on ..." is X); the exact title
     * weighs a little more than a synonym.
     */
    private Optional<LocalActor> knownWithRole(Sentence s, int before, List<String> roleWords, LocalActor affiliation) {
        LocalActor best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() >= before || !m.actor().isPerson() || !m.actor().named()
                    || doc.quoteAt(m.charBegin()).isPresent()) {
                continue;
            }
            Optional<Boolean> exact = holding(m.actor(), roleWords);
            if (exact.isEmpty() || !affiliationCompatible(m.actor(), affiliation)) {
                continue;
            }
            double score = speakers.salience(m, s.index()) + (exact.get() ? 0.1 : 0);
            if (score >= bestScore) {
                bestScore = score;
                best = m.actor();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the person holds the office: empty if not, true by its exact title, false by a synonym. */
    private Optional<Boolean> holding(LocalActor person, List<String> roleWords) {
        if (person.role().isEmpty() || !sameOffice(officeWords(person.role().get()), roleWords)) {
            return Optional.empty();
        }
        List<String> office = officeWords(person.role().get());
        return Optional.of(Stems.of(office.get(office.size() - 1)).equals(Stems.of(roleWords.get(roleWords.size() - 1))));
    }

    private Optional<LocalActor> uniqueLaterWithRole(int after, List<String> roleWords, LocalActor affiliation) {
        if (affiliation == null) {
            return Optional.empty();
        }
        Set<LocalActor> found = new HashSet<>();
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() > after && m.actor().isPerson() && m.actor().named() && holds(m.actor(), roleWords)
                    && affiliationCompatible(m.actor(), affiliation)) {
                found.add(m.actor());
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** True when the person's office is the one the role words name (see the class comment). */
    private boolean holds(LocalActor person, List<String> roleWords) {
        return person.role().map(r -> sameOffice(officeWords(r), roleWords)).orElse(false);
    }

    /** A generic role ("the official") may mean a salient person with no role, or with one of the same office. */
    private boolean roleCompatible(LocalActor person, List<String> roleWords) {
        return person.role().isEmpty() || holds(person, roleWords) || roleWords.size() == 1;
    }

    boolean sameOffice(List<String> office, List<String> anaphor) {
        if (office.isEmpty() || anaphor.isEmpty()) {
            return false;
        }
        String anaphorHead = Stems.of(anaphor.get(anaphor.size() - 1));
        Optional<String> synonym = synonym(office, anaphor);
        boolean head = Stems.of(office.get(office.size() - 1)).equals(anaphorHead) || synonym.isPresent();
        if (!head) {
            return false;
        }
        // "the head of government" is a prime minister: the rank word is part of the title it stands for.
        List<String> named = synonym.map(RoleAnaphors::words).orElse(List.of());
        for (String w : office) {
            if (words.contains("rank-words", w) && !anaphor.contains(w) && !named.contains(w)) {
                return false;
            }
        }
        for (String w : anaphor) {
            if (words.contains("rank-words", w) && !office.contains(w)) {
                return false;
            }
        }
        int tail = synonymTail(anaphor);
        // "the foreign minister" is a title of several words: the defence minister does not hold it.
        if (tail > 1 && synonym.isEmpty() && !office.containsAll(anaphor.subList(anaphor.size() - tail, anaphor.size()))) {
            return false;
        }
        for (String w : anaphor.subList(0, anaphor.size() - tail)) {
            if (!office.contains(w) && !words.contains("descriptive-modifiers", w) && !words.contains("rank-words", w)) {
                return false;
            }
        }
        return true;
    }

    /** How many last words of the anaphor are one title: "head of state" is three, else one. */
    private int synonymTail(List<String> anaphor) {
        for (int n = Math.min(3, anaphor.size()); n > 1; n--) {
            if (words.value("title-synonyms", String.join(" ", anaphor.subList(anaphor.size() - n, anaphor.size()))).isPresent()) {
                return n;
            }
        }
        return 1;
    }

    /** The title that news English uses for the anaphor's ("leader" for a president) the office ends in, if any. */
    private Optional<String> synonym(List<String> office, List<String> anaphor) {
        String officeText = String.join(" ", office);
        for (int n = Math.min(3, anaphor.size()); n >= 1; n--) {
            String tail = String.join(" ", anaphor.subList(anaphor.size() - n, anaphor.size()));
            Optional<String> others = words.value("title-synonyms", tail);
            if (others.isPresent()) {
                for (String other : others.get().split(",")) {
                    if ((" " + officeText).endsWith(" " + other.strip())) {
                        return Optional.of(other.strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The words of a person's office with its head last ({@link Titles#office}). */
    private static List<String> officeWords(String role) {
        return words(Titles.office(role));
    }

    private static List<String> words(String role) {
        return new ArrayList<>(Arrays.asList(role.toLowerCase(Locale.ROOT).replace('-', ' ').split("\\s+")));
    }

    static boolean affiliationCompatible(LocalActor person, LocalActor affiliation) {
        if (affiliation == null) {
            return true;
        }
        Optional<LocalActor> mine = person.affiliation();
        if (mine.isEmpty()) {
            return false;
        }
        return mine.get() == affiliation || mine.get().party() == affiliation.party();
    }
}
