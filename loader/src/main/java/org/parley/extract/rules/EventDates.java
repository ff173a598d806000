package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
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
    private static final int LEAD_SENTENCES = 4;

    private final Document doc;

    EventDates(Document doc) {
        this.doc = doc;
    }

    Optional<LocalDate> of(Sentence s, int trigger, NegotiationStatus status) {
        TimeResolver.Tense tense = status == NegotiationStatus.PLANNED ? TimeResolver.Tense.FUTURE : TimeResolver.Tense.PAST;
        int clause = clauseOf(s, trigger);
        List<EntityMention> dates = doc.dates(s).stream().filter(e -> doc.quoteAt(e.begin()).isEmpty()).toList();
        EntityMention nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (EntityMention e : dates) {
            if (doc.day(e, tense).isEmpty()) {
                continue;
            }
            boolean attached = attached(s, e, trigger) || attached(s, e, clause);
            int distance = attached ? -1 : Math.abs(e.tokenBegin() - trigger);
            boolean absolute = e.normalized().map(v -> v.matches("\\d{4}-\\d{2}-\\d{2}.*")).orElse(false)
                    && e.text().matches(".*\\d.*");
            if ((attached || absolute || distance <= NEAR) && distance < nearestDistance) {
                nearest = e;
                nearestDistance = distance;
            }
        }
        if (nearest != null) {
            return doc.day(nearest, tense);
        }
        if (status == NegotiationStatus.HELD && isLead(s)) {
            return doc.leadDate();
        }
        return Optional.empty();
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
