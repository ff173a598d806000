package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Document;
import org.parley.extract.NegotiationStatus;
import org.parley.extract.TimeResolver;

/**
 * The day an event happened or will happen: the time expression its clause gives ("met on
 * Monday", "the accord signed on Saturday"), resolved against the article's date in the direction
 * the status points; for a held event in the article's opening sentences with no day of its own,
 * the day the lead reports.
 */
final class EventDates {
    private static final int NEAR = 6;
    /** Clauses the climb from an event to the clause whose day it counts from passes through, at most. */
    private static final int MAX_CLIMB = 4;
    /** Words of a counted phrase ("the day before", "two full weeks later"), at most. */
    private static final int MAX_COUNT_WORDS = 4;
    private static final int LEAD_SENTENCES = 4;

    private final Document doc;

    EventDates(Document doc) {
        this.doc = doc;
    }

    /**
     * The day the event's clause gives: "met on Monday", "the accord signed on Saturday". A day it ran
     * until is not its day ({@link #until}).
     *
     * @param terms tokens of what was agreed: "a ceasefire from February 15" dates the ceasefire, not the talks
     */
    Optional<LocalDate> own(Sentence s, int trigger, NegotiationStatus status, Set<Integer> terms) {
        TimeResolver.Tense tense = tense(status);
        Optional<LocalDate> counted = countedFromAnother(s, clauseOf(s, trigger), tense)
                .or(() -> countedFromTheClauseAbove(s, clauseOf(s, trigger)));
        if (counted.isPresent()) {
            return counted;
        }
        int clause = clauseOf(s, trigger);
        return nearest(s, trigger, tense, false, e -> !terms.contains(e.tokenBegin()) && !EndOfSpan.isEnd(s, e, doc)
                && !(isDeadline(s, e) && !attached(s, e, trigger) && !attached(s, e, clause)));
    }

    /**
     * "The session lasted till dawn on Friday": the day the event's own clause says it ran until, which
     * dates an event that has no day of its own but may not be the day it began.
     */
    Optional<LocalDate> until(Sentence s, int trigger, NegotiationStatus status) {
        return nearest(s, trigger, tense(status), true, e -> EndOfSpan.isEnd(s, e, doc));
    }

    private static TimeResolver.Tense tense(NegotiationStatus status) {
        return status == NegotiationStatus.PLANNED ? TimeResolver.Tense.FUTURE : TimeResolver.Tense.PAST;
    }

    /** The day of the time expression the event's clause holds, or (unless {@code attachedOnly}) the nearest one to its trigger. */
    private Optional<LocalDate> nearest(Sentence s, int trigger, TimeResolver.Tense tense, boolean attachedOnly,
                                        Predicate<EntityMention> wanted) {
        int clause = clauseOf(s, trigger);
        List<EntityMention> dates = doc.dates(s).stream().filter(e -> doc.quoteAt(e.begin()).isEmpty())
                .filter(wanted).toList();
        EntityMention nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (EntityMention e : dates) {
            if (doc.day(e, tense).isEmpty()) {
                continue;
            }
            boolean attached = attached(s, e, trigger) || attached(s, e, clause) || onParticipleOf(s, e, trigger)
                    || relativeOf(s, e, clause) || onControllingVerb(s, e, clause) || onOccasionOf(s, e, clause)
                    || closesACaption(s, e);
            // A day the event's relative clause gives yields to one its own clause gives ("the talks, which
            // broke down in 2019, resumed on Monday").
            boolean relative = !attached && inRelativeClauseOf(s, e, trigger);
            int distance = attached ? -2 : relative ? -1 : Math.abs(e.tokenBegin() - trigger);
            if ((attached || !attachedOnly && distance <= NEAR) && distance < nearestDistance) {
                nearest = e;
                nearestDistance = distance;
            }
        }
        return nearest == null ? Optional.empty() : doc.day(nearest, tense);
    }

    /**
     * For a held event in the opening sentences whose clause gives no time, the day the lead reports:
     * a guess, which a later sentence giving the event's own day corrects.
     */
    Optional<LocalDate> lead(Sentence s, int trigger, NegotiationStatus status) {
        int clause = clauseOf(s, trigger);
        // "Last year, A and B signed an accord": a time the clause gives that is no day is not the lead's day either.
        boolean otherTime = doc.dates(s).stream().anyMatch(e -> attached(s, e, trigger) || attached(s, e, clause));
        if (status == NegotiationStatus.HELD && isLead(s) && !otherTime && !pluperfect(s, clause)) {
            return doc.leadDate();
        }
        return Optional.empty();
    }

    /**
     * "..., the neighbours said yesterday, a day after their leaders met": an event placed a number
     * of days before or after another whose day the sentence gives.
     */
    private Optional<LocalDate> countedFromAnother(Sentence s, int clause, TimeResolver.Tense tense) {
        Optional<Dependency> up = s.headOf(clause);
        if (up.isPresent() && up.get().governor() >= 0 && up.get().relation().equals("dep")) {
            return countedFromAnotherAsPhrase(s, up.get().governor(), tense);
        }
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().startsWith("advcl")) {
            return Optional.empty();
        }
        Optional<String> mark = s.childrenOf(clause).stream().filter(d -> d.relation().equals("mark"))
                .map(d -> s.token(d.dependent()).lowerWord()).findFirst();
        if (mark.isEmpty() || !(mark.get().equals("after") || mark.get().equals("before"))) {
            return Optional.empty();
        }
        Optional<Integer> days = Optional.empty();
        for (Dependency d : s.childrenOf(clause)) {
            Optional<Integer> counted = daysCounted(s, d.dependent());
            if (counted.isPresent()) {
                days = counted;
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        int governor = up.get().governor();
        int shift = days.get();
        for (EntityMention e : doc.dates(s)) {
            if (attached(s, e, governor)) {
                Optional<LocalDate> day = doc.day(e, tense);
                if (day.isPresent()) {
                    return Optional.of(mark.get().equals("after") ? day.get().minusDays(shift) : day.get().plusDays(shift));
                }
            }
        }
        if (doc.dates(s).isEmpty() && aboutTheStorysEvent(s, governor)) {
            // "The summit opened a day after X met Y": counted from the day of the meeting the story leads with.
            return doc.leadDate().map(d -> mark.get().equals("after") ? d.minusDays(shift) : d.plusDays(shift));
        }
        return Optional.empty();
    }

    /**
     * The verb's subject is "the summit", "the talks", and the story's lead names an event by that noun: the
     * event the story is about. (A "the meeting" the lead does not name may be another meeting.)
     */
    private boolean aboutTheStorysEvent(Sentence s, int verb) {
        return s.childrenOf(verb).stream().filter(d -> d.relation().equals("nsubj")).map(Dependency::dependent)
                .anyMatch(n -> doc.lexicons().words().contains("event-nouns", s.token(n).lemma())
                        && s.children(n, "det").stream().anyMatch(k -> s.token(k).lowerWord().equals("the"))
                        && leadNames(s.token(n).lemma()));
    }

    /** Whether a sentence of the story's lead (its first sentences, before this one) has a noun of this lemma. */
    private boolean leadNames(String lemma) {
        return doc.sentences().stream().filter(this::isLead).anyMatch(x -> x.tokens().stream()
                .anyMatch(t -> t.isNoun() && t.lemma().equals(lemma)));
    }

    /**
     * "reopened the border on Tuesday, two days after the leaders met", "Two days after A and B met, the
     * border remains closed": the parser makes the count the head ("days", with "after" as its case) and
     * hangs the clause on it. The day is counted from the day of the verb the count modifies, else, when
     * the sentence names no other day and that verb is in the present (or the parse has none), from the
     * article's.
     */
    private Optional<LocalDate> countedFromAnotherAsPhrase(Sentence s, int unit, TimeResolver.Tense tense) {
        Optional<Integer> counted = daysCounted(s, unit);
        Optional<String> mark = Arguments.caseOf(s, unit).filter(c -> c.equals("after") || c.equals("before"));
        if (counted.isEmpty() || mark.isEmpty()) {
            return Optional.empty();
        }
        int days = counted.get();
        int governor = s.headOf(unit).map(Dependency::governor).orElse(-1);
        Optional<LocalDate> anchor = Optional.empty();
        for (EntityMention e : doc.dates(s)) {
            if (governor >= 0 && attached(s, e, governor)) {
                anchor = doc.day(e, tense);
            } else if (e.tokenBegin() <= unit && e.tokenEnd() > unit) {
                continue; // the count itself ("two days")
            } else if (doc.day(e, tense).isPresent()) {
                return Optional.empty(); // another day the count may be from
            }
        }
        // "the border remains closed two days after ...": counted from now.
        if (anchor.isEmpty() && (governor < 0 || doc.tense(s, governor) == TimeResolver.Tense.PRESENT)) {
            anchor = doc.publicationDate();
        }
        int shift = days;
        return anchor.map(d -> mark.get().equals("after") ? d.minusDays(shift) : d.plusDays(shift));
    }

    /**
     * "On Friday A praised the pact B and C had inked a day earlier", "said on Monday they would meet
     * again the following day": the event's clause counts its day (before or after) from the day the
     * clause it hangs in gives, read in that clause's own tense.
     */
    private Optional<LocalDate> countedFromTheClauseAbove(Sentence s, int clause) {
        Optional<Integer> shift = Optional.empty();
        for (int child : s.childrenOf(clause).stream().map(Dependency::dependent).toList()) {
            shift = shift.or(() -> countedShift(s, child));
        }
        if (shift.isEmpty()) {
            return Optional.empty();
        }
        for (int k = clause, depth = 0; depth < MAX_CLIMB; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            k = up.get().governor();
            for (EntityMention e : doc.dates(s)) {
                if (attached(s, e, k)) {
                    Optional<LocalDate> day = doc.day(e, doc.tense(s, k));
                    if (day.isPresent()) {
                        return Optional.of(day.get().plusDays(shift.get()));
                    }
                }
            }
        }
        // "X headed the side, having flown in from Y, where she met Z the day before": with no day in the
        // sentence to count from, the count is from the day of the meeting the story leads with.
        if (doc.dates(s).stream().allMatch(e -> doc.day(e, TimeResolver.Tense.PAST).isEmpty())) {
            int days = shift.get();
            return doc.leadDate().map(d -> d.plusDays(days));
        }
        return Optional.empty();
    }

    /**
     * The days a phrase like "the day before", "a day earlier", "two weeks later", "the following day"
     * counts, signed. A bare plural ("days earlier") or a week before or after ("the previous week")
     * names no one day; the phrase is a few words, not a clause that happens to hold a unit.
     */
    private Optional<Integer> countedShift(Sentence s, int k) {
        List<Integer> phrase = s.subtree(k);
        Optional<Integer> unit = phrase.stream().filter(j -> daysCounted(s, j).isPresent()).findFirst();
        if (unit.isEmpty() || phrase.size() > MAX_COUNT_WORDS) {
            return Optional.empty();
        }
        boolean counted = s.childrenOf(unit.get()).stream().anyMatch(d -> d.relation().equals("nummod")
                || d.relation().equals("det") && s.token(d.dependent()).lowerWord().matches("an?"));
        if (!counted && (s.token(unit.get()).pos().equals("NNS") || !s.token(unit.get()).lemma().equals("day"))) {
            return Optional.empty();
        }
        int days = daysCounted(s, unit.get()).get();
        for (int j : phrase) {
            String w = s.token(j).lowerWord();
            if (w.equals("before") || w.equals("earlier") || w.equals("previous")) {
                return Optional.of(-days);
            }
            if (w.equals("after") && j == phrase.get(phrase.size() - 1) || w.equals("later") || w.equals("following")) {
                return Optional.of(days);
            }
        }
        return Optional.empty();
    }

    /** The days a unit of time and its count make ("a day" 1, "two weeks" 14), if the token is such a unit. */
    private Optional<Integer> daysCounted(Sentence s, int unit) {
        Token t = s.token(unit);
        if (!t.isNoun()) {
            return Optional.empty();
        }
        return doc.lexicons().words().value("day-units", t.lemma()).map(per -> Integer.parseInt(per) * count(s, unit));
    }

    /**
     * "closed three days of talks on Sunday", "the two-day forum ended on Friday": how many days a
     * meeting the sentence dates by its end lasted (the event, or the count it is "of", is the subject or
     * object of a verb that ends it); empty for anything else.
     */
    Optional<Integer> daysLastedToItsEnd(Sentence s, int trigger) {
        int holder = s.headOf(trigger).filter(d -> d.relation().equals("nmod") && d.governor() >= 0
                && daysCounted(s, d.governor()).isPresent()).map(Dependency::governor).orElse(trigger);
        Optional<Integer> days = holder != trigger ? daysCounted(s, holder) : lengthModifier(s, trigger);
        boolean ended = s.headOf(holder).filter(d -> d.governor() >= 0 && d.relation().matches("nsubj|obj")
                && doc.lexicons().words().contains("ending-verbs", s.token(d.governor()).lemma())).isPresent();
        return days.filter(n -> n > 1 && ended);
    }

    /** "a two-day meeting", "the 3-day summit": the days an event noun's modifier says it lasted. */
    private Optional<Integer> lengthModifier(Sentence s, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            String[] parts = s.token(d.dependent()).lowerWord().split("-");
            if (d.relation().matches("amod|compound|nummod") && parts.length == 2 && parts[1].equals("day")) {
                Optional<Integer> n = parts[0].matches("\\d+") ? Optional.of(Integer.parseInt(parts[0]))
                        : doc.lexicons().words().value("number-words", parts[0]).map(Integer::parseInt);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /** "a day", "two days", "three weeks": how many of the unit. */
    private int count(Sentence s, int unit) {
        for (Dependency d : s.childrenOf(unit)) {
            Token t = s.token(d.dependent());
            if (d.relation().equals("nummod")) {
                if (t.word().matches("\\d+")) {
                    return Integer.parseInt(t.word());
                }
                return doc.lexicons().words().value("number-words", t.lemma()).map(Integer::parseInt).orElse(1);
            }
        }
        return 1;
    }

    /** "said on Monday that Peru had acted in bad faith at the summit": a time before the one the lead reports. */
    private static boolean pluperfect(Sentence s, int clause) {
        return s.token(clause).pos().equals("VBN") && s.children(clause, "aux").stream()
                .anyMatch(k -> s.token(k).lemma().equals("have") && s.token(k).pos().equals("VBD"));
    }

    /** The verb whose clause a noun trigger sits in ("held several hours of negotiations": held). */
    static int clauseOf(Sentence s, int trigger) {
        int k = trigger;
        for (int depth = 0; depth < 5; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0 || s.token(k).isVerb()) {
                return k;
            }
            String rel = up.get().relation();
            if (rel.startsWith("acl") || rel.equals("appos")) {
                return trigger;
            }
            k = up.get().governor();
        }
        return s.token(k).isVerb() ? k : trigger;
    }

    /** "The meeting, held in Accra on Monday, ...": the day of a participle that describes the event. */
    private static boolean onParticipleOf(Sentence s, EntityMention e, int trigger) {
        for (Dependency d : s.childrenOf(trigger)) {
            if (d.relation().equals("acl") && s.token(d.dependent()).isVerb() && attached(s, e, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "On 2 March the ministers failed to reach an agreement after hours of talks": the day of the verb
     * whose complement the event's clause is ("failed to", "managed to") is the event's.
     */
    private static boolean onControllingVerb(Sentence s, EntityMention e, int clause) {
        return controllingVerb(s, clause).filter(verb -> attached(s, e, verb)).isPresent();
    }

    /** The verb whose complement a clause is ("failed" of "failed to reach"). */
    private static Optional<Integer> controllingVerb(Sentence s, int clause) {
        return s.headOf(clause).filter(d -> d.relation().equals("xcomp") && d.governor() >= 0).map(Dependency::governor);
    }

    /**
     * "In the eighth round on 2 April the ministers failed to agree", "at a session on Monday they
     * signed": the day of the round or session the clause, or the verb it complements, happens at.
     */
    private boolean onOccasionOf(Sentence s, EntityMention e, int clause) {
        List<Integer> verbs = new ArrayList<>(List.of(clause));
        controllingVerb(s, clause).ifPresent(verbs::add);
        for (int verb : verbs) {
            for (Dependency d : s.childrenOf(verb)) {
                String lemma = s.token(d.dependent()).lemma();
                if (d.relation().startsWith("obl") && (doc.lexicons().words().contains("event-nouns", lemma)
                        || doc.lexicons().words().contains("conditional-event-nouns", lemma)) && attached(s, e, d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "The forum, which gathered the envoys in Bamako on Friday, ...": a day the event's relative clause gives. */
    private static boolean inRelativeClauseOf(Sentence s, EntityMention e, int trigger) {
        return s.token(trigger).isNoun() && s.children(trigger, "acl:relcl").stream().anyMatch(r -> attached(s, e, r));
    }

    /** "on February 27, when the leaders sat down": a relative clause on the date itself happens on that date. */
    private static boolean relativeOf(Sentence s, EntityMention e, int clause) {
        return s.headOf(clause).filter(d -> d.relation().equals("acl:relcl"))
                .filter(d -> d.governor() >= e.tokenBegin() && d.governor() < e.tokenEnd()).isPresent();
    }

    /**
     * "A and B shake hands after signing the accord at X, 12 March 2019.": a calendar date set off by a
     * comma at the very end of a sentence, as photo captions write it, dates what the sentence shows.
     */
    private static boolean closesACaption(Sentence s, EntityMention e) {
        // Captions show in the present ("shake hands", "sign"); a narrative "met ... the accord they signed
        // in Bamako, 4 June 2019" dates the earlier signing, not the meeting.
        boolean present = s.tokens().stream().anyMatch(t -> t.pos().matches("VBP|VBZ"))
                && s.tokens().stream().noneMatch(t -> t.pos().equals("VBD"));
        if (!present || e.tokenBegin() == 0 || !s.token(e.tokenBegin() - 1).word().equals(",")
                || !e.text().matches(".*\\d{4}.*")) {
            return false;
        }
        for (int k = e.tokenEnd(); k < s.size(); k++) {
            if (!s.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a timetable to reopen the port by 1 May, set after talks in Kayes": a day something else is to be
     * done by is a deadline, not the day of the talks (a round to be held "by 20 March" is dated by it).
     */
    private static boolean isDeadline(Sentence s, EntityMention e) {
        int head = s.headOfSpan(e.tokenBegin(), e.tokenEnd());
        return s.children(head, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("by"));
    }

    private static boolean attached(Sentence s, EntityMention e, int head) {
        for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isPresent() && up.get().governor() == head) {
                return true;
            }
        }
        return false;
    }

    /** The opening sentences of the article, which report on its story date. */
    private boolean isLead(Sentence s) {
        int seen = 0;
        for (Sentence x : doc.sentences()) {
            if (doc.article().clean().isRemoved(x.begin()) || x.size() < 5) {
                continue;
            }
            if (x.index() == s.index()) {
                return true;
            }
            if (++seen >= LEAD_SENTENCES) {
                return false;
            }
        }
        return false;
    }
}
