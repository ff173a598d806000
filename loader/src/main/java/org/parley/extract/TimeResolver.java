package org.parley.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.EntityMention;

/**
 * Turns the time expressions SUTime found into calendar days. SUTime resolves a bare weekday to the
 * same week as the document date, which is wrong for "on Monday" in a past-tense clause written on a
 * Wednesday; weekdays are therefore resolved here, backwards for the past and forwards for the
 * future. Expressions coarser than a day ("two weeks ago", "March") give no day, nor do those counted
 * from another event ("nine days later").
 */
public final class TimeResolver {
    /** The tense of the clause a time expression belongs to. */
    public enum Tense { PAST, PRESENT, FUTURE }

    /** How far on the wrong side of the article's date a day without its year must fall to be in another year. */
    private static final int OTHER_YEAR_DAYS = 60;
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEARLESS_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_AND_DAY = Pattern.compile("^(?:\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?![-\\d])");
    /** Words that name a day by its distance from the article's ("this evening", "last night"). */
    private static final Map<String, Integer> DAYS_FROM_TODAY = Map.of("today", 0, "tonight", 0, "this morning", 0,
            "this afternoon", 0, "this evening", 0, "yesterday", -1, "last night", -1, "last evening", -1, "tomorrow", 1);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private TimeResolver() {}

    /** The day {@code e} names, if it names one. */
    public static Optional<LocalDate> day(EntityMention e, Optional<LocalDate> documentDate, Tense tense) {
        return day(e, documentDate, Optional.empty(), tense);
    }

    /**
     * The day {@code e} names, if it names one.
     *
     * @param year the year a day written without one ("on October 9") falls in when the article has no
     *             date of its own: the year of the calendar dates the text gives in full
     */
    public static Optional<LocalDate> day(EntityMention e, Optional<LocalDate> documentDate, Optional<Integer> year,
                                          Tense tense) {
        if (!mayNameADay(e)) {
            return Optional.empty();
        }
        String text = e.text().toLowerCase(Locale.ROOT).strip();
        if (text.equals("may") || text.matches(".*\\b(ago|since|season|year|years|week|weeks|month|months)\\b.*")) {
            return Optional.empty();
        }
        // "nine days later", "two days earlier", "the day before": counted from another event, not the article's day.
        if (text.matches(".*\\b(later|earlier|after|afterwards|before|previous|prior|following)\\b.*")) {
            return Optional.empty();
        }
        // "on Monday, 9th of July": the calendar day the text writes out wins over the weekday beside it.
        if (text.matches(".*\\d.*")) {
            Optional<LocalDate> written = calendarDay(e.normalized().orElse(""), documentDate.map(LocalDate::getYear).or(() -> year));
            if (written.isPresent() && documentDate.isEmpty()) {
                return written.map(d -> inTheYearOfItsWeekday(d, text));
            }
            if (written.isPresent()) {
                return written.map(d -> inTheYearMeant(d, text, documentDate, tense));
            }
        }
        Optional<DayOfWeek> weekday = weekday(text);
        if (weekday.isPresent()) {
            if (documentDate.isEmpty()) {
                return Optional.empty();
            }
            boolean next = text.contains("next") || text.contains("coming");
            boolean last = text.contains("last") || text.contains("past");
            Tense t = next ? Tense.FUTURE : last ? Tense.PAST : tense;
            LocalDate day = resolveWeekday(weekday.get(), documentDate.get(), t);
            // "last Thursday" written on a Thursday is a week before; a bare "Thursday" is that day.
            if (day.equals(documentDate.get()) && (next || last)) {
                day = next ? day.plusWeeks(1) : day.minusWeeks(1);
            }
            return Optional.of(day);
        }
        Integer fromToday = DAYS_FROM_TODAY.get(text);
        if (fromToday != null) {
            return documentDate.map(d -> d.plusDays(fromToday));
        }
        return calendarDay(e.normalized().orElse(""), documentDate.map(LocalDate::getYear).or(() -> year));
    }

    /**
     * "on Friday, 8 March" in an undated page: the year the text's other dates suggest is a guess, and the
     * weekday settles it: the nearest year, at most three either way, whose 8 March is a Friday (of two
     * equally near, the later).
     */
    private static LocalDate inTheYearOfItsWeekday(LocalDate day, String text) {
        Optional<DayOfWeek> weekday = weekday(text);
        if (weekday.isEmpty() || text.matches(".*\\b\\d{4}\\b.*") || day.getDayOfWeek() == weekday.get()) {
            return day;
        }
        for (int years = 1; years <= 3; years++) {
            for (LocalDate candidate : List.of(day.plusYears(years), day.minusYears(years))) {
                if (candidate.getDayOfWeek() == weekday.get() && candidate.getDayOfMonth() == day.getDayOfMonth()) {
                    return candidate;
                }
            }
        }
        return day;
    }

    /**
     * "had met on 10 July", written in March: a day given without its year that the tense puts on the
     * other side of the article's date is in the year before (or, for what will happen, after).
     */
    private static LocalDate inTheYearMeant(LocalDate day, String text, Optional<LocalDate> documentDate, Tense tense) {
        if (documentDate.isEmpty() || text.matches(".*\\b\\d{4}\\b.*") || text.matches(".*'\\d{2}\\b.*")) {
            return day;
        }
        // Only well on the other side: a tense read from a clause is a guess, and "talks due on March 10" may
        // come out as past ten days before them.
        if (tense == Tense.PAST && day.isAfter(documentDate.get().plusDays(OTHER_YEAR_DAYS))) {
            return day.minusYears(1);
        }
        if (tense == Tense.FUTURE && day.isBefore(documentDate.get().minusDays(OTHER_YEAR_DAYS))) {
            return day.plusYears(1);
        }
        return day;
    }

    /**
     * A calendar day written without its year ("on 8 September"), placed in the year of {@code told}, a
     * day the text gave in full, or in the year before when the tense puts it well after that day.
     */
    public static Optional<LocalDate> dayInTheYearOf(EntityMention e, LocalDate told, Tense tense) {
        Matcher m = MONTH_AND_DAY.matcher(e.normalized().orElse(""));
        if (!mayNameADay(e) || !m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(told.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(inTheYearMeant(day, e.text().toLowerCase(Locale.ROOT), Optional.of(told), tense));
        } catch (java.time.DateTimeException ex) {
            return Optional.empty();
        }
    }

    /** A calendar day written with its year ("1 November 1995", "Nov. 1, '95"). */
    public static boolean writesItsYear(EntityMention e) {
        String text = e.text().toLowerCase(Locale.ROOT);
        return mayNameADay(e) && text.matches(".*\\d.*") && (text.matches(".*\\b\\d{4}\\b.*") || text.matches(".*'\\d{2}\\b.*"))
                && e.normalized().filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}.*")).isPresent();
    }

    /** A date, or a time on a named day ("Monday morning", "noon on 10 October"). */
    public static boolean mayNameADay(EntityMention e) {
        if (e.type().equals("DATE")) {
            return true;
        }
        String value = e.normalized().orElse("");
        String text = e.text().toLowerCase(Locale.ROOT);
        // "late in the evening" gets the reference day from SUTime, but names no day: the day is the one being told.
        boolean namesDay = text.matches(".*\\d.*")
                || DAYS_FROM_TODAY.keySet().stream().anyMatch(d -> (" " + text + " ").contains(" " + d + " "));
        return e.type().equals("TIME") && (value.matches("^(\\d{4}|XXXX)-\\d{2}-\\d{2}.*") && namesDay
                || weekday(text).isPresent());
    }

    /** A TIMEX value that names one day: {@code 2024-03-11}, or {@code XXXX-03-11} in a known year. */
    private static Optional<LocalDate> calendarDay(String value, Optional<Integer> year) {
        if (value.contains("W")) {
            return Optional.empty();
        }
        Matcher m = DAY.matcher(value);
        Matcher yearless = YEARLESS_DAY.matcher(value);
        try {
            if (m.find()) {
                return Optional.of(LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)));
            }
            if (yearless.find() && year.isPresent()) {
                return Optional.of(LocalDate.parse(year.get() + "-" + yearless.group(1) + "-" + yearless.group(2)));
            }
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static LocalDate resolveWeekday(DayOfWeek day, LocalDate reference, Tense tense) {
        int diff = day.getValue() - reference.getDayOfWeek().getValue();
        if (tense == Tense.FUTURE) {
            return reference.plusDays(diff >= 0 ? diff : diff + 7);
        }
        return reference.minusDays(diff <= 0 ? -diff : 7 - diff);
    }

    private static Optional<DayOfWeek> weekday(String text) {
        for (Map.Entry<String, DayOfWeek> e : WEEKDAYS.entrySet()) {
            if (text.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
