package org.parley.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a range of days into one time expression that names its first day. SUTime reads "on 20-21
 * June 2023" as the number "20-21" beside the month "June 2023", and "from 10 to 12 March" as the day
 * 12 March: a meeting over several days would get no day, or its last. A meeting is dated by the day
 * it opened, so the joined expression is normalised to that day.
 */
final class DayRanges {
    /** A TIMEX value of a month or a day: {@code 2023-06}, {@code XXXX-03-12}. */
    private static final Pattern VALUE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?$");
    private static final Pattern DAY_NUMBER = Pattern.compile("^\\d{1,2}$");
    /** "20-21", "27–28": two days of one month in one token. */
    private static final Pattern DAY_SPAN = Pattern.compile("^(\\d{1,2})[-\u2013\u2014](\\d{1,2})$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    /** What stands between the first and last day: "27 – 28", "10 to 12", "4 and 5". */
    private static final List<String> LINKS = List.of("-", "\u2013", "\u2014", "to", "and", "until", "till", "through");

    private DayRanges() {}

    /** The mentions, with each range of days joined into one DATE mention of its first day. */
    static List<EntityMention> join(List<Sentence> sentences, List<EntityMention> mentions, String text) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            out.add(m.type().equals("DATE") && m.sentence() >= 0 && m.sentence() < sentences.size()
                    ? joined(sentences.get(m.sentence()), m, text).orElse(m) : m);
        }
        return out;
    }

    private static Optional<EntityMention> joined(Sentence s, EntityMention m, String text) {
        Matcher value = VALUE.matcher(m.normalized().orElse(""));
        if (!value.matches()) {
            return Optional.empty();
        }
        String year = value.group(1);
        String month = value.group(2);
        int first = m.tokenBegin();
        int last = m.tokenEnd() - 1;
        if (value.group(3) != null) {
            // "27 – 28 November 2017", "from 10 to 12 March": the first day is a number before the link.
            int lastDay = Integer.parseInt(value.group(3));
            if (first < 2 || !DAY_NUMBER.matcher(s.token(first).word()).matches()
                    || !LINKS.contains(s.token(first - 1).lowerWord())
                    || !DAY_NUMBER.matcher(s.token(first - 2).word()).matches()) {
                return Optional.empty();
            }
            int firstDay = Integer.parseInt(s.token(first - 2).word());
            if (firstDay >= lastDay) {
                return Optional.empty();
            }
            return Optional.of(day(s, m, first - 2, m.tokenEnd(), year, month, firstDay, text));
        }
        // "20-21 June 2023": the span before a month.
        if (first >= 1) {
            Matcher span = DAY_SPAN.matcher(s.token(first - 1).word());
            if (span.matches() && ascending(span)) {
                return Optional.of(day(s, m, first - 1, m.tokenEnd(), year, month, Integer.parseInt(span.group(1)), text));
            }
        }
        // "June 20-21" or "June 20-21, 2023": the span after a month.
        if (last + 1 < s.size()) {
            Matcher span = DAY_SPAN.matcher(s.token(last + 1).word());
            if (span.matches() && ascending(span)) {
                int end = last + 2;
                if (end + 1 < s.size() && s.token(end).word().equals(",") && YEAR.matcher(s.token(end + 1).word()).matches()) {
                    year = s.token(end + 1).word();
                    end += 2;
                }
                return Optional.of(day(s, m, first, end, year, month, Integer.parseInt(span.group(1)), text));
            }
        }
        return Optional.empty();
    }

    private static boolean ascending(Matcher span) {
        int from = Integer.parseInt(span.group(1));
        int to = Integer.parseInt(span.group(2));
        return from >= 1 && from < to && to <= 31;
    }

    private static EntityMention day(Sentence s, EntityMention m, int fromToken, int toToken, String year, String month,
                                     int day, String text) {
        int begin = s.token(fromToken).begin();
        int end = s.token(toToken - 1).end();
        String value = "%s-%s-%02d".formatted(year, month, day);
        return new EntityMention(begin, end, text.substring(begin, end), "DATE", m.sentence(), fromToken, toToken,
                Optional.of(value));
    }
}
