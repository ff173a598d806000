package org.parley.extract.rules;

import java.util.ArrayList;
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
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.Gender;
import org.parley.extract.lexicon.Titles;

/**
 * Resolves who performs a verb or is named by a noun phrase: a named actor, a role ("the Sudanese
 * minister", "the official") resolved to the named person with that role and affiliation, or a
 * pronoun ("he") resolved to the nearest compatible person who spoke or was the subject before.
 *
 * <p>Resolutions are remembered as they are made (who spoke last), so sentences must be visited in
 * order. One instance serves one article.
 */
public final class Speakers {
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "themselves");
    private static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its", "itself");
    /** Role words so general that "the official" may be any official the article just quoted. */
    private static final Set<String> GENERIC_ROLES = Set.of("official", "diplomat", "leader", "minister", "officer",
            "spokesman", "spokeswoman", "spokesperson", "source", "negotiator", "envoy", "aide");
    private static final int PRONOUN_WINDOW = 4;

    /** A resolved actor, how sure the resolution is and how it was made. */
    public record Resolved(LocalActor actor, double confidence, String how) {}

    private final Document doc;
    private final List<LocalActor> recentSpeakers = new ArrayList<>();

    public Speakers(Document doc) {
        this.doc = doc;
    }

    /** Remember that {@code actor} spoke: pronouns that follow prefer recent speakers. */
    public void spoke(LocalActor actor) {
        recentSpeakers.remove(actor);
        recentSpeakers.add(actor);
    }

    public Optional<LocalActor> lastSpeaker() {
        return recentSpeakers.isEmpty() ? Optional.empty() : Optional.of(recentSpeakers.get(recentSpeakers.size() - 1));
    }

    /**
     * Who performs {@code verb}: its subject, else (for "and added", "saying", "adding") the subject
     * of the verb it depends on, else, where the parser lost the subject of an inverted report
     * ("..., said Nigerian analyst X"), the actor named right after or right before the verb.
     */
    public Optional<Resolved> agentOf(Sentence s, int verb) {
        return subjectOf(s, verb).or(() -> surfaceAgent(s, verb));
    }

    private Optional<Resolved> subjectOf(Sentence s, int verb) {
        Token original = s.token(verb);
        boolean participle = original.pos().equals("VBG") || original.pos().equals("VBN") && !hasAux(s, verb);
        int v = verb;
        for (int depth = 0; depth < (participle ? 8 : 5) && v >= 0; depth++) {
            for (Dependency d : s.childrenOf(v)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                    if (!doc.inQuote(original) && doc.inQuote(s.token(d.dependent()))) {
                        continue; // the parser made a word of the quotation a subject of the verb reporting it
                    }
                    Optional<Resolved> r = nounPhrase(s, d.dependent());
                    if (r.isPresent()) {
                        return r;
                    }
                    if (!participle && !s.token(d.dependent()).isPronoun()) {
                        return Optional.empty();
                    }
                }
            }
            Optional<Dependency> up = s.headOf(v);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            String rel = up.get().relation();
            // A participle ("claiming", "adding", "saying") reports for the subject of the clause it hangs from,
            // however the parser attached it; a finite verb only shares the subject of a verb it is conjoined with.
            boolean climb = participle || rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl")
                    || rel.equals("parataxis") || rel.equals("dep");
            if (!climb) {
                break;
            }
            v = up.get().governor();
        }
        return Optional.empty();
    }

    private static boolean hasAux(Sentence s, int verb) {
        return s.childrenOf(verb).stream().anyMatch(d -> d.baseRelation().equals("aux"));
    }

    /** "said Nigerian political analyst X": an actor right after the verb, or right before it ("X Thursday said"). */
    private Optional<Resolved> surfaceAgent(Sentence s, int verb) {
        LocalActor after = null;
        for (int k = verb + 1; k < Math.min(s.size(), verb + 8); k++) {
            Token t = s.token(k);
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && m.get().actor().kind() != ActorKind.PLACE) {
                if (after == null || rank(m.get().actor()) < rank(after)) {
                    after = m.get().actor();
                }
                continue;
            }
            boolean descriptive = t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().startsWith("NN")
                    && (doc.lexicons().titles().isHeadWord(t.word())
                    || doc.lexicons().titles().modifiers().lookup(t.lowerWord()).isPresent())
                    || t.word().replace('’', '\'').equals("'s");
            if (!descriptive) {
                break;
            }
        }
        if (after != null) {
            return Optional.of(new Resolved(after, 0.75, "after-verb"));
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 4); k--) {
            Token t = s.token(k);
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && m.get().actor().kind() != ActorKind.PLACE) {
                return Optional.of(new Resolved(m.get().actor(), 0.7, "before-verb"));
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
        Optional<ActorMention> at = doc.actors().at(s.index(), head);
        if (at.isPresent() && at.get().actor().kind() != ActorKind.PLACE) {
            return Optional.of(new Resolved(at.get().actor(), 0.9, "named"));
        }
        for (Dependency d : s.childrenOf(head)) {
            if (d.relation().equals("appos") || d.relation().equals("compound") || d.relation().startsWith("flat")) {
                Optional<ActorMention> m = doc.actors().at(s.index(), d.dependent());
                if (m.isPresent() && m.get().actor().isPerson()) {
                    return Optional.of(new Resolved(m.get().actor(), 0.85, "apposition"));
                }
            }
        }
        if (h.isPronoun()) {
            return pronoun(s, head).map(a -> new Resolved(a, 0.7, "pronoun"));
        }
        if (doc.lexicons().titles().isHeadWord(h.word())) {
            return role(s, head);
        }
        return anyActorIn(s, head);
    }

    /** "according to X": the X, if the sentence has one. */
    public Optional<Resolved> accordingTo(Sentence s) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.token(i).lowerWord().equals("according") && s.token(i + 1).lowerWord().equals("to")) {
                int head = phraseHead(s, i + 2);
                return nounPhrase(s, head).map(r -> new Resolved(r.actor(), Math.min(r.confidence(), 0.85), "according-to"));
            }
        }
        return Optional.empty();
    }

    /** Index of the "according" token of "according to X" in {@code s}, or -1. */
    public static int accordingToIndex(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.token(i).lowerWord().equals("according") && s.token(i + 1).lowerWord().equals("to")) {
                return i;
            }
        }
        return -1;
    }

    /** The noun heading the phrase that starts at {@code start}: the first token whose head lies outside the phrase. */
    private static int phraseHead(Sentence s, int start) {
        int end = start;
        while (end < s.size() && !s.token(end).isPunctuation() && !s.token(end).isVerb()) {
            end++;
        }
        for (int k = start; k < end; k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < start || up.get().governor() >= end) {
                return k;
            }
        }
        return start;
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

    // --- roles -----------------------------------------------------------------------------

    private Optional<Resolved> role(Sentence s, int head) {
        Token h = s.token(head);
        String headStem = h.lowerLemma();
        LocalActor affiliation = null;
        boolean indefinite = false;
        List<String> roleWords = new ArrayList<>();
        for (int k : nounPhraseTokens(s, head)) {
            Token t = s.token(k);
            Optional<ActorMention> m = doc.actors().at(s.index(), k);
            if (m.isPresent() && !m.get().actor().isPerson() && m.get().actor().kind() != ActorKind.PLACE) {
                if (affiliation == null) {
                    affiliation = m.get().actor();
                }
                continue;
            }
            String w = t.lowerWord();
            if (k < head && (w.equals("a") || w.equals("an") || w.equals("another") || w.equals("one"))) {
                indefinite = true;
            }
            if (k <= head && (doc.lexicons().titles().isHeadWord(w) || doc.lexicons().titles().modifiers().lookup(w).isPresent())) {
                roleWords.add(k == head ? t.lowerLemma() : w);
            }
        }
        String role = roleWords.isEmpty() ? headStem : String.join(" ", roleWords);
        int sentence = s.index();
        // "officials said": a group, not the last person named.
        boolean plural = h.pos().equals("NNS");
        if (plural) {
            role = String.join(" ", roleWords.isEmpty() ? List.of(h.lowerWord()) : withPluralHead(roleWords, h.lowerWord()));
        }
        if (!indefinite && !plural) {
            Optional<LocalActor> known = knownWithRole(sentence, h.begin(), headStem, affiliation);
            if (known.isPresent()) {
                return Optional.of(new Resolved(known.get(), 0.75, "role"));
            }
            if (GENERIC_ROLES.contains(headStem)) {
                Optional<LocalActor> salient = salientPerson(s, head, Gender.UNKNOWN, affiliation);
                if (salient.isPresent()) {
                    return Optional.of(new Resolved(salient.get(), 0.65, "role-salient"));
                }
            }
            Optional<LocalActor> later = uniqueLaterWithRole(h.begin(), headStem, affiliation);
            if (later.isPresent()) {
                return Optional.of(new Resolved(later.get(), 0.65, "role-forward"));
            }
        }
        List<Integer> np = nounPhraseTokens(s, head);
        int start = np.get(0);
        int end = np.get(np.size() - 1) + 1;
        LocalActor unnamed = doc.actors().unnamedPerson(role, affiliation, Titles.genderOf(role), sentence, start, end,
                s.token(start).begin(), s.token(end - 1).end());
        return Optional.of(new Resolved(unnamed, 0.55, "unnamed-role"));
    }

    private static List<String> withPluralHead(List<String> roleWords, String pluralHead) {
        List<String> out = new ArrayList<>(roleWords);
        out.set(out.size() - 1, pluralHead);
        return out;
    }

    private Optional<LocalActor> knownWithRole(int sentence, int before, String headStem, LocalActor affiliation) {
        List<ActorMention> mentions = doc.actors().mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.charBegin() >= before || !m.actor().isPerson() || doc.quoteAt(m.charBegin()).isPresent()) {
                continue;
            }
            if (hasRole(m.actor(), headStem) && affiliationCompatible(m.actor(), affiliation)) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    private Optional<LocalActor> uniqueLaterWithRole(int after, String headStem, LocalActor affiliation) {
        if (affiliation == null) {
            return Optional.empty();
        }
        Set<LocalActor> found = new HashSet<>();
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() > after && m.actor().isPerson() && m.actor().named() && hasRole(m.actor(), headStem)
                    && affiliationCompatible(m.actor(), affiliation)) {
                found.add(m.actor());
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static boolean hasRole(LocalActor a, String headStem) {
        return a.role().map(r -> r.toLowerCase(Locale.ROOT).contains(headStem)).orElse(false);
    }

    private static boolean affiliationCompatible(LocalActor person, LocalActor affiliation) {
        if (affiliation == null) {
            return true;
        }
        Optional<LocalActor> mine = person.affiliation();
        if (mine.isEmpty()) {
            return false;
        }
        return mine.get() == affiliation || mine.get().party() == affiliation.party();
    }

    // --- pronouns --------------------------------------------------------------------------

    private Optional<LocalActor> pronoun(Sentence s, int token) {
        String w = s.token(token).lowerWord();
        if (MALE_PRONOUNS.contains(w)) {
            return salientPerson(s, token, Gender.MALE, null);
        }
        if (FEMALE_PRONOUNS.contains(w)) {
            return salientPerson(s, token, Gender.FEMALE, null);
        }
        if (PLURAL_PRONOUNS.contains(w) || NEUTER_PRONOUNS.contains(w)) {
            return salientGroup(s, token);
        }
        return Optional.empty();
    }

    /**
     * The person a pronoun or generic role most likely means: the nearest earlier person of agreeing
     * gender, preferring subjects and those who spoke last, outside quotations.
     */
    private Optional<LocalActor> salientPerson(Sentence s, int token, Gender gender, LocalActor affiliation) {
        int position = s.token(token).begin();
        LocalActor best = null;
        double bestScore = 0;
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() >= position || !m.actor().isPerson() || m.sentence() < s.index() - PRONOUN_WINDOW
                    || doc.quoteAt(m.charBegin()).isPresent()) {
                continue;
            }
            LocalActor a = m.actor();
            if (!a.gender().agreesWith(gender) || (affiliation != null && !affiliationCompatible(a, affiliation))) {
                continue;
            }
            double score = 1.0 - 0.2 * (s.index() - m.sentence());
            if (isMainSubject(m)) {
                score += 0.45;
            } else if (isSubject(m)) {
                score += 0.2;
            }
            int speakerRank = recentSpeakers.lastIndexOf(a);
            if (speakerRank >= 0) {
                score += 0.2 + 0.1 * (speakerRank == recentSpeakers.size() - 1 ? 1 : 0);
            }
            if (score > bestScore || score == bestScore && best != null && m.sentence() > 0) {
                bestScore = score;
                best = a;
            }
        }
        return Optional.ofNullable(best);
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
    private boolean isMainSubject(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        int root = s.root();
        for (int k = m.start(); k < m.end(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().relation().startsWith("nsubj") && up.get().governor() == root) {
                return true;
            }
            if (up.isPresent() && up.get().relation().equals("appos")) {
                Optional<Dependency> up2 = s.headOf(up.get().governor());
                if (up2.isPresent() && up2.get().relation().startsWith("nsubj") && up2.get().governor() == root) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isSubject(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        for (int k = m.start(); k < m.end(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().relation().startsWith("nsubj")) {
                return true;
            }
            if (up.isPresent() && up.get().relation().equals("appos")) {
                Optional<Dependency> up2 = s.headOf(up.get().governor());
                if (up2.isPresent() && up2.get().relation().startsWith("nsubj")) {
                    return true;
                }
            }
        }
        return false;
    }
}
