package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;

/**
 * Turns the phrase heads that patterns bind into actors: every actor named in the head's phrase and
 * in the phrases conjoined with it ("the leaders of Ghana, Togo and Benin"), a pronoun resolved to
 * whom it stands for, never a word inside a quotation or inside a locative phrase of the head
 * ("officials in Nairobi" names the officials, not Kenya's capital).
 */
final class Arguments {
    private static final List<String> LOCATIVE_CASES = List.of("in", "at", "near", "inside", "outside");

    private final Document doc;
    private final Speakers speakers;

    Arguments(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
    }

    /** The actors other than places that the phrase under {@code head} names, in text order. */
    List<LocalActor> actors(Sentence s, int head) {
        List<LocalActor> out = new ArrayList<>();
        for (int phrase : conjuncts(s, head)) {
            for (int k : s.subtree(phrase)) {
                if (doc.inQuote(s.token(k)) || insideLocative(s, k, phrase) || insideClause(s, k, phrase)) {
                    continue;
                }
                for (LocalActor a : doc.actors().allAt(s.index(), k)) {
                    if (a.kind() != ActorKind.PLACE && !out.contains(a)) {
                        out.add(a);
                    }
                }
                if (s.token(k).isPronoun() && (k == phrase || s.token(k).pos().equals("PRP$"))) {
                    speakers.nounPhrase(s, k).map(Speakers.Resolved::actor).filter(a -> !out.contains(a))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The places and countries the phrase under {@code head} names as a location. */
    List<LocalActor> places(Sentence s, int head) {
        List<LocalActor> out = new ArrayList<>();
        for (int k : s.subtree(head)) {
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

    private static boolean insideLocative(Sentence s, int token, int stopAt) {
        int k = token;
        for (int depth = 0; depth < 8 && k != stopAt; depth++) {
            if (caseOf(s, k).filter(LOCATIVE_CASES::contains).isPresent()) {
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

    /** True for a token of a clause that modifies the phrase ("the envoy who brokered ..."). */
    private static boolean insideClause(Sentence s, int token, int stopAt) {
        int k = token;
        for (int depth = 0; depth < 8 && k != stopAt; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            String rel = up.get().relation();
            if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("parataxis") || rel.equals("appos")
                    && s.token(k).isVerb()) {
                return true;
            }
            k = up.get().governor();
        }
        return false;
    }
}
