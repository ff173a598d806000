package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;

/**
 * Merges the mentions of one article that report the same meeting: mentions with the same status,
 * no conflicting day, round, format or country, and at least two parties in common; a mention that
 * names no party, day or round ("the talks") joins the meeting the article was last reporting.
 * Mediators and hosts are kept apart from the parties. The gathering on whose sidelines a meeting took place is
 * never that meeting.
 */
final class MentionMerger {
    /** How many days before the lead's day an event it reports may have taken place. */
    private static final int RECENT_DAYS = 10;

    List<NegotiationFinder.Match> merge(List<NegotiationFinder.Match> mentions) {
        List<NegotiationFinder.Match> events = new ArrayList<>();
        NegotiationFinder.Match salient = null;
        for (NegotiationFinder.Match m : mentions) {
            if (m.anaphoric || m.joins) {
                if (salient != null && m.status == salient.status && placesCompatible(salient, m)
                        && formatsCompatible(salient, m)) {
                    absorb(salient, m);
                }
                continue;
            }
            NegotiationFinder.Match target = null;
            if (salient != null && compatible(salient, m)) {
                target = salient;
            } else {
                for (int i = events.size() - 1; i >= 0; i--) {
                    if (compatible(events.get(i), m)) {
                        target = events.get(i);
                        break;
                    }
                }
            }
            if (target == null) {
                events.add(m);
                target = m;
            } else {
                absorb(target, m);
            }
            if (target.status == NegotiationStatus.HELD && !target.frame) {
                salient = target;
            }
        }
        for (NegotiationFinder.Match e : events) {
            e.parties.removeAll(e.mediators);
            List<LocalActor> hostingSides = e.parties.stream().filter(e.hosts::contains).toList();
            e.parties.removeAll(e.hosts);
            if (e.parties.size() < 2 && !hostingSides.isEmpty()) {
                // "the government and the rebels signed ... The government hosted the talks": a side named as
                // one stays a side when it also hosts, rather than leave a meeting of one.
                e.parties.addAll(hostingSides);
                e.hosts.removeAll(hostingSides);
            }
            keepStatesAsSides(e);
        }
        return events;
    }

    /**
     * A person the article ties to no state is a participant, not a party, where two sides that are not
     * people (states, groups) meet. Where only one such side is named, a person who meets it as the subject
     * or owner of the meeting ("X met Chile's president", "X's summit with ...") is the other side; one it
     * meets ("the president met his finance minister, Y") is most likely its own official, no side.
     */
    static void keepStatesAsSides(NegotiationFinder.Match e) {
        if (e.parties.stream().filter(p -> !p.isPerson()).count() >= 2) {
            e.parties.removeIf(LocalActor::isPerson);
        } else if (e.parties.stream().anyMatch(p -> !p.isPerson())) {
            e.parties.removeIf(p -> p.isPerson() && !e.sidesOfTheirOwn.contains(p));
        }
    }

    /**
     * A meeting worth keeping: two parties, or a day and a place with at least one party or a
     * reference to the sides ("the summit in Berlin on Sunday"; its other parties may come from other articles).
     */
    static boolean substantial(NegotiationFinder.Match e) {
        return e.parties.size() >= 2 || namesSides(e) && e.date != null && !e.places.isEmpty();
    }

    /** Whether a meeting names a side, or refers to the sides without naming them ("the two presidents"). */
    static boolean namesSides(NegotiationFinder.Match e) {
        return !e.parties.isEmpty() || e.unnamedSides;
    }

    private static boolean compatible(NegotiationFinder.Match a, NegotiationFinder.Match b) {
        if (a.status != b.status || a.frame != b.frame) {
            return false;
        }
        if (a.date != null && b.date != null && !a.date.equals(b.date) && !ownDayOfLeadEvent(a, b) && !ranInto(a, b)
                && !ranInto(b, a) && !duringItsDays(a, b) && !duringItsDays(b, a)) {
            return false;
        }
        if (a.round != null && b.round != null && !a.round.equals(b.round)) {
            return false;
        }
        if (!formatsCompatible(a, b)) {
            return false;
        }
        if (!placesCompatible(a, b)) {
            return false;
        }
        if (b.parties.isEmpty()) {
            return a.status == NegotiationStatus.HELD;
        }
        if (a.sentence == b.sentence && (a.parties.size() < 2 || b.parties.size() < 2)) {
            return true;
        }
        // "the talks with X": a mention naming one party of a meeting the article reports is that meeting.
        if (a.parties.size() >= 2 && b.parties.size() == 1 && a.parties.containsAll(b.parties)
                || b.parties.size() >= 2 && a.parties.size() == 1 && b.parties.containsAll(a.parties)) {
            return true;
        }
        // "Hamas team meets mediators" and "a Hamas delegation held talks with the mediators on Monday".
        if (a.parties.size() == 1 && a.parties.equals(b.parties) && a.date != null && a.date.equals(b.date)) {
            return true;
        }
        if (a.parties.size() < 2 || b.parties.size() < 2) {
            return false;
        }
        Set<LocalActor> shared = new LinkedHashSet<>(a.parties);
        shared.retainAll(b.parties);
        return shared.size() >= 2;
    }

    /**
     * "... met on Thursday. The session lasted till dawn on Friday": a day an event ran into. Both
     * mentions are dated.
     */
    private static boolean ranInto(NegotiationFinder.Match ran, NegotiationFinder.Match began) {
        return ran.untilDated && !began.untilDated && !ran.date.isBefore(began.date) && !ran.date.isAfter(began.date.plusDays(1));
    }

    /** "closed three days of talks on Sunday ... the talks opened on Friday": a day of the meeting's days. */
    private static boolean duringItsDays(NegotiationFinder.Match lasting, NegotiationFinder.Match day) {
        return lasting.endDate != null && !day.date.isBefore(lasting.date) && !day.date.isAfter(lasting.endDate);
    }

    /**
     * A day the event's own clause gives is better than one guessed from the lead or from the day it
     * ran until. Both mentions are dated.
     */
    private static boolean betterDated(NegotiationFinder.Match from, NegotiationFinder.Match into) {
        return (into.leadDated || into.untilDated) && !from.leadDated && !from.untilDated;
    }

    /**
     * "A and B have agreed to X, officials said on Tuesday. The deal was signed last Thursday in C":
     * a held event dated only by the lead and an agreement signed or reached a few days before it
     * are one meeting, when the later mention names neither parties nor sides nor another place.
     */
    private static boolean ownDayOfLeadEvent(NegotiationFinder.Match a, NegotiationFinder.Match b) {
        if (a.leadDated == b.leadDated || a.status != NegotiationStatus.HELD) {
            return false;
        }
        NegotiationFinder.Match guessed = a.leadDated ? a : b;
        NegotiationFinder.Match dated = a.leadDated ? b : a;
        boolean recent = !dated.date.isAfter(guessed.date) && !dated.date.isBefore(guessed.date.minusDays(RECENT_DAYS));
        // "the third round, in C on Monday, between the two sides" is a meeting of its own, not the lead's day.
        boolean namesNoSides = dated.parties.isEmpty() && !dated.unnamedSides;
        boolean samePlace = guessed.places.isEmpty() || dated.places.isEmpty()
                || guessed.places.stream().anyMatch(dated.places::contains);
        // "talks began on Saturday" dates the start of a meeting the lead reports concluded; a signing dates its end.
        return recent && namesNoSides && samePlace && dated.agreement;
    }

    /** A phone or video call is never the same event as a meeting in person. */
    private static boolean formatsCompatible(NegotiationFinder.Match a, NegotiationFinder.Match b) {
        return a.format == null || b.format == null || a.format.equals(b.format)
                || !(a.format.equals("phone") || b.format.equals("phone") || a.format.equals("video")
                || b.format.equals("video"));
    }

    /** Places conflict only when both meetings are placed in different countries; a venue of unknown country fits any. */
    static boolean placesCompatible(NegotiationFinder.Match a, NegotiationFinder.Match b) {
        Set<LocalActor> countriesA = countries(a.places);
        Set<LocalActor> countriesB = countries(b.places);
        if (countriesA.isEmpty() || countriesB.isEmpty()) {
            return true;
        }
        Set<LocalActor> shared = new LinkedHashSet<>(countriesA);
        shared.retainAll(countriesB);
        return !shared.isEmpty();
    }

    private static Set<LocalActor> countries(Set<LocalActor> places) {
        Set<LocalActor> out = new LinkedHashSet<>();
        for (LocalActor p : places) {
            p.country().ifPresent(out::add);
        }
        return out;
    }

    private static void absorb(NegotiationFinder.Match into, NegotiationFinder.Match from) {
        into.parties.addAll(from.parties);
        into.participants.addAll(from.participants);
        into.places.addAll(from.places);
        into.mediators.addAll(from.mediators);
        into.hosts.addAll(from.hosts);
        into.delegationParties.addAll(from.delegationParties);
        into.sidesOfTheirOwn.addAll(from.sidesOfTheirOwn);
        into.sentences.addAll(from.sentences);
        // "The two sides reached agreement at talks in X": the talks' sides are those the other mention refers to.
        into.unnamedSides = into.unnamedSides || from.unnamedSides;
        if (into.date == null || from.date != null && betterDated(from, into)) {
            into.date = from.date;
            into.endDate = from.endDate;
            into.leadDated = from.leadDated;
            into.untilDated = from.untilDated;
        } else if (from.agreement && from.date != null && duringItsDays(into, from)) {
            // "closed three days of talks on Sunday ... signed the pact on Sunday": dated by its agreement, as news
            // dates it; a last day after the agreement's stays.
            into.date = from.date;
            into.endDate = into.endDate.isAfter(from.date) ? into.endDate : null;
        }
        if (into.round == null) {
            into.round = from.round;
        }
        if (into.format == null) {
            into.format = from.format;
        }
        if (into.level == null) {
            into.level = from.level;
        }
        if (from.outcome != null && into.outcome == null) {
            into.outcome = from.outcome;
            into.outcomeText = from.outcomeText;
        }
        into.confidence = Math.max(into.confidence, from.confidence);
    }
}
