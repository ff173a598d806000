package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.TimeResolver;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * The day a statement was made, as a reader reads it: the day its speech verb's clause gives ("said
 * on Thursday"), the day of the occasion where it was said ("Addressing reporters on Wednesday, X
 * said", "At a dinner on Sunday, X said", "a dinner late Sunday, where he said"), the day of an
 * occasion the sentence before introduced with the same speaker ("X spoke at a dinner on Sunday.
 * 'We agreed,' X said."), or the day of a meeting the article dated when the statement is said at
 * it ("The meeting closed after an address by X, who said ..."). A day inside what was said is never
 * the day of saying it. Without any of these the caller falls back to the article's story date.
 */
final class StatementDates {
    private static final int MAX_DEPTH = 6;

    private final Document doc;
    private final EventDates eventDates;

    StatementDates(Document doc) {
        this.doc = doc;
        this.eventDates = new EventDates(doc);
    }

    /**
     * @param trigger      the speech word, or -1 when the statement has none (a quotation attributed by adjacency)
     * @param contentBegin first character of what was said
     * @param contentEnd   character after what was said
     */
    Optional<LocalDate> of(Sentence s, int trigger, int contentBegin, int contentEnd, LocalActor speaker) {
        if (trigger >= 0) {
            Optional<LocalDate> own = ownClause(s, trigger, contentBegin, contentEnd);
            if (own.isPresent()) {
                return own;
            }
        }
        if (hasOwnDay(s, contentBegin, contentEnd)) {
            return Optional.empty();
        }
        return occasionBefore(s, speaker).or(() -> trigger < 0 ? Optional.empty()
                : datedMeeting(s, trigger, contentBegin, contentEnd));
    }

    private Optional<LocalDate> ownClause(Sentence s, int trigger, int contentBegin, int contentEnd) {
        TimeResolver.Tense tense = doc.tense(s, trigger) == TimeResolver.Tense.FUTURE ? TimeResolver.Tense.FUTURE
                : TimeResolver.Tense.PAST;
        for (EntityMention e : dates(s, contentBegin, contentEnd)) {
            if (attached(s, e, trigger) || inOccasionAbove(s, e, trigger)) {
                Optional<LocalDate> day = TimeResolver.day(e, doc.publicationDate(), tense);
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /** The DATE expressions of a sentence outside what was said and outside any quotation. */
    private List<EntityMention> dates(Sentence s, int contentBegin, int contentEnd) {
        return doc.dates(s).stream()
                .filter(e -> !(e.begin() >= contentBegin && e.end() <= contentEnd))
                .filter(e -> doc.quoteAt(e.begin()).isEmpty())
                .toList();
    }

    private boolean hasOwnDay(Sentence s, int contentBegin, int contentEnd) {
        return dates(s, contentBegin, contentEnd).stream()
                .anyMatch(e -> TimeResolver.day(e, doc.publicationDate(), TimeResolver.Tense.PAST).isPresent());
    }

    /**
     * True when the time expression hangs from the speech verb's own clause, through its modifiers
     * and the occasion phrases they name ("at a dinner hosted by X on Sunday", "addressing reporters
     * on Wednesday"), never through the clause that holds what was said.
     */
    private static boolean attached(Sentence s, EntityMention e, int trigger) {
        for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
            int node = k;
            for (int depth = 0; depth < MAX_DEPTH; depth++) {
                Optional<Dependency> up = s.headOf(node);
                if (up.isEmpty() || up.get().governor() < 0) {
                    break;
                }
                String rel = up.get().relation();
                if (up.get().governor() == trigger) {
                    return rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advmod")
                            || rel.equals("nsubj") || rel.startsWith("compound") || occasionClause(s, node, rel);
                }
                boolean through = rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("compound")
                        || rel.equals("advmod") || rel.equals("acl") || rel.equals("amod") || occasionClause(s, node, rel);
                if (!through) {
                    break;
                }
                node = up.get().governor();
            }
        }
        return false;
    }

    /** "Addressing reporters on Wednesday, X said": a participle clause sets the scene of the verb it modifies. */
    private static boolean occasionClause(Sentence s, int node, String rel) {
        Token t = s.token(node);
        return rel.startsWith("advcl") && (t.pos().equals("VBG") || t.pos().equals("VBN") || t.isNoun());
    }

    /** "at a dinner hosted by X late Sunday, where he said": the speech verb is a clause of the occasion or its day. */
    private static boolean inOccasionAbove(Sentence s, EntityMention e, int trigger) {
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().startsWith("acl")) {
            return false;
        }
        int occasion = up.get().governor();
        if (occasion >= e.tokenBegin() && occasion < e.tokenEnd()) {
            return true;
        }
        return attached(s, e, occasion);
    }

    /**
     * The sentence before (in the same or the previous paragraph) names the speaker and one day, as
     * in "X spoke at a dinner late on Sunday." followed by the quotation.
     */
    private Optional<LocalDate> occasionBefore(Sentence s, LocalActor speaker) {
        if (s.index() == 0 || speaker == null) {
            return Optional.empty();
        }
        Sentence before = doc.sentences().get(s.index() - 1);
        if (before.paragraph() < s.paragraph() - 1 || doc.article().clean().isRemoved(before.begin())) {
            return Optional.empty();
        }
        boolean names = doc.actors().mentionsIn(before.index()).stream()
                .anyMatch(m -> m.actor() == speaker && doc.quoteAt(m.charBegin()).isEmpty());
        if (!names) {
            return Optional.empty();
        }
        List<LocalDate> days = dates(before, -1, -1).stream().filter(e -> ofOccasion(before, e))
                .map(e -> TimeResolver.day(e, doc.publicationDate(), TimeResolver.Tense.PAST))
                .flatMap(Optional::stream).distinct().toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    /**
     * True when a day belongs to an occasion: a noun placed by "at" or "during" ("at a dinner late
     * Sunday"), a participle clause of one ("at a dinner hosted by X on Sunday") or a verb that puts
     * someone there ("X spoke at a reception on Monday"); not a report of its own ("X said on Monday
     * that ...") or another noun ("after the first day of talks on Saturday").
     */
    private boolean ofOccasion(Sentence s, EntityMention e) {
        int outside = s.headOf(s.headOfSpan(e.tokenBegin(), e.tokenEnd())).map(Dependency::governor).orElse(-1);
        if (outside < 0) {
            return false;
        }
        Token governor = s.token(outside);
        if (governor.isNoun()) {
            return isOccasion(s, governor.index());
        }
        Optional<Dependency> above = s.headOf(governor.index());
        if (above.isPresent() && above.get().relation().startsWith("acl") && above.get().governor() >= 0
                && s.token(above.get().governor()).isNoun()) {
            return isOccasion(s, above.get().governor());
        }
        // "X spoke at a reception late on Monday": the verb that places its subject at the occasion.
        return s.childrenOf(governor.index()).stream()
                .anyMatch(d -> d.relation().startsWith("obl") && isOccasion(s, d.dependent()));
    }

    private boolean isOccasion(Sentence s, int noun) {
        return Arguments.caseOf(s, noun).filter(c -> doc.lexicons().words().contains("occasion-prepositions", c)).isPresent();
    }

    /**
     * "The meeting was closed to the media after an address by X, who said ...": a statement whose
     * sentence speaks of a meeting (outside what was said) takes the day the article gave a meeting
     * before. Meetings are the triggers of the {@code negotiation} patterns.
     */
    private Optional<LocalDate> datedMeeting(Sentence s, int speech, int contentBegin, int contentEnd) {
        Set<Integer> reported = reportedWords(s);
        // The meeting's clause holds the speech ("closed after an address by X, who said"); a meeting that
        // only describes the speaker ("officials, who hosted the meeting, said") is not where it was said.
        boolean meeting = meetingTriggers(s).stream().filter(k -> !reported.contains(k))
                .filter(k -> s.subtree(EventDates.clauseOf(s, k)).contains(speech)).map(s::token)
                .anyMatch(t -> !(t.begin() >= contentBegin && t.end() <= contentEnd) && !doc.inQuote(t));
        if (!meeting) {
            return Optional.empty();
        }
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence earlier = doc.sentences().get(i);
            for (int trigger : meetingTriggers(earlier)) {
                if (doc.inQuote(earlier.token(trigger)) || !ownDayOf(earlier)) {
                    continue;
                }
                Optional<LocalDate> day = eventDates.own(earlier, trigger, NegotiationStatus.HELD, Set.of())
                        .or(() -> eventDates.lead(earlier, trigger, NegotiationStatus.HELD))
                        .filter(d -> doc.publicationDate().map(p -> !d.isAfter(p)).orElse(true));
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /** The words of what any speech in the sentence reports: a meeting named there is not where it was said. */
    private Set<Integer> reportedWords(Sentence s) {
        Set<Integer> out = new HashSet<>();
        for (PatternMatch m : doc.matches(SpeechEvent.FAMILY)) {
            if (m.sentence() == s.index()) {
                for (int head : m.all(Role.CONTENT)) {
                    out.addAll(s.subtree(head));
                }
                for (int head : m.all(Role.TOPIC)) {
                    out.addAll(s.subtree(head));
                }
            }
        }
        return out;
    }

    private List<Integer> meetingTriggers(Sentence s) {
        return doc.matches("negotiation").stream().filter(m -> m.sentence() == s.index())
                .map(PatternMatch::trigger).distinct().toList();
    }

    /** True when the sentence gives a day of its own (not the lead's day by default). */
    private boolean ownDayOf(Sentence s) {
        return doc.dates(s).stream().anyMatch(e -> doc.quoteAt(e.begin()).isEmpty()
                && TimeResolver.day(e, doc.publicationDate(), TimeResolver.Tense.PAST).isPresent());
    }
}
