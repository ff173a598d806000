package org.parley.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written the ways news pages and crawlers write them. */
public final class DateParser {
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    private DateParser() {}

    /** The first date written in {@code text}, if any. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent() && m.start() < bestAt) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = of(m.group(3), month(m.group(2)), m.group(1));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = of(m.group(3), month(m.group(1)), m.group(2));
            if (d.isPresent()) {
                best = d;
            }
        }
        return best;
    }

    /** A date given as a field value: ISO date or date-time, RFC 1123, or written out. */
    public static Optional<LocalDate> parseField(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            // not an ISO date-time with offset; try the looser forms below
        }
        try {
            return Optional.of(OffsetDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // not RFC 1123 either
        }
        return find(v);
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Month month = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        if (month == null) {
            month = MONTHS.get(key.substring(0, 3));
        }
        return Integer.toString(month.getValue());
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
