package org.parley.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers title, outlet and publication date from the text of a page, where the page states them:
 * headline lines, bylines ("By X | OUTLET | Updated: ..."), labelled dates ("Published: ...") and
 * copyright lines. A bare date above the headline is a site header's "today", not the article's
 * date, and is ignored.
 */
public final class PageMetadata {
    private static final int HEAD_LINES = 20;
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)\\b(first published|published|last updated|updated?|posted|date|(?:originally|first) (?:distributed|filed|posted))\\b\\s*(?:on|at)?\\s*:?\\s*(.{6,60})");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:(?:19|20)\\d\\d\\s*(?:[-–]\\s*(?:(?:19|20)\\d\\d)?\\s*)?)?[,.]?\\s*"
                    + "(?:by\\s+)?([A-Z][\\p{L}&'’. -]{1,50}?)\\s*(?:[.,]|\\ball rights\\b|$)");
    private static final Pattern PROMO = Pattern.compile(
            "(?i)^(top pick|read more|read also|also read|related|watch|listen|see also|recommended|most read|more on this)\\b.*");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)^(skip to|back to (the )?top|sign (in|up)|log ?in|subscribe|menu|search|advertisement|cookie|we use cookies).*");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+.+");
    private static final Pattern HANDLE = Pattern.compile("^@\\w+$");

    private PageMetadata() {}

    /** What the page text itself says about the article. */
    public static Metadata infer(String text) {
        List<String> lines = nonEmptyLines(text);
        int titleIndex = titleLine(lines);
        Metadata found = Metadata.EMPTY;
        if (titleIndex >= 0) {
            found = found.withTitle(lines.get(titleIndex));
        }
        Optional<LocalDate> date = labelledDate(lines).or(() -> bylineDate(lines)).or(() -> dateLineAfter(lines, titleIndex));
        if (date.isPresent()) {
            found = found.withPublished(date.get());
        }
        Optional<String> outlet = bylineOutlet(lines).or(() -> copyrightOwner(lines));
        if (outlet.isPresent()) {
            found = found.withOutlet(outlet.get());
        }
        return found;
    }

    static List<String> nonEmptyLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** True for a line that is only a date (and perhaps a weekday and a time). */
    static boolean isDateLine(String line) {
        Optional<LocalDate> d = DateParser.find(line);
        if (d.isEmpty()) {
            return false;
        }
        String rest = line.replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", "")
                .replaceAll("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b", "")
                .replaceAll("[\\d:,./ -]+", "")
                .replaceAll("(?i)\\b(am|pm|gmt|utc|est|edt|bst|cet)\\b", "");
        return rest.isBlank();
    }

    private static int titleLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            String line = lines.get(i);
            int words = line.split("\\s+").length;
            if (words < 4 || words > 30 || line.endsWith(".") || line.contains(" | ") || line.contains("{")
                    || PROMO.matcher(line).matches() || NAVIGATION.matcher(line).matches() || BY.matcher(line).matches() || isDateLine(line)) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private static Optional<LocalDate> labelledDate(List<String> lines) {
        Optional<LocalDate> updated = Optional.empty();
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            Matcher m = LABELLED_DATE.matcher(lines.get(i));
            while (m.find()) {
                Optional<LocalDate> d = DateParser.find(m.group(2));
                if (d.isEmpty()) {
                    continue;
                }
                if (m.group(1).toLowerCase(Locale.ROOT).contains("publish")) {
                    return d;
                }
                if (updated.isEmpty()) {
                    updated = d;
                }
            }
        }
        return updated;
    }

    private static Optional<LocalDate> bylineDate(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            String line = lines.get(i);
            if (isBylineLine(line)) {
                Optional<LocalDate> d = DateParser.find(line);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateLineAfter(List<String> lines, int titleIndex) {
        if (titleIndex < 0) {
            return Optional.empty();
        }
        for (int i = titleIndex + 1; i < Math.min(lines.size(), titleIndex + 6); i++) {
            if (isDateLine(lines.get(i))) {
                return DateParser.find(lines.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean isBylineLine(String line) {
        return line.contains(" | ") && (DateParser.find(line).isPresent() || line.contains("@")
                || BY.matcher(line).matches());
    }

    private static Optional<String> bylineOutlet(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            String line = lines.get(i);
            if (!isBylineLine(line)) {
                continue;
            }
            for (String part : line.split("\\s+\\|\\s+")) {
                String p = part.strip();
                if (p.isEmpty() || BY.matcher(p).matches() || HANDLE.matcher(p).matches()
                        || DateParser.find(p).isPresent() || LABELLED_DATE.matcher(p).find()) {
                    continue;
                }
                return Optional.of(titleCaseIfShouting(p));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> copyrightOwner(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - HEAD_LINES); i--) {
            Matcher m = COPYRIGHT.matcher(lines.get(i));
            if (m.find()) {
                String owner = m.group(1).strip();
                if (owner.split("\\s+").length <= 5 && !owner.toLowerCase(Locale.ROOT).startsWith("all rights")) {
                    return Optional.of(owner);
                }
            }
        }
        return Optional.empty();
    }

    /** A byline in capitals, but not an agency's short name ("AFP", "DPA"). */
    private static String titleCaseIfShouting(String s) {
        return s.length() <= 4 ? s : LetterCase.titleCaseIfShouting(s);
    }
}
