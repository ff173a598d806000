package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.Names;
import org.parley.extract.Quote;

/**
 * Gives a quotation its speaker. A transcript's label ("NAME: ...") names it outright. Else, first the speech events of the sentences it is in: the one whose
 * trigger governs the quotation in the parse, else the nearest. Then what news style leaves
 * unsaid, in this order: a paragraph that reopens a quotation continues its speaker; a sentence
 * ending "X said:" introduces the quotation after it; a quotation after another in the same
 * paragraph, or filling the next paragraph, with nobody else named in between, is the same
 * speaker's; a short sentence right after ("he added.") attributes it; last, CoreNLP's own
 * attribution where one of its trusted sieves decided.
 */
final class QuoteAttribution {
    private static final int MAX_TRIGGER_DISTANCE = 14;
    private static final int MAX_ATTRIBUTION_AFTER = 8;
    private static final int MAX_GOVERNING_DEPTH = 12;
    /** How far after a quotation "one senior diplomat told reporters" may reach. */
    private static final int UNNAMED_SPEAKER_WORDS = 6;

    /**
     * A quotation's speaker and how it was found.
     *
     * @param trigger       the speech word in {@code sentence}, or -1 when none says it
     * @param inheritedFrom the earlier statement whose speaker (and occasion) this quotation continues
     */
    record Attribution(LocalActor speaker, LocalActor medium, Sentence sentence, int trigger, double confidence,
                       String rule, StatementFinder.Match inheritedFrom) {}

    /** How many sentences before an interview's answer may say whom the article interviewed. */
    private static final int INTERVIEW_WINDOW = 12;
    /** How many sentences before an interview's first question may introduce whom it interviews. */
    private static final int INTRODUCTION = 2;

    private final Document doc;
    private final Speakers speakers;
    private final Map<Integer, List<SpeechEvent>> events;
    private final EventSpeakers eventSpeakers;

    QuoteAttribution(Document doc, Speakers speakers, Map<Integer, List<SpeechEvent>> events, EventSpeakers eventSpeakers) {
        this.doc = doc;
        this.speakers = speakers;
        this.events = events;
        this.eventSpeakers = eventSpeakers;
    }

    Optional<Attribution> attribute(Quote q, List<StatementFinder.Match> earlier) {
        Optional<Sentence> first = doc.article().sentenceAt(q.contentBegin());
        Optional<Sentence> last = doc.article().sentenceAt(Math.max(q.contentBegin(), q.contentEnd() - 1));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        if (q.answersAnInterview()) {
            // An explainer's "A:" is the writer's own voice: no one's quotation.
            return interviewed(first.get()).map(who -> new Attribution(who, null, first.get(), -1, 0.75,
                    "statement/interview-answer", null));
        }
        Optional<LocalActor> labelled = q.labelledSpeaker().flatMap(this::personNamed);
        if (labelled.isPresent()) {
            return Optional.of(new Attribution(labelled.get(), null, first.get(), -1, 0.8, "statement/speaker-label", null));
        }
        return byEvent(q, first.get(), last.get()).or(() -> fallback(q, first.get(), last.get(), earlier));
    }

    // --- speech events -------------------------------------------------------------------------

    /**
     * A speech event that may have said a quotation.
     *
     * @param reports size of the reported clause that holds the quotation, or {@link Integer#MAX_VALUE}
     *                when the event reports none that does ("which, X said, is named for '...'" reports it)
     */
    private record Candidate(SpeechEvent event, int reports, boolean governs, int distance) {}

    private Optional<Attribution> byEvent(Quote q, Sentence first, Sentence last) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : first == last ? List.of(first) : List.of(first, last)) {
            for (SpeechEvent e : events.getOrDefault(s.index(), List.of())) {
                Token t = s.token(e.trigger());
                if (doc.inQuote(t)) {
                    continue;
                }
                boolean governs = governsQuote(s, e.trigger(), q);
                int reports = reportingClauseSize(e, q);
                int distance = t.begin() >= q.end() ? wordsBetween(s, q.end(), t.begin())
                        : t.end() <= q.begin() ? wordsBetween(s, t.end(), q.begin()) : Integer.MAX_VALUE;
                // An event that reports the clause holding the quotation says it, whatever its word
                // ("According to X, the talks failed 'for lack of trust'"); else a speech verb near it.
                if (reports < Integer.MAX_VALUE || carriesQuotes(t) && (governs || distance <= MAX_TRIGGER_DISTANCE)) {
                    candidates.add(new Candidate(e, reports, governs, distance));
                }
            }
        }
        // The innermost report that holds the quotation, then the speech word that governs it, then the nearest.
        candidates.sort(Comparator.comparingInt(Candidate::reports)
                .thenComparing((Candidate c) -> !c.governs()).thenComparingInt(Candidate::distance));
        for (Candidate c : candidates) {
            Optional<EventSpeakers.Speaker> who = eventSpeakers.of(c.event());
            if (who.isPresent()) {
                EventSpeakers.Speaker w = who.get();
                double confidence = w.confidence() * (c.governs() ? 1.0 : 0.95);
                return Optional.of(new Attribution(w.actor(), w.medium().orElse(null), c.event().sentence(),
                        c.event().trigger(), confidence, w.rule(), null));
            }
        }
        return Optional.empty();
    }

    /** The size of the clause {@code e} reports if it holds the quotation, else {@link Integer#MAX_VALUE}. */
    private static int reportingClauseSize(SpeechEvent e, Quote q) {
        Optional<SpeechEvent.Binding> content = e.role(org.parley.extract.pattern.Role.CONTENT);
        if (content.isEmpty() || content.get().isSpan()) {
            return Integer.MAX_VALUE;
        }
        Sentence s = e.sentence();
        List<Integer> clause = new ArrayList<>(s.subtree(content.get().head()));
        if (clause.contains(e.trigger())) {
            clause.removeAll(s.subtree(e.trigger()));
        }
        for (int k : clause) {
            if (q.contains(s.token(k).begin())) {
                return clause.size();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Speech verbs that attribute quotations, and verbs that deliver a speech or relay words. */
    private boolean carriesQuotes(Token t) {
        var words = doc.lexicons().words();
        return words.contains("quote-verbs", t.lemma()) || words.contains("delivery-verbs", t.lemma())
                || words.contains("quoting-verbs", t.lemma());
    }

    /** True when some token inside the quotation hangs, through the parse, under {@code trigger}. */
    private static boolean governsQuote(Sentence s, int trigger, Quote q) {
        for (Token t : s.tokens()) {
            if (!q.contains(t.begin())) {
                continue;
            }
            int k = t.index();
            for (int depth = 0; depth < MAX_GOVERNING_DEPTH; depth++) {
                Optional<Dependency> up = s.headOf(k);
                if (up.isEmpty() || up.get().governor() < 0) {
                    break;
                }
                k = up.get().governor();
                if (k == trigger) {
                    return true;
                }
                if (!q.contains(s.token(k).begin())) {
                    break;
                }
            }
        }
        return false;
    }

    private static int wordsBetween(Sentence s, int from, int to) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && !t.isPunctuation()) {
                n++;
            }
        }
        return n;
    }

    // --- what news style leaves unsaid -------------------------------------------------------

    private Optional<Attribution> fallback(Quote q, Sentence first, Sentence last, List<StatementFinder.Match> earlier) {
        StatementFinder.Match previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (q.continuesPrevious() && previous != null && previous.direct()) {
            return Optional.of(inherit(previous, first, 0.8, "statement/quote-continues"));
        }
        Optional<Attribution> namedAfter = namedRightAfter(q, last);
        if (namedAfter.isPresent()) {
            return namedAfter;
        }
        if (saidBySomeoneUnnamedRightAfter(q, last)) {
            // '"...," said a shopkeeper near the square': the text names its speaker, a passer-by the article does not
            // name; going on with the previous speaker would put the words in someone else's mouth.
            return Optional.empty();
        }
        Optional<Attribution> intro = colonIntroduction(first);
        if (intro.isPresent()) {
            return intro;
        }
        int previousParagraph = previous == null ? -2
                : doc.article().sentenceAt(previous.begin()).map(Sentence::paragraph).orElse(-2);
        if (previous != null && previous.direct() && previousParagraph == first.paragraph()
                && noOtherPersonBetween(previous.end(), q.begin(), previous.speaker())) {
            return Optional.of(inherit(previous, first, 0.75, "statement/adjacent-quote"));
        }
        if (previous != null && previous.direct() && previousParagraph == first.paragraph() - 1
                && opensParagraph(q) && noOtherPersonBetween(previous.end(), q.begin(), previous.speaker())) {
            return Optional.of(inherit(previous, first, 0.7, "statement/next-paragraph-quote"));
        }
        // "X hailed the deal as historic. "It meets our aims."": a quotation right after a sentence reporting
        // what someone said, in the same paragraph, goes on with that speaker.
        if (previous != null && !previous.direct() && previous.sentence() == first.index() - 1
                && previousParagraph == first.paragraph() && opensSentence(q, first)
                && noOtherPersonBetween(previous.end(), q.begin(), previous.speaker())) {
            return Optional.of(inherit(previous, first, 0.65, "statement/quote-after-report"));
        }
        Optional<Attribution> after = attributionAfter(last);
        if (after.isPresent()) {
            return after;
        }
        if (q.coreNlpSpeaker().isPresent()) {
            Optional<LocalActor> person = personNamed(q.coreNlpSpeaker().get());
            if (person.isPresent()) {
                return Optional.of(new Attribution(person.get(), null, last, -1, 0.6, "statement/corenlp-sieve", null));
            }
        }
        return Optional.empty();
    }

    /**
     * '"...," Ana Ruiz, a spokeswoman for the ministry, told a radio station': a person named right after the
     * quotation, before a verb that carries quotations later in its sentence, said it, however the parser
     * read the sentence (it often takes the quotation for the verb's subject).
     */
    private Optional<Attribution> namedRightAfter(Quote q, Sentence s) {
        LocalActor person = null;
        for (Token t : s.tokens()) {
            if (t.begin() < q.end() || doc.inQuote(t)) {
                continue;
            }
            if (person == null) {
                Optional<LocalActor> named = doc.actors().actorAt(s.index(), t.index()).filter(a -> a.isPerson() && a.named());
                if (named.isEmpty() && !t.word().equals(",")) {
                    return Optional.empty();
                }
                person = named.orElse(null);
                continue;
            }
            if (t.pos().equals("POS")) {
                return Optional.empty(); // '"...," Kato's spokesman said': the spokesman
            }
            if (t.isVerb() && carriesQuotes(t)) {
                return Optional.of(new Attribution(person, null, s, t.index(), 0.7, "statement/named-after-quote", null));
            }
            if (t.word().matches("[.;:!?]")) {
                break;
            }
        }
        return Optional.empty();
    }

    /** '"...," said a shopkeeper', '"...," one diplomat told reporters': a speech verb and an indefinite phrase right after it. */
    private boolean saidBySomeoneUnnamedRightAfter(Quote q, Sentence s) {
        var words = doc.lexicons().words();
        List<Token> after = s.tokens().stream().filter(t -> t.begin() >= q.end() && !doc.inQuote(t) && !t.isPunctuation())
                .limit(UNNAMED_SPEAKER_WORDS).toList();
        if (after.size() < 2) {
            return false;
        }
        if (after.get(0).isVerb() && carriesQuotes(after.get(0))) {
            return words.contains("indefinite-determiners", after.get(1).lowerWord());
        }
        return words.contains("indefinite-determiners", after.get(0).lowerWord())
                && after.stream().skip(1).anyMatch(t -> t.isVerb() && carriesQuotes(t));
    }

    private static Attribution inherit(StatementFinder.Match previous, Sentence at, double confidence, String rule) {
        return new Attribution(previous.speaker(), null, at, -1, confidence, rule, previous);
    }

    /** "X said:" ending the sentence before the quotation. */
    private Optional<Attribution> colonIntroduction(Sentence first) {
        if (first.index() == 0) {
            return Optional.empty();
        }
        Sentence prev = doc.sentences().get(first.index() - 1);
        if (!prev.token(prev.size() - 1).word().equals(":") || prev.paragraph() < first.paragraph() - 1) {
            return Optional.empty();
        }
        List<SpeechEvent> candidates = new ArrayList<>(events.getOrDefault(prev.index(), List.of()));
        candidates.sort(Comparator.comparingInt(SpeechEvent::trigger).reversed());
        for (SpeechEvent e : candidates) {
            Optional<EventSpeakers.Speaker> who = carriesQuotes(prev.token(e.trigger())) && !doc.inQuote(prev.token(e.trigger()))
                    ? eventSpeakers.of(e) : Optional.empty();
            if (who.isPresent()) {
                return Optional.of(new Attribution(who.get().actor(), who.get().medium().orElse(null), prev, e.trigger(),
                        0.8 * who.get().confidence(), who.get().rule(), null));
            }
        }
        return Optional.empty();
    }

    /** "..." followed by a short sentence of attribution: "he added." */
    private Optional<Attribution> attributionAfter(Sentence last) {
        int nextIndex = last.index() + 1;
        if (nextIndex >= doc.sentences().size()) {
            return Optional.empty();
        }
        Sentence next = doc.sentences().get(nextIndex);
        if (next.paragraph() != last.paragraph() || next.size() > MAX_ATTRIBUTION_AFTER) {
            return Optional.empty();
        }
        for (SpeechEvent e : events.getOrDefault(next.index(), List.of())) {
            Token t = next.token(e.trigger());
            if (t.isVerb() && carriesQuotes(t) && !doc.inQuote(t)) {
                Optional<EventSpeakers.Speaker> who = eventSpeakers.of(e);
                if (who.isPresent()) {
                    return Optional.of(new Attribution(who.get().actor(), null, next, e.trigger(),
                            0.75 * who.get().confidence(), who.get().rule(), null));
                }
            }
        }
        return Optional.empty();
    }

    /** True when the quotation's opening mark begins its sentence. */
    private static boolean opensSentence(Quote q, Sentence s) {
        return q.begin() <= s.token(0).begin();
    }

    /** True when the quotation's opening mark is the first character of its paragraph. */
    private boolean opensParagraph(Quote q) {
        String text = doc.article().text();
        int i = q.begin() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** True when nobody but {@code speaker} is named between two quotations (outside them). */
    private boolean noOtherPersonBetween(int from, int to, LocalActor speaker) {
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() >= from && m.charBegin() < to && m.actor().isPerson() && m.actor() != speaker
                    && doc.quoteAt(m.charBegin()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whom the article interviewed: the person "we asked" or "interviewed" ("We asked the minister a
     * few questions"), or the one "in an interview with" whom it speaks, in the sentences just before
     * the questions and answers begin. An explainer's own "Q:" and "A:" introduce no one.
     */
    private Optional<LocalActor> interviewed(Sentence answer) {
        int start = answer.index();
        while (start > 0 && start > answer.index() - INTERVIEW_WINDOW && inQuestionsAndAnswers(start - 1)) {
            start--;
        }
        for (int i = start - 1; i >= 0 && i >= start - INTRODUCTION; i--) {
            Sentence s = doc.sentences().get(i);
            for (Token t : s.tokens()) {
                if (!doc.lexicons().words().contains("question-verbs", t.lemma()) || doc.inQuote(t)) {
                    continue;
                }
                List<Integer> asked = new ArrayList<>(s.children(t.index(), "iobj"));
                asked.addAll(s.children(t.index(), "obj"));
                if (t.isNoun()) {
                    s.childrenOf(t.index()).stream().filter(d -> d.relation().startsWith("nmod")
                            && Arguments.caseOf(s, d.dependent()).filter("with"::equals).isPresent())
                            .forEach(d -> asked.add(d.dependent()));
                }
                for (int k : asked) {
                    Optional<LocalActor> person = speakers.nounPhrase(s, k).map(Speakers.Resolved::actor)
                            .filter(LocalActor::isPerson);
                    if (person.isPresent()) {
                        return person;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A "Q:" or "A:" line's first sentence. */
    private static boolean opensWithLabel(Sentence s) {
        return s.size() > 1 && (s.token(0).word().equals("Q") || s.token(0).word().equals(Quote.ANSWER))
                && s.token(1).word().equals(":");
    }

    private boolean inQuestionsAndAnswers(int sentence) {
        return opensWithLabel(doc.sentences().get(sentence)) || labelledBefore(sentence);
    }

    /** Whether the sentence is within a "Q:" or "A:" line that began earlier (an answer of several sentences). */
    private boolean labelledBefore(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - INTERVIEW_WINDOW; i--) {
            Sentence s = doc.sentences().get(i);
            if (opensWithLabel(s)) {
                String between = doc.article().text().substring(s.begin(), doc.sentences().get(sentence).begin());
                return !between.contains("\n");
            }
        }
        return false;
    }

    private Optional<LocalActor> personNamed(String name) {
        for (LocalActor a : doc.actors().actors()) {
            if (a.isPerson() && a.named() && Names.compatible(a.name(), name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
