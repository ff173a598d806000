package org.parley.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a dateline names ("PARIS, Jan. 9 (Wire) -", "August 31, 2020 (JUBA) -", "WINDHOEK, Friday. -"): the day the
 * story was filed, which its "today", "yesterday" and "on Monday" count from. A morning paper and
 * an archive page date the page a day or more after it; a page may carry no date but its dateline's.
 */
public final class DatelineDay {
    /** A dateline is filed at most this many days before the page that prints it is dated. */
    private static final int MAX_DAYS_BEFORE_PAGE = 7;
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\.?,?\\s+(\\d{4})\\b)?");
    /** The day first, as many papers write it: "10 March", "6 May 2006". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8})\\b\\.?(?:,?\\s+(\\d{4})\\b)?");

    /** A weekday's name, as datelines and the cleaner that finds them write it. */
    static final String WEEKDAY_NAME = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + WEEKDAY_NAME + ")\\b");

    private DatelineDay() {}

    /**
     * The day a dateline of {@code clean} names, in the year {@code published} gives when it writes
     * none; empty without a dated dateline, or when the page is dated before it or more than a week after.
     */
    public static Optional<LocalDate> of(CleanText clean, Optional<LocalDate> published) {
        Optional<Removal> dateline = clean.removals().stream().filter(r -> r.reason().equals("dateline")).findFirst();
        if (dateline.isEmpty()) {
            return Optional.empty();
        }
        String text = clean.original().substring(dateline.get().begin(), dateline.get().end());
        for (Pattern form : List.of(MONTH_DAY, DAY_MONTH)) {
            Optional<LocalDate> date = day(form.matcher(text), form == DAY_MONTH, published);
            if (date.isPresent()) {
                return date;
            }
        }
        return weekday(text, published);
    }

    /** "WINDHOEK, Friday. -": the last such weekday on or before the day the page is dated. */
    private static Optional<LocalDate> weekday(String dateline, Optional<LocalDate> published) {
        Matcher m = WEEKDAY.matcher(dateline);
        if (!m.find() || published.isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        return Optional.of(published.get().with(TemporalAdjusters.previousOrSame(day)));
    }

    private static Optional<LocalDate> day(Matcher m, boolean dayFirst, Optional<LocalDate> published) {
        while (m.find()) {
            Optional<Month> month = month(m.group(dayFirst ? 2 : 1));
            if (month.isEmpty()) {
                continue;
            }
            int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
            Optional<LocalDate> date = m.group(3) != null
                    ? dayOf(Integer.parseInt(m.group(3)), month.get(), day)
                    : published.flatMap(p -> dayOf(p.getYear(), month.get(), day)
                            .map(d -> d.isAfter(p) ? d.minusYears(1) : d));
            return date.filter(d -> published.isEmpty()
                    || !d.isAfter(published.get()) && !d.isBefore(published.get().minusDays(MAX_DAYS_BEFORE_PAGE)));
        }
        return Optional.empty();
    }

    /** "Jan", "Sept", "August" as their month; other capitalised words ("Paris") as none. */
    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dayOf(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
