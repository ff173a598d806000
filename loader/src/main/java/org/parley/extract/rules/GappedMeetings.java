package org.parley.extract.rules;

import java.util.List;
import java.util.Optional;
import org.parley.annotate.Sentence;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;

/**
 * "the envoy met the mayor in Tromso and the governor in Bodo": one verb of meeting, two meetings, each of the subject
 * with one object in a place of its own. The parser hangs the second pair anywhere (a conjunct of the
 * first place, a loose oblique), so the pair is read on the surface after the verb: an actor in a
 * place, "and", another actor in another place, then the clause ends.
 */
final class GappedMeetings {
    /** Words of the second pair's noun phrase before its actor ("Palestinian leader"), at most. */
    private static final int MAX_PHRASE = 6;

    private final Document doc;
    private final Arguments arguments;

    GappedMeetings(Document doc, Arguments arguments) {
        this.doc = doc;
        this.arguments = arguments;
    }

    /** The second meeting a mention's verb tells, if it has a gapped second pair; the first loses that pair. */
    Optional<NegotiationFinder.Match> split(Sentence s, NegotiationFinder.Match m) {
        int verb = m.trigger;
        // Only a verb whose subject is a side ("met"): who "received A in P and B in Q" hosted them.
        String lemma = s.token(verb).lemma();
        if (!s.token(verb).isVerb() || !doc.lexicons().words().contains("reception-verbs", lemma)
                || !doc.lexicons().words().contains("event-verbs", lemma)) {
            return Optional.empty();
        }
        List<Integer> subjects = s.children(verb, "nsubj");
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        for (int and = verb + 1; and < s.size(); and++) {
            if (!s.token(and).lowerWord().equals("and")) {
                continue;
            }
            int placeStart = placeEndingAt(s, and - 1);
            if (placeStart < 0 || placeStart - 1 <= verb + 1 || !isIn(s, placeStart - 1)
                    || other(s, placeStart - 2).isEmpty()) {
                return Optional.empty();
            }
            Optional<Integer> in = nextIn(s, and + 1);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            Optional<LocalActor> second = other(s, in.get() - 1);
            int placeEnd = placeStartingAt(s, in.get() + 1);
            if (second.isEmpty() || placeEnd < 0 || !closesTheClause(s, placeEnd + 1)) {
                return Optional.empty();
            }
            LocalActor place = doc.actors().actorAt(s.index(), placeEnd).orElseThrow();
            LocalActor other = second.get();
            NegotiationFinder.Match out = m.copy();
            out.parties.clear();
            out.participants.clear();
            out.places.clear();
            out.places.add(place);
            for (int subject : subjects) {
                for (LocalActor a : arguments.actors(s, subject)) {
                    out.parties.add(a.party());
                    if (a.isPerson()) {
                        out.participants.add(a);
                    }
                }
            }
            out.parties.add(other.party());
            if (other.isPerson()) {
                out.participants.add(other);
            }
            m.places.remove(place);
            if (m.parties.contains(other.party()) && !out.parties.stream().allMatch(m.parties::contains)) {
                m.parties.remove(other.party());
            }
            m.participants.remove(other);
            return Optional.of(out);
        }
        return Optional.empty();
    }

    /** "in" or "at" before a place. */
    private boolean isIn(Sentence s, int k) {
        return k >= 0 && doc.lexicons().words().contains("place-prepositions", s.token(k).lowerWord());
    }

    /** The "in" before the second place, within a short noun phrase that holds no verb or punctuation. */
    private Optional<Integer> nextIn(Sentence s, int from) {
        for (int k = from; k < s.size() && k <= from + MAX_PHRASE; k++) {
            if (isIn(s, k)) {
                return k > from ? Optional.of(k) : Optional.empty();
            }
            if (s.token(k).isVerb() || !Character.isLetterOrDigit(s.token(k).word().charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** An actor at the token that is no place: the one met. */
    private Optional<LocalActor> other(Sentence s, int k) {
        return k < 0 ? Optional.empty() : doc.actors().actorAt(s.index(), k).filter(a -> !isPlace(a));
    }

    /** The first token of a place whose last token is {@code last}, or -1. */
    private int placeEndingAt(Sentence s, int last) {
        return placeEdge(s, last, -1);
    }

    /** The last token of a place whose first token is {@code first}, or -1. */
    private int placeStartingAt(Sentence s, int first) {
        return placeEdge(s, first, 1);
    }

    /** From a token of a place, the farthest token of the same place in the direction {@code step}; -1 if none. */
    private int placeEdge(Sentence s, int from, int step) {
        Optional<LocalActor> place = from >= 0 && from < s.size()
                ? doc.actors().actorAt(s.index(), from).filter(GappedMeetings::isPlace) : Optional.empty();
        if (place.isEmpty()) {
            return -1;
        }
        int k = from;
        while (k + step >= 0 && k + step < s.size() && doc.actors().actorAt(s.index(), k + step).equals(place)) {
            k += step;
        }
        return k;
    }

    /** The pair ends its clause: the sentence ends, or punctuation, a preposition or a time follows. */
    private boolean closesTheClause(Sentence s, int k) {
        if (k >= s.size()) {
            return true;
        }
        String tag = s.token(k).pos();
        return s.token(k).isPunctuation() || tag.equals("IN") || tag.equals("TO")
                || doc.dates(s).stream().anyMatch(e -> e.tokenBegin() == k);
    }

    private static boolean isPlace(LocalActor a) {
        return a.kind() == ActorKind.PLACE || a.kind() == ActorKind.COUNTRY;
    }
}
