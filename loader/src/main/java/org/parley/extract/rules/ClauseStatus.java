package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.extract.Document;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.TimeResolver;
import org.parley.extract.lexicon.WordClasses;

/**
 * Whether an event the clause reports happened, will happen, is only proposed or was called off:
 * read from the words that govern its trigger, up to the clause that reports it. Planning and
 * proposing words count only when the event is what they plan or propose ("plan talks", "would not
 * refuse a meeting"), not where something else happened ("demanded a ceasefire in a call").
 */
final class ClauseStatus {
    private final Document doc;
    private final WordClasses words;

    ClauseStatus(Document doc) {
        this.doc = doc;
        this.words = doc.lexicons().words();
    }

    /** Held unless the clause plans, proposes or cancels the event; null when it says it did not happen. */
    NegotiationStatus of(Sentence s, int trigger) {
        List<Link> chain = chain(s, trigger);
        for (Link c : chain) {
            String lemma = s.token(c.token).lemma();
            if (c.complement && words.contains("cancellation-words", lemma)
                    && !(lemma.equalsIgnoreCase("break") && hasParticle(s, c.token, "up"))) {
                return NegotiationStatus.CANCELLED;
            }
        }
        for (Link c : chain) {
            String lemma = s.token(c.token).lemma();
            boolean proposing = c.token != trigger && (words.contains("proposal-words", lemma)
                    || c.forAnAdjective && words.contains("readiness-adjectives", lemma))
                    || s.childrenOf(c.token).stream().anyMatch(d -> d.relation().equals("amod")
                    && words.contains("proposal-words", s.token(d.dependent()).lemma()));
            if (c.complement && proposing) {
                return NegotiationStatus.PROPOSED;
            }
        }
        // A would or could of the clause around the event does not make it hypothetical when its own
        // relative clause tells of it as done.
        if (describedAsPast(s, trigger)) {
            return NegotiationStatus.HELD;
        }
        for (Link c : chain) {
            if (doc.modal(s, c.token)) {
                return NegotiationStatus.PROPOSED;
            }
        }
        for (Link c : chain) {
            boolean failed = c.token != trigger && words.contains("failure-words", s.token(c.token).lemma());
            if (c.complement && (failed || doc.negated(s, c.token) && s.token(c.token).isVerb())) {
                return null;
            }
        }
        for (Link c : chain) {
            String lemma = s.token(c.token).lemma();
            if (c.complement && words.contains("planning-words", lemma) && c.token != trigger
                    || doc.tense(s, c.token) == TimeResolver.Tense.FUTURE || headlineInfinitive(s, c.token)) {
                return NegotiationStatus.PLANNED;
            }
            if (s.childrenOf(c.token).stream().anyMatch(d -> d.relation().equals("amod")
                    && words.contains("planning-words", s.token(d.dependent()).lemma()))) {
                return NegotiationStatus.PLANNED;
            }
        }
        return NegotiationStatus.HELD;
    }

    /**
     * "after talks that both sides called useful", "the meeting, which began on Monday": a relative clause
     * in the past tense tells of the event as done, whatever the clause around it foretells or supposes
     * ("would reopen the border after talks that ..."). Not when the relative clause plans, proposes,
     * announces, cancels or reports it, or tells what it is to do ("talks that officials said would start
     * soon", "the summit that the president announced", "talks that were supposed to open").
     */
    private boolean describedAsPast(Sentence s, int trigger) {
        for (Dependency d : s.childrenOf(trigger)) {
            int verb = d.dependent();
            boolean relative = d.relation().equals("acl:relcl") || (d.relation().equals("dep")
                    && s.children(verb, "mark").stream().anyMatch(k -> s.token(k).isRelativePronoun()
                    || s.token(k).lowerWord().equals("that")));
            if (!relative || !s.token(verb).isVerb() || doc.tense(s, verb) != TimeResolver.Tense.PAST
                    || doc.modal(s, verb) || doc.negated(s, verb) || !s.children(verb, "ccomp").isEmpty()
                    || !s.children(verb, "xcomp").isEmpty()) {
                continue;
            }
            String lemma = s.token(verb).lemma();
            if (!words.contains("planning-words", lemma) && !words.contains("proposal-words", lemma)
                    && !words.contains("announcement-verbs", lemma) && !words.contains("cancellation-words", lemma)
                    && !words.contains("failure-words", lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "if the council asks for a recount", "unless Peru agrees that ...", "whether the union would insist":
     * a verb under a mark of supposition tells what may be, not what was done or said.
     */
    static boolean supposed(Sentence s, int verb, WordClasses words) {
        return s.children(verb, "mark").stream().anyMatch(k -> words.contains("supposition-marks", s.token(k).lowerWord()));
    }

    /**
     * A word on the path from the trigger up its clause, whether the trigger is its complement, and
     * whether the word is an adjective the event is for ("ready for talks").
     */
    private record Link(int token, boolean complement, boolean forAnAdjective) {}

    private List<Link> chain(Sentence s, int trigger) {
        List<Link> chain = new ArrayList<>();
        chain.add(new Link(trigger, true, false));
        int k = trigger;
        boolean complement = true;
        for (int depth = 0; depth < 6; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            String rel = up.get().relation();
            if (rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("advcl") && depth > 0) {
                break;
            }
            // "Once the water pact initialled on Saturday takes effect, the locks will open": a participle that
            // describes its noun tells a finished act, whatever the sentence around the noun goes on to foretell.
            if (rel.equals("acl") && isBareParticiple(s, k)) {
                break;
            }
            // The event as the active subject of a verb is not what the verb plans or proposes ("leaders
            // attending the summit agreed ..."), but it is what a predicate says of it ("talks collapsed",
            // "the meeting is due", "talks are planned").
            boolean activeSubject = rel.equals("nsubj") && s.token(up.get().governor()).isVerb()
                    && !words.contains("cancellation-words", s.token(up.get().governor()).lemma());
            // "ready for talks", "enough for a summit": what an adjective of readiness is for, it proposes.
            boolean forAdjective = rel.equals("obl") && s.token(up.get().governor()).pos().startsWith("JJ")
                    && s.children(k, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("for"));
            complement = complement && !activeSubject && (rel.equals("obj") || rel.equals("xcomp")
                    || rel.startsWith("nsubj") || rel.equals("nmod") || rel.startsWith("acl") || rel.equals("conj")
                    || rel.equals("amod") || rel.equals("compound") || forAdjective);
            k = up.get().governor();
            chain.add(new Link(k, complement, forAdjective));
        }
        return chain;
    }

    private static boolean isBareParticiple(Sentence s, int token) {
        return s.token(token).pos().equals("VBN") && s.childrenOf(token).stream()
                .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("mark"));
    }

    /** "A and B to hold talks in X": a headline's bare infinitive announces what will happen. */
    private static boolean headlineInfinitive(Sentence s, int token) {
        return token == s.root() && s.token(token).isVerb() && s.childrenOf(token).stream()
                .anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).lowerWord().equals("to"));
    }

    private static boolean hasParticle(Sentence s, int verb, String particle) {
        return s.childrenOf(verb).stream().anyMatch(d -> s.token(d.dependent()).lowerWord().equals(particle));
    }
}
