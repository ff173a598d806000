package org.parley.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.read.Article;
import org.parley.read.DateParser;

/**
 * Blanks the parts of a scraped page that are not the article: consent banners, image placeholders
 * and credits, navigation and section labels, bylines and date stamps, promoted and related
 * headlines, contributor lines, copyright footers, repeated lines and dateline prefixes.
 *
 * <p>Why blank rather than delete: the stored text stays the page as read, and offsets found by the
 * language pipeline point into it unchanged. Why it matters: a photo credit glued to the first
 * sentence becomes a PERSON, and then a wrong speaker.
 *
 * <p>The rules look at the shape of lines (length, punctuation, separators) and at general page
 * vocabulary; none of them knows any outlet.
 */
public final class BoilerplateCleaner implements TextCleaner {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(image|img|photo|video|embed|ad)[_ -]?\\d*\\s*}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "[\\[(]\\s*(photo|image|picture|video|file|credit|photograph)\\b[^\\])]{0,80}[\\])]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^(image|photo|picture|photograph|credit|photo credit|source|video|file photo|illustration)\\s*:.*");
    private static final Pattern CREDIT_SUFFIX = Pattern.compile(
            "(?i).*(getty images|/\\s*afp|/\\s*reuters|via reuters|ap photo|/\\s*ap|/\\s*epa|shutterstock|/\\s*anadolu"
                    + "|/\\s*xinhua|/\\s*tass|/\\s*sputnik|images?\\s*$|\\bpool photo\\b).*");
    /** "... shake hands in Pretoria on Wednesday. Jane Doe / AFP": a photographer's credit closing a caption. */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'.-]+\\s+){1,3}/\\s*(?:AFP|Reuters|AP|EPA|Getty Images|Xinhua|Anadolu|TASS|Sputnik)"
                    + "(?:\\s+via\\s+Getty Images)?\\s*$");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)^(skip to (main )?content|back to (the )?top|home|menu|search|share( this( article| story)?)?|advertisement"
                    + "|sign (up|in)|log ?in|subscribe( now)?|follow us.*|click here.*|print|email|comments?|global edition"
                    + "|close|open|next|previous|loading\\.*|listen to (this )?article|toggle .*)\\s*:?$");
    private static final Pattern PROMO = Pattern.compile(
            "(?i)^(top pick|top stories|breaking|also read|read also|read more|related|watch|listen|see also|recommended"
                    + "|editor'?s pick|trending|most read|don'?t miss)\\s*:.+"
                    + "|^(breaking news|breaking|developing story|live updates?)\\b.{5,200}\\b(full story|read more|watch now|more)\\s*$");
    private static final Pattern RELATED_MARKER = Pattern.compile(
            "(?i)^(read more|related( (stories|articles|coverage|news|content|topics))?|more on this (topic|story)"
                    + "|more (stories|news) (from|on)\\b.*|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)"
                    + "|also read|see also|more from .*|trending( now)?|latest (news|stories))\\s*:?$");
    private static final Pattern CONSENT_WORDS = Pattern.compile(
            "(?i)\\b(consent|cookies?|preferences|privacy|accept|your device|personal data|opt out|manage)\\b");
    private static final Pattern CONSENT_ANCHOR = Pattern.compile("(?i)\\b(consent|cookies?)\\b");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(copyright\\b|©|\\(c\\)\\s*\\d{4})|all rights reserved");
    private static final Pattern CONTRIBUTOR = Pattern.compile(
            "(?i)(contributed to this (report|story|article))|^\\(?(additional )?(reporting|writing|editing|compiled) by\\b");
    /** "date 2024-03-11 Talks resumed ...": a scraper's date label run into the first line of text. */
    private static final Pattern DATE_STAMP = Pattern.compile(
            "^(?i:date|published|posted|updated)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?\\S*)?\\s+(?=\\S)");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)^(first published|published|last updated|updated?|posted|date)\\b\\s*(on|at)?\\s*:?.*");
    private static final String AGENCY = "\\([A-Za-z][A-Za-z.&' -]{1,30}\\)";
    /** A news agency's mark in a dateline: "(Reuters)", "(AP)". */
    public static final Pattern AGENCY_MARK = Pattern.compile(AGENCY);
    private static final Pattern HANDLE_ONLY = Pattern.compile("^(@\\w+[ ,]*)+$|^\\S+@\\S+\\.\\w+$");
    /** A weekday after the name is a paper's masthead ("THE HERALD, Tuesday, March 4, 1975 -- Page 3"), not a dateline. */
    private static final String NOT_A_WEEKDAY = "(?!" + DatelineDay.WEEKDAY_NAME + "\\b)";
    /** The day after a dateline's city: ", Jan 9", ", Jan. 9.", ", March 14, 2020", ", 17 June 2018" (day first, as European agencies write it). */
    private static final String DAY = ",\\s*(?:[A-Z][a-z]+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]+\\.?(?:\\s+\\d{4})?)\\.?";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    /**
     * "WINDHOEK, Friday. -": a weekday after a city, closed by a stop or by the dash itself, as morning papers
     * date what was filed the day before (a masthead's weekday goes on with a comma and the date).
     */
    private static final String WEEKDAY = ",\\s*" + DatelineDay.WEEKDAY_NAME + "\\.?";
    /** A day of a named month after a city: ", 2 September", ", Oct. 3", ", 3 October 2021". */
    private static final String MONTH_DAY = ",\\s*(?:" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?)";
    /**
     * "KAPAN, Armenia, March 14 (Valley Wire) -", "GENEVA (AP) -", "Nairobi (dpa) -", "(Reuters) -",
     * "ACCRA/LOME, May 2 (Wire) -" (one story filed from two cities), "Ciudad del Este, Jun 3 (Wire)",
     * "Accra (Ghana) (Wire) -" (the city's country in brackets before the agency's), "PARIS, Jan. 9. --" (an
     * archive's), "August 31, 2020 (JUBA) -" (the day first, the city in brackets), "BORDER POST, Chad-Niger Frontier
     * (AP) _" (a region of hyphened names, and the underscore older wire copy used for a dash), "Windhoek, 2
     * September:" (a city in plain case with its day, as many national papers write it), "WINDHOEK, Friday. -"
     * (the weekday a morning paper's story was filed).
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\(\\s*[A-Z][A-Za-z .'-]{1,40}\\)|[A-Z][A-Z .'/-]{2,40}(?:,\\s*" + NOT_A_WEEKDAY + "[A-Z][a-z]+(?:[\\s-][A-Z][a-z]+){0,2})?"
                    + "(?:" + DAY + "|" + WEEKDAY + "(?=\\s*[—–:_-]))?"
                    + "|[A-Z][a-z]+(?:\\s(?:[a-z]{1,3}\\s)?[A-Z][a-z]+){0,2}(?:" + DAY + ")?(?=\\s*" + AGENCY + ")"
                    + "|[A-Z][a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}(?=\\s*" + AGENCY + ")"
                    // "Windhoek, 2 September:", "Suva, Oct 3 -": a city in plain case is a dateline when a day of a
                    // named month follows (only at the story's opening: see inlineRemovals)
                    + "|(?<dated>" + NOT_A_WEEKDAY + "[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}" + MONTH_DAY + ")(?=\\s*[—–:-]))"
                    // "(U.P.).-Delegates ...": an old wire's mark may be closed by a stop and a dash with no space after;
                    // without a mark, a dash with no space is a hyphen ("NATO-Russia talks").
                    + "\\s*(?:(?:" + AGENCY + "\\s*)?(?<agency>" + AGENCY + ")\\s*(?:\\.?[—–:_-]{0,2}\\s+|\\.?[—–-]{1,2}(?=[A-Z\"“]))"
                    + "|[—–:_-]{1,2}\\s+)");
    /**
     * "Port-au-Prince, May 9.", "WINDHOEK, Friday.": a dateline on a line of its own above the story, as
     * older papers and their archives print it; a weekday only after a city in capitals (a caption's
     * "President X, Friday." is no dateline).
     */
    private static final Pattern DATELINE_LINE = Pattern.compile("^(?:" + NOT_A_WEEKDAY
            + "[A-Z][\\p{L}'’.]*(?:-[\\p{L}'’.]+)*(?:\\s[A-Z][\\p{L}'’.]*(?:-[\\p{L}'’.]+)*){0,2}" + MONTH_DAY
            + "|" + NOT_A_WEEKDAY + "[A-Z][A-Z'’.-]+(?:\\s[A-Z][A-Z'’.-]+){0,2}" + WEEKDAY + ")\\.?$");
    /** Words a line cannot end a sentence with: articles, prepositions, conjunctions, possessives. */
    private static final Set<String> CONTINUING_WORDS = Set.of("a", "an", "the", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "that", "which", "who", "his", "her", "its",
            "their", "our", "whose", "into", "between", "than");
    private static final double FOOTER_REGION = 0.6;

    @Override
    public CleanText clean(Article article) {
        String text = article.text();
        List<Line> lines = Line.split(text);
        List<Removal> removals = new ArrayList<>();
        String title = article.metadata().title().map(String::strip).orElse(null);
        Set<String> seen = new HashSet<>();
        boolean inRelatedList = false;
        boolean bodyStarted = false;
        int footerFrom = Integer.MAX_VALUE;

        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String s = line.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (line.begin() >= footerFrom) {
                removals.add(line.removal("after copyright footer"));
                continue;
            }
            if (!bodyStarted && DATELINE_LINE.matcher(s).matches()) {
                removals.add(line.removal("dateline"));
                continue;
            }
            Optional<String> reason = lineReason(s, title, line.begin() == firstContentOffset(lines));
            if (inRelatedList) {
                if (looksLikeHeadline(s) && reason.isEmpty()) {
                    reason = Optional.of("related headline");
                } else if (reason.isEmpty()) {
                    inRelatedList = false;
                }
            }
            if (reason.isEmpty() && RELATED_MARKER.matcher(s).matches()) {
                reason = Optional.of("related headlines marker");
                inRelatedList = true;
            }
            if (reason.isEmpty() && COPYRIGHT.matcher(s).find()) {
                reason = Optional.of("copyright line");
                if (line.begin() > text.length() * FOOTER_REGION) {
                    footerFrom = line.end();
                }
            }
            if (reason.isEmpty() && wordCount(s) >= 4 && !seen.add(normalise(s))) {
                reason = Optional.of("repeated line");
            }
            if (reason.isPresent()) {
                removals.add(line.removal(reason.get()));
                continue;
            }
            inlineRemovals(line, removals, bodyStarted);
            bodyStarted = bodyStarted || wordCount(s) > 8 && endsSentence(s) && !s.endsWith(":");
        }
        return new CleanText(text, unwrap(blank(text, removals)), removals);
    }

    private Optional<String> lineReason(String s, String title, boolean firstLine) {
        if (s.equals(title)) {
            return Optional.empty();
        }
        if (PLACEHOLDER.matcher(s).replaceAll("").isBlank()) {
            return Optional.of("image placeholder");
        }
        if (CREDIT_LINE.matcher(s).matches() && wordCount(s) <= 12) {
            return Optional.of("image credit");
        }
        if (CREDIT_SUFFIX.matcher(s).matches() && wordCount(s) <= 6 && !endsSentence(s)) {
            return Optional.of("image credit");
        }
        if (NAVIGATION.matcher(s).matches()) {
            return Optional.of("navigation");
        }
        if (PROMO.matcher(s).matches()) {
            return Optional.of("promoted headline");
        }
        if (CONSENT_ANCHOR.matcher(s).find() && countMatches(CONSENT_WORDS, s) >= 3) {
            return Optional.of("consent banner");
        }
        if (CONTRIBUTOR.matcher(s).find() && wordCount(s) <= 20) {
            return Optional.of("contributor line");
        }
        if (s.contains(" | ") && wordCount(s) <= 16) {
            return Optional.of("byline or navigation");
        }
        if (HANDLE_ONLY.matcher(s).matches()) {
            return Optional.of("social handle");
        }
        if (isDateStamp(s)) {
            return Optional.of("date stamp");
        }
        if (wordCount(s) <= 3 && !endsSentence(s) && !s.contains("\"") && !s.contains("“")) {
            return Optional.of("section label");
        }
        return Optional.empty();
    }

    private static boolean isDateStamp(String s) {
        if (DateParser.find(s).isEmpty() || wordCount(s) > 10) {
            return false;
        }
        if (LABELLED_DATE.matcher(s).matches()) {
            return true;
        }
        String rest = s.replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", "")
                .replaceAll("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b", "")
                .replaceAll("(?i)\\b(am|pm|gmt|utc|[a-z]{2,4}t)\\b", "")
                .replaceAll("[\\d:,./ -]+", "");
        return rest.isBlank();
    }

    /** Credits and placeholders inside a kept line, and a dateline opening the first paragraphs. */
    private void inlineRemovals(Line line, List<Removal> removals, boolean bodyStarted) {
        Matcher stamp = DATE_STAMP.matcher(line.text());
        if (stamp.find()) {
            removals.add(new Removal(line.begin(), line.begin() + stamp.end(), "date stamp"));
        }
        Matcher credit = TRAILING_CREDIT.matcher(line.text());
        if (credit.find()) {
            removals.add(new Removal(line.begin() + credit.start(), line.begin() + credit.end(), "image credit"));
        }
        for (Pattern p : List.of(PLACEHOLDER, BRACKETED_CREDIT)) {
            Matcher m = p.matcher(line.text());
            while (m.find()) {
                removals.add(new Removal(line.begin() + m.start(), line.begin() + m.end(), "image credit"));
            }
        }
        Matcher dateline = DATELINE.matcher(line.text());
        boolean found = dateline.find();
        if (found && !bodyStarted && isDateStamp(line.text().substring(dateline.end()).strip())) {
            // "THE COASTAL HERALD, Walvis Bay - Saturday, September 7, 2024": a paper's masthead and its day
            removals.add(new Removal(line.begin(), line.end(), "masthead"));
            return;
        }
        if (found && wordCount(line.text()) > 8) {
            String place = dateline.group(1).split(",")[0];
            boolean upper = place.equals(place.toUpperCase(Locale.ROOT));
            // A plain-case city with its day opens the story only; further on it heads a timeline's entry.
            boolean marked = place.startsWith("(") || dateline.group("agency") != null
                    || dateline.group("dated") != null && !bodyStarted;
            if (upper || marked) {
                removals.add(new Removal(line.begin(), line.begin() + dateline.end(), "dateline"));
            }
        }
    }

    private static int firstContentOffset(List<Line> lines) {
        for (Line l : lines) {
            if (!l.text().isBlank()) {
                return l.begin();
            }
        }
        return -1;
    }

    /** Related-headline lists are short lines that do not end a sentence. */
    private static boolean looksLikeHeadline(String s) {
        return wordCount(s) <= 20 && !s.endsWith(".");
    }

    private static boolean endsSentence(String s) {
        return s.matches(".*[.!?\"”’':]$");
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int countMatches(Pattern p, String s) {
        Matcher m = p.matcher(s);
        Set<String> distinct = new HashSet<>();
        while (m.find()) {
            distinct.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return distinct.size();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The text with every removed character turned into a space, line breaks kept. */
    private static String blank(String text, List<Removal> removals) {
        char[] chars = text.toCharArray();
        for (Removal r : removals) {
            for (int i = r.begin(); i < r.end(); i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /**
     * Joins hard-wrapped lines: a line break inside a sentence (the line does not end a sentence and
     * the next begins in lower case) becomes a space, so that each remaining line break can end a
     * sentence, as headlines and captions need.
     */
    private static String unwrap(String text) {
        char[] chars = text.toCharArray();
        for (int i = 1; i + 1 < chars.length; i++) {
            if (chars[i] != '\n') {
                continue;
            }
            int prev = i - 1;
            while (prev >= 0 && chars[prev] == ' ') {
                prev--;
            }
            char next = chars[i + 1];
            boolean lowerNext = prev >= 0 && Character.isLetterOrDigit(chars[prev]) && Character.isLowerCase(next);
            // "... was headed by\nDefence Minister X": no sentence, headline or caption ends on a comma or on
            // a word that needs another after it.
            boolean openEnd = prev >= 0 && next != '\n' && !Character.isWhitespace(next)
                    && (chars[prev] == ',' || CONTINUING_WORDS.contains(lastWord(chars, prev)));
            if (lowerNext || openEnd) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static String lastWord(char[] chars, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(chars[start - 1])) {
            start--;
        }
        return new String(chars, start, end - start + 1);
    }

    /** One line of the text with its offsets. */
    private record Line(int begin, int end, String text) {
        static List<Line> split(String text) {
            List<Line> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    out.add(new Line(start, i, text.substring(start, i)));
                    start = i + 1;
                }
            }
            return out;
        }

        Removal removal(String reason) {
            return new Removal(begin, end, reason);
        }
    }
}
