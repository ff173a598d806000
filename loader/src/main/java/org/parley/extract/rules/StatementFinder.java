package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.Quote;
import org.parley.extract.TimeResolver;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.Role;

/**
 * Finds statements from the {@code statement} patterns' speech events: quotations with their
 * speakers ({@link QuoteAttribution}), and reported speech, whether a clause ("X said Sudan is
 * ready"), a speech verb with a noun object ("X welcomed the deal") or an evaluation ("X called the
 * accord a turning point"). Speakers are resolved by {@link Speakers}, days by
 * {@link StatementDates}. Scare quotes (one to three quoted words inside a sentence) are terms, not
 * statements: they are attached to the statement around them.
 */
public final class StatementFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.NER, Layer.DATES,
            Layer.QUOTES, Layer.PARAGRAPHS);
    /** A reported clause that is mostly a quotation is that quotation, not a statement of its own. */
    private static final double QUOTED_SHARE = 0.6;
    private static final int MIN_REPORTED_WORDS = 3;
    /** An opening this short, its attribution, then the rest in the next sentence: one statement. */
    private static final int SHORT_OPENING_WORDS = 7;

    /** A statement found, before it gets an id. */
    public record Match(LocalActor speaker, String text, boolean direct, int begin, int end, Optional<LocalDate> date,
                        Optional<String> channel, Optional<LocalActor> medium, List<String> terms, double confidence,
                        String rule, int sentence) {}

    private final Document doc;
    private final Speakers speakers;
    private final Map<Integer, List<SpeechEvent>> events;
    private final EventSpeakers eventSpeakers;
    private final QuoteAttribution quotes;
    private final ReportedSpans spans;
    private final StatementDates dates;
    private final StatementChannels channels;

    public StatementFinder(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
        this.events = SpeechEvent.of(doc);
        this.eventSpeakers = new EventSpeakers(doc, speakers);
        this.quotes = new QuoteAttribution(doc, speakers, events, eventSpeakers);
        this.spans = new ReportedSpans(doc);
        this.dates = new StatementDates(doc);
        this.channels = new StatementChannels(doc);
    }

    public List<Match> find() {
        List<Match> out = new ArrayList<>();
        List<Quote> pending = new ArrayList<>(doc.quotes());
        Set<Quote> terms = new HashSet<>();
        for (Quote q : doc.quotes()) {
            if (isTerm(q)) {
                terms.add(q);
            }
        }
        Quote lastQuote = null;
        for (Sentence s : doc.sentences()) {
            for (Quote q : List.copyOf(pending)) {
                if (q.begin() >= s.end()) {
                    continue;
                }
                pending.remove(q);
                if (terms.contains(q)) {
                    continue;
                }
                Optional<Match> found = direct(q, out);
                if (found.isEmpty()) {
                    continue;
                }
                Match m = found.get();
                Match last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && lastQuote != null && continuesSplitQuote(lastQuote, last, q, m)) {
                    // the opening of a quotation that went on in the next sentence ended one of its own
                    out.set(out.size() - 1, joined(last, m, m.sentence() == last.sentence() ? " " : ". "));
                } else {
                    out.add(m);
                }
                lastQuote = q;
            }
            out.addAll(reported(s, terms));
        }
        attachTerms(out, terms);
        return out;
    }

    /**
     * "'Our fishermen,' the minister said, 'will sail again next week.'": a quotation its attribution
     * interrupts is one statement. The first piece breaks off at a comma and the second goes on in
     * lower case, both given to the same speaker by the same attribution; or the first piece is a short
     * opening and the second the next sentence's quotation, spoken by the same voice.
     */
    private static boolean continuesSplitQuote(Quote first, Match firstMatch, Quote second, Match secondMatch) {
        String opening = first.text().strip().replaceAll("[\"“”‘’']+$", "").strip();
        String rest = second.text().strip().replaceAll("^[\"“”‘’']+", "").strip();
        boolean sameVoice = firstMatch.direct() && secondMatch.direct() && firstMatch.speaker() == secondMatch.speaker()
                && opening.endsWith(",");
        if (!sameVoice || rest.isEmpty()) {
            return false;
        }
        boolean interrupted = firstMatch.sentence() == secondMatch.sentence() && Character.isLowerCase(rest.charAt(0));
        // '"It was a long night," she said. "We did not sleep, but ..."': a short opening, then the rest of
        // what was said in the next sentence, which takes its speaker from that attribution.
        boolean shortOpening = first.wordCount() <= SHORT_OPENING_WORDS && secondMatch.sentence() == firstMatch.sentence() + 1
                && secondMatch.rule().endsWith("adjacent-quote");
        return interrupted || shortOpening;
    }

    private static Match joined(Match first, Match second, String separator) {
        return new Match(first.speaker(), first.text() + separator + second.text(), true, first.begin(), second.end(),
                first.date().or(second::date), first.channel().or(second::channel), first.medium().or(second::medium),
                java.util.stream.Stream.concat(first.terms().stream(), second.terms().stream()).toList(),
                Math.max(first.confidence(), second.confidence()), first.rule(), first.sentence());
    }

    /** One to three words inside a longer sentence: a term the writer quotes, not something someone said. */
    private static boolean isTerm(Quote q) {
        return q.wordCount() <= 3 && !q.isFullSentence() || q.wordCount() == 0;
    }

    // --- quotations --------------------------------------------------------------------------

    private Optional<Match> direct(Quote q, List<Match> earlier) {
        Optional<QuoteAttribution.Attribution> found = quotes.attribute(q, earlier);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuoteAttribution.Attribution a = found.get();
        Sentence at = a.sentence();
        speakers.spoke(a.speaker(), at.index());
        int trigger = a.trigger();
        if (trigger >= 0) {
            events.getOrDefault(at.index(), List.of()).stream().filter(e -> e.trigger() == trigger).findFirst()
                    .ifPresent(e -> eventSpeakers.noteTextChannel(e, a.speaker()));
        }
        Optional<LocalDate> date = dates.of(at, trigger, q.begin(), q.end(), a.speaker());
        if (date.isEmpty() && a.inheritedFrom() != null) {
            date = a.inheritedFrom().date();
        }
        Optional<String> channel = trigger >= 0 ? channels.of(at, trigger, q.begin(), q.end()) : Optional.empty();
        if (channel.isEmpty() && a.inheritedFrom() != null) {
            channel = a.inheritedFrom().channel();
        }
        return Optional.of(new Match(a.speaker(), clean(q.text()), true, q.contentBegin(), q.contentEnd(),
                date.or(doc::storyDate), channel, Optional.ofNullable(a.medium()), List.of(), a.confidence(), a.rule(),
                at.index()));
    }

    // --- reported speech ---------------------------------------------------------------------

    private List<Match> reported(Sentence s, Set<Quote> terms) {
        List<Match> out = new ArrayList<>();
        for (SpeechEvent e : events.getOrDefault(s.index(), List.of())) {
            if (doc.inQuote(s.token(e.trigger())) || !(e.binds(Role.CONTENT) || e.binds(Role.TOPIC))
                    || notSaid(s, e.trigger())) {
                continue;
            }
            Optional<ReportedSpans.Span> span = spans.of(e);
            if (span.isEmpty() || span.get().words() < MIN_REPORTED_WORDS || mostlyQuoted(span.get(), terms)) {
                continue;
            }
            Optional<EventSpeakers.Speaker> speaker = eventSpeakers.of(e);
            if (speaker.isEmpty()) {
                continue;
            }
            EventSpeakers.Speaker who = speaker.get();
            speakers.spoke(who.actor(), s.index());
            eventSpeakers.noteTextChannel(e, who.actor());
            ReportedSpans.Span sp = span.get();
            String rule = e.binds(Role.CONTENT) ? e.ruleFor(Role.CONTENT) : e.ruleFor(Role.TOPIC);
            double confidence = Math.min(who.confidence(), e.confidenceFor(Role.CONTENT)) * 0.9;
            out.add(new Match(who.actor(), cleanReported(sp.text()), false, sp.begin(), sp.end(),
                    dates.of(s, e.trigger(), sp.begin(), sp.end(), who.actor()).or(doc::storyDate),
                    channels.of(s, e.trigger(), sp.begin(), sp.end()), who.medium(), List.of(), confidence,
                    rule.equals(who.rule()) ? rule : rule + "+" + who.rule().replaceFirst("^statement/", ""), s.index()));
        }
        return out;
    }

    /** "X will announce", "X would say", "X did not say": speech that was not (yet) made is no statement. */
    private boolean notSaid(Sentence s, int trigger) {
        return s.token(trigger).isVerb() && (doc.tense(s, trigger) == TimeResolver.Tense.FUTURE
                || doc.modal(s, trigger) || doc.negated(s, trigger) || askedFor(s, trigger) || supposed(s, trigger));
    }

    /** "unless Peru agrees that the strait is shared": a supposition, not a statement ("until X announced" was said). */
    private boolean supposed(Sentence s, int trigger) {
        return ClauseStatus.supposed(s, trigger, doc.lexicons().words());
    }

    /**
     * "demanded that the council withdraw the permit", "urged Peru to condemn the raid": speech someone
     * is asked to make (a bare verb under a verb of asking) is what they were asked, not what they said.
     */
    private boolean askedFor(Sentence s, int trigger) {
        WordClasses words = doc.lexicons().words();
        // the bare verb of "that the government condemn" is often tagged as a present plural
        String tag = s.token(trigger).pos();
        return (tag.equals("VB") || tag.equals("VBP")) && s.headOf(trigger)
                .filter(d -> (d.relation().equals("ccomp") || d.relation().equals("xcomp")) && d.governor() >= 0)
                .map(d -> s.token(d.governor()).lemma())
                .filter(verb -> words.contains("demand-verbs", verb) || words.contains("appeal-verbs", verb)
                        || words.contains("urging-verbs", verb) || words.contains("command-verbs", verb)
                        || words.contains("insistence-verbs", verb) || words.contains("wanting-verbs", verb))
                .isPresent();
    }

    /** True when real quotations (not terms) make up most of a reported span: the quotation is the statement. */
    private boolean mostlyQuoted(ReportedSpans.Span span, Set<Quote> terms) {
        int quoted = 0;
        for (Quote q : doc.quotes()) {
            if (q.overlaps(span.begin(), span.end()) && !terms.contains(q)) {
                quoted += q.wordCount();
            }
        }
        return quoted > 0 && quoted >= QUOTED_SHARE * span.words();
    }

    private void attachTerms(List<Match> statements, Set<Quote> terms) {
        for (Quote q : terms) {
            for (int i = 0; i < statements.size(); i++) {
                Match m = statements.get(i);
                if (q.contentBegin() >= m.begin() - 2 && q.contentEnd() <= m.end() + 2) {
                    List<String> withTerm = new ArrayList<>(m.terms());
                    withTerm.add(clean(q.text()).replaceAll("[.,;:!?]+$", ""));
                    statements.set(i, new Match(m.speaker(), m.text(), m.direct(), m.begin(), m.end(), m.date(),
                            m.channel(), m.medium(), withTerm, m.confidence(), m.rule(), m.sentence()));
                    break;
                }
            }
        }
    }

    /** The statement's words without surrounding quotation marks, trailing commas or extra white space. */
    static String clean(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        t = t.replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
        while (t.endsWith(",") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /**
     * Reported words as the article wrote them, less surrounding white space and trailing commas; a
     * quotation mark is dropped at either end only when it has no partner inside ("called it a
     * “turning point”" keeps both).
     */
    static String cleanReported(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        while (t.endsWith(",") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        long opening = t.chars().filter(c -> c == '“').count();
        long closing = t.chars().filter(c -> c == '”').count();
        long straight = t.chars().filter(c -> c == '"').count();
        if (t.startsWith("“") && opening > closing || t.startsWith("\"") && straight % 2 == 1) {
            t = t.substring(1).strip();
        }
        if (t.endsWith("”") && closing > opening || t.endsWith("\"") && t.chars().filter(c -> c == '"').count() % 2 == 1) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
