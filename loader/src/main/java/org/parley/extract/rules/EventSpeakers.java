package org.parley.extract.rules;

import java.util.List;
import java.util.Optional;
import org.parley.annotate.Sentence;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.pattern.Role;

/**
 * Who spoke in a speech event: the speaker a pattern bound, resolved by {@link Speakers}; where no
 * pattern bound one (a participle or a conjunct the parser attached oddly), the verb's subject
 * found by climbing the parse, or the actor named next to the verb.
 */
final class EventSpeakers {
    /** The speaker of an event, who relayed the words, and the rule that found the speaker. */
    record Speaker(LocalActor actor, Optional<LocalActor> medium, double confidence, String rule) {}

    private final Document doc;
    private final Speakers speakers;

    EventSpeakers(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
    }

    Optional<Speaker> of(SpeechEvent e) {
        Sentence s = e.sentence();
        boolean triggerQuoted = doc.inQuote(s.token(e.trigger()));
        Optional<Speakers.Resolved> resolved = Optional.empty();
        String rule = e.best().rule();
        double confidence = e.best().confidence();
        Optional<SpeechEvent.Binding> bound = e.role(Role.SPEAKER);
        // "X demanded that the rebels disarm and urged ...": the subject the pattern found is the reported clause's.
        boolean reported = speakers.reportingVerbOver(s, e.trigger()).isPresent();
        if (bound.isPresent() && !reported) {
            int head = TrailingAttribution.source(s, head(s, bound.get()), e.trigger());
            // The parser sometimes makes a word of the quotation the subject of the verb that reports it, or the
            // noun a by-participle modifies the subject of that participle ("praised the plan drawn up by X, calling ...").
            boolean modifiedNoun = s.headOf(head).filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0
                    && d.governor() != e.trigger() && speakers.passiveModifier(s, d.governor())).isPresent();
            if ((triggerQuoted || !inRealQuote(s, s.token(head))) && !modifiedNoun) {
                resolved = speakers.nounPhrase(s, head);
                rule = bound.get().by().rule();
                confidence = bound.get().by().confidence();
            }
        }
        if (resolved.isEmpty() && s.token(e.trigger()).isVerb()) {
            resolved = speakers.agentOf(s, e.trigger());
            rule = e.best().rule();
            confidence = Math.min(confidence, e.best().confidence());
        }
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Speakers.Resolved r = resolved.get();
        Optional<LocalActor> medium = e.role(Role.MEDIUM).flatMap(b -> speakers.nounPhrase(s, head(s, b)))
                .map(Speakers.Resolved::actor).filter(a -> a != r.actor());
        return Optional.of(new Speaker(r.actor(), medium, confidence * r.confidence(), rule));
    }

    /**
     * True inside a quotation of more than a few words, or the opening piece of a quotation split by
     * its attribution ("'Our fishermen,' the minister said, 'will ...'"); a scare-quoted "fact sheet"
     * may still speak.
     */
    private boolean inRealQuote(Sentence s, org.parley.annotate.Token t) {
        return doc.quoteAt(t.begin()).filter(q -> q.wordCount() > 3
                || q.begin() <= s.begin() && q.text().strip().endsWith(",")).isPresent();
    }

    /**
     * The head of a bound phrase: the token itself, or for a span the title it names, else the
     * rightmost word that names an actor.
     */
    private int head(Sentence s, SpeechEvent.Binding b) {
        if (!b.isSpan()) {
            return b.head();
        }
        List<Integer> tokens = b.tokens();
        // "the Ghanaian minister", "a deputy from the north", "one of the general's advisers": the office,
        // whose phrase may name its state, up to a phrase that places it.
        int title = -1;
        for (int k : tokens) {
            org.parley.annotate.Token t = s.token(k);
            if (t.pos().equals("IN") && !t.lowerWord().equals("of")) {
                break;
            }
            if (t.isNoun() && doc.actors().actorAt(s.index(), k).isEmpty() && doc.lexicons().titles().isHeadWord(t.word())) {
                title = k;
            }
        }
        if (title >= 0) {
            return title;
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (doc.actors().actorAt(s.index(), tokens.get(i)).isPresent()) {
                return tokens.get(i);
            }
        }
        return tokens.get(tokens.size() - 1);
    }

    /**
     * "X said in a statement", "the agency reported": what the article next calls "the statement",
     * "the report" or "it" is X's. Remembers the speaker as the author of the text its event names.
     */
    void noteTextChannel(SpeechEvent e, LocalActor speaker) {
        Sentence s = e.sentence();
        var words = doc.lexicons().words();
        boolean publishes = !speaker.isPerson() && words.contains("publishing-verbs", s.token(e.trigger()).lemma());
        boolean inText = s.childrenOf(e.trigger()).stream().anyMatch(d -> d.relation().startsWith("obl")
                && words.contains("document-nouns", s.token(d.dependent()).lemma()));
        if (publishes || inText) {
            speakers.wroteText(speaker, s.index());
        }
    }
}
