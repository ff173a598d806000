package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Layer;
import org.parley.annotate.QuoteSpan;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorTable;
import org.parley.extract.LocalActor;
import org.parley.extract.Names;
import org.parley.extract.Quote;
import org.parley.extract.lexicon.WordClasses;

/**
 * Finds the quotations of an article. Double-quoted spans come from CoreNLP's quote annotator; a
 * span it ran across paragraphs is split where the news convention splits it (a paragraph left
 * open, the next reopened with a quotation mark), and the later parts are marked as continuing the
 * first. A span that starts with a closing mark is a mispairing around a stray mark: what it holds
 * from its last opening mark on is the quotation. A paragraph that opens a quotation and leaves it
 * open, before a paragraph that reopens it, is a quotation too, even when CoreNLP paired no marks
 * for it. Single marks ('...') quote in headlines, and throughout the articles of outlets whose
 * style they are (more single-quoted than double-quoted passages in the body); those are found here,
 * and so is a single-quoted passage that ends in its own punctuation, as a quotation does ('... ,').
 * Two layouts quote without marks: a line opened by a dash and closed by its attribution ("- We
 * are ready, the minister said."), and a transcript's line opened by the name of a person the
 * article knows and a colon ("NAME: We are ready."), who is its speaker.
 */
public final class QuoteFinder {
    public static final Set<Layer> REQUIRES = Set.of(Layer.QUOTES, Layer.PARAGRAPHS);
    private static final String OPENING = "\"“„«‘'`";
    private static final String CLOSING = "\"”»’'´";
    private static final Pattern HEADLINE_QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}])['‘]([^'‘’\\n]{3,}?)['’](?![\\p{L}\\p{N}])");
    /**
     * A passage in single marks inside a paragraph: the opening mark not after a letter, the closing
     * one not before a letter, apostrophes between letters ("didn't") inside.
     */
    private static final Pattern SINGLE_QUOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])['‘](?=[^\\s'‘’])((?:[^'‘’\\n]|(?<=\\p{L})['’](?=\\p{L}))+?)(?<=\\S)['’](?![\\p{L}\\p{N}])");
    /** A transcript label: one to four capitalised words and a colon opening a line. */
    private static final Pattern LABEL = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3})[ \\t]*:[ \\t]*(?=\\S)");
    private static final String DASHES = "-–—";
    /** Most words between the comma closing dashed speech and its verb of saying ("the foreign minister told"). */
    private static final int MAX_ATTRIBUTION_WORDS = 7;
    private static final String CLOSING_ONLY = "”»";
    private static final String OPENING_ONLY = "“«„";

    private final WordClasses words;

    public QuoteFinder(WordClasses words) {
        this.words = words;
    }

    /** The article's quotations; {@code actors} tells which transcript labels name a person. */
    public List<Quote> find(AnnotatedArticle article, ActorTable actors) {
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        for (QuoteSpan q : article.quotes()) {
            if (article.clean().isRemoved(q.begin())) {
                continue;
            }
            repaired(text, q).ifPresent(r -> quotes.addAll(split(article, r)));
        }
        headlineQuotes(article, quotes);
        singleQuoteStyle(article, quotes);
        punctuatedSingleQuotes(article, quotes);
        dashedSpeech(article, quotes);
        quotes.sort(Comparator.comparingInt(Quote::begin));
        return speakerLabels(article, actors, openParagraphs(article, quotes));
    }

    /**
     * Adds the paragraphs that open a quotation and leave it open before a paragraph that reopens
     * it (news style for a quotation over several paragraphs), and marks each reopening paragraph's
     * quotation as continuing the one before.
     */
    private static List<Quote> openParagraphs(AnnotatedArticle article, List<Quote> quotes) {
        String text = article.text();
        List<int[]> paragraphs = paragraphSpans(text);
        List<Quote> out = new ArrayList<>(quotes);
        boolean previousOpen = false;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            int begin = paragraphs.get(i)[0];
            int end = paragraphs.get(i)[1];
            boolean open = opensAndLeavesOpen(text, begin, end) && startsWithOpening(text, paragraphs.get(i + 1)[0])
                    && !article.clean().isRemoved(begin);
            if (open && out.stream().noneMatch(q -> q.begin() == begin)) {
                out.removeIf(q -> q.overlaps(begin, end) && q.begin() > begin);
                quote(article, begin, end, previousOpen, Optional.empty()).ifPresent(out::add);
            }
            if (open) {
                int next = paragraphs.get(i + 1)[0];
                out.replaceAll(q -> q.begin() == next && !q.continuesPrevious() ? continuing(q) : q);
            }
            previousOpen = open;
        }
        out.sort(Comparator.comparingInt(Quote::begin));
        return out;
    }

    /**
     * A span that starts with a closing mark was paired across a stray mark ("... 30,” she said. X
     * added: “No deal”"): it holds a quotation only from its last opening mark on.
     */
    private static Optional<QuoteSpan> repaired(String text, QuoteSpan q) {
        if (q.begin() >= text.length() || CLOSING_ONLY.indexOf(text.charAt(q.begin())) < 0) {
            return Optional.of(q);
        }
        for (int i = q.end() - 2; i > q.begin(); i--) {
            if (OPENING_ONLY.indexOf(text.charAt(i)) >= 0) {
                return Optional.of(new QuoteSpan(i, q.end(), text.substring(i, q.end()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** Outlets that quote in single marks: every single-quoted passage of the body is a quotation. */
    private static void singleQuoteStyle(AnnotatedArticle article, List<Quote> quotes) {
        String text = article.text();
        List<int[]> single = new ArrayList<>();
        Matcher m = SINGLE_QUOTE.matcher(text);
        while (m.find()) {
            if (!article.clean().isRemoved(m.start()) && !inTitle(article, m.start())) {
                single.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
            }
        }
        long doubleQuoted = quotes.stream().filter(q -> !q.headline() && !inTitle(article, q.begin())).count();
        if (single.size() < 2 || single.size() <= doubleQuoted) {
            return;
        }
        for (int[] span : single) {
            if (quotes.stream().noneMatch(q -> q.overlaps(span[0], span[1]))) {
                quotes.add(new Quote(span[0], span[1], span[2], span[3], text.substring(span[2], span[3]),
                        paragraph(article, span[0]), false, false, Optional.empty()));
            }
        }
    }

    /** "'We are ready,' said the envoy": a single-quoted passage of some words that ends in its own punctuation. */
    private static void punctuatedSingleQuotes(AnnotatedArticle article, List<Quote> quotes) {
        String text = article.text();
        Matcher m = SINGLE_QUOTE.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            boolean punctuated = !inner.isEmpty() && ",.!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
            if (!punctuated || inner.split("\\s+").length < 4 || article.clean().isRemoved(m.start())
                    || inTitle(article, m.start()) || quotes.stream().anyMatch(q -> q.overlaps(m.start(), m.end()))) {
                continue;
            }
            quotes.add(new Quote(m.start(), m.end(), m.start(1), m.end(1), text.substring(m.start(1), m.end(1)),
                    paragraph(article, m.start()), false, false, Optional.empty()));
        }
    }

    /**
     * "- We are ready to sign, the minister told reporters.": a line opened by a dash and closed
     * by a comma, a few words and a verb of saying quotes what lies between the dash and the comma,
     * when the speaker speaks of themselves in it.
     */
    private void dashedSpeech(AnnotatedArticle article, List<Quote> quotes) {
        String text = article.text();
        for (int[] p : lineUnits(article)) {
            int begin = p[0];
            if (DASHES.indexOf(text.charAt(begin)) < 0 || begin + 1 >= p[1] || !Character.isWhitespace(text.charAt(begin + 1))
                    || article.clean().isRemoved(begin) || quotes.stream().anyMatch(q -> q.overlaps(begin, p[1]))) {
                continue;
            }
            Optional<Sentence> last = article.sentenceAt(p[1] - 1);
            int comma = last.map(this::attributionComma).orElse(OptionalInt.empty()).orElse(-1);
            if (comma <= begin) {
                continue;
            }
            int cb = begin + 1;
            while (cb < comma && Character.isWhitespace(text.charAt(cb))) {
                cb++;
            }
            if (cb < comma && speaksInFirstPerson(text.substring(cb, comma))) {
                quotes.add(new Quote(begin, comma, cb, comma, text.substring(cb, comma), paragraph(article, begin), false, false,
                        Optional.empty()));
            }
        }
    }

    /**
     * Dashed speech is the speaker's own words, and they speak of themselves ("we are ready"); a key
     * point in a bulleted list ("- Talks to resume next week, the envoy says") is the outlet's summary.
     */
    private boolean speaksInFirstPerson(String passage) {
        for (String w : passage.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (words.contains("first-person-pronouns", w)) {
                return true;
            }
        }
        return false;
    }

    /** The comma before a sentence's closing attribution (", the minister said."), if it ends with one. */
    private OptionalInt attributionComma(Sentence s) {
        for (int k = s.size() - 1; k > 0; k--) {
            Token t = s.token(k);
            if (t.word().equals(",")) {
                boolean saying = false;
                for (int j = k + 1; j < s.size() && j <= k + MAX_ATTRIBUTION_WORDS + 1; j++) {
                    saying |= s.token(j).isVerb() && words.contains("quote-verbs", s.token(j).lemma());
                }
                return saying && s.size() - k <= MAX_ATTRIBUTION_WORDS + 4 ? OptionalInt.of(t.begin()) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "NAME: We are ready.": a line opened by the name of a person the article names and a colon
     * is that person's words; its quotations are theirs, and without any it is one quotation itself.
     * An "A:" line after a "Q:" line is an interview's answer.
     */
    private static List<Quote> speakerLabels(AnnotatedArticle article, ActorTable actors, List<Quote> quotes) {
        String text = article.text();
        List<Quote> out = new ArrayList<>(quotes);
        boolean asked = false;
        for (int[] p : lineUnits(article)) {
            Matcher m = LABEL.matcher(text).region(p[0], p[1]);
            // The cleaner takes a capitalised label for a dateline ("WASHINGTON:") and drops it; what follows stays.
            if (!m.lookingAt() || article.clean().isRemoved(m.end()) || quotes.stream().anyMatch(q -> q.contains(p[0]))) {
                continue;
            }
            asked = asked || m.group(1).equals("Q");
            // After a question, "A:" answers it: the one interviewed speaks, whom attribution finds.
            Optional<String> person = asked && m.group(1).equals(Quote.ANSWER) ? Optional.of(Quote.ANSWER)
                    : personNamed(actors, m.group(1));
            if (person.isEmpty()) {
                continue;
            }
            int from = m.end();
            int to = p[1];
            boolean quoted = out.stream().anyMatch(q -> q.begin() >= from && q.end() <= to);
            if (quoted && person.get().equals(Quote.ANSWER)) {
                continue; // an answer that quotes someone reports them: its quotations are theirs
            }
            if (quoted) {
                out.replaceAll(q -> q.begin() >= from && q.end() <= to ? q.labelled(person.get()) : q);
            } else {
                quote(article, from, to, false, Optional.empty()).map(q -> q.labelled(person.get())).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(Quote::begin));
        return out;
    }

    /**
     * The lines of the text, each without surrounding whitespace and running on to the end of its last
     * sentence where a hard wrap cut that sentence: transcripts and dashed speech go line by line.
     */
    private static List<int[]> lineUnits(AnnotatedArticle article) {
        List<int[]> out = new ArrayList<>();
        for (int[] line : spans(article.text(), "\n")) {
            int sentenceEnd = article.sentenceAt(line[1] - 1).map(Sentence::end).orElse(line[1]);
            out.add(new int[] {line[0], Math.max(line[1], sentenceEnd)});
        }
        return out;
    }

    /** The name of the named person a label stands for ("PETRIC", "Vuka"), as the article writes it. */
    private static Optional<String> personNamed(ActorTable actors, String label) {
        if (label.length() < 3) {
            return Optional.empty(); // "Q:", "A:" of an interview name no one
        }
        for (LocalActor a : actors.actors()) {
            if (a.isPerson() && a.named() && Names.compatible(a.name(), label)) {
                return Optional.of(a.name());
            }
        }
        return Optional.empty();
    }

    private static boolean inTitle(AnnotatedArticle article, int offset) {
        String title = article.article().metadata().title().orElse(null);
        if (title == null) {
            return false;
        }
        int at = article.text().indexOf(title);
        return at >= 0 && offset >= at && offset < at + title.length();
    }

    private static Quote continuing(Quote q) {
        return new Quote(q.begin(), q.end(), q.contentBegin(), q.contentEnd(), q.text(), q.paragraph(), true, q.headline(),
                q.coreNlpSpeaker(), q.labelledSpeaker());
    }

    /** Begin and end of each paragraph (text between blank lines), without surrounding whitespace. */
    private static List<int[]> paragraphSpans(String text) {
        return spans(text, "\n\n");
    }

    /** Begin and end of each non-blank piece of the text between separators, without surrounding whitespace. */
    private static List<int[]> spans(String text, String separator) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = text.indexOf(separator, at);
            int end = next < 0 ? text.length() : next;
            int b = at;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(new int[] {b, e});
            }
            at = next < 0 ? text.length() : next + separator.length();
        }
        return out;
    }

    private static boolean startsWithOpening(String text, int at) {
        char c = text.charAt(at);
        return c == '"' || c == '“' || c == '„' || c == '«';
    }

    /** A paragraph that starts with a double opening mark and ends with its quotation still open. */
    private static boolean opensAndLeavesOpen(String text, int begin, int end) {
        if (!startsWithOpening(text, begin)) {
            return false;
        }
        int straight = 0;
        int opening = 0;
        int closing = 0;
        for (int i = begin; i < end; i++) {
            switch (text.charAt(i)) {
                case '"' -> straight++;
                case '“', '„', '«' -> opening++;
                case '”', '»' -> closing++;
                default -> { }
            }
        }
        return text.charAt(begin) == '"' ? straight % 2 == 1 : opening > closing;
    }

    private static List<Quote> split(AnnotatedArticle article, QuoteSpan q) {
        String text = article.text();
        List<Quote> parts = new ArrayList<>();
        int partBegin = q.begin();
        boolean continuation = false;
        while (partBegin < q.end()) {
            int boundary = text.indexOf("\n\n", partBegin);
            int partEnd = boundary < 0 || boundary >= q.end() ? q.end() : boundary;
            quote(article, partBegin, partEnd, continuation, q.speaker()).ifPresent(parts::add);
            if (partEnd == q.end()) {
                break;
            }
            int next = partEnd;
            while (next < q.end() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= q.end() || OPENING.indexOf(text.charAt(next)) < 0) {
                break; // an unmatched mark paired across paragraphs: what follows is not quoted
            }
            partBegin = next;
            continuation = true;
        }
        return parts;
    }

    private static Optional<Quote> quote(AnnotatedArticle article, int begin, int end, boolean continuation,
                                         Optional<String> speaker) {
        String text = article.text();
        int cb = begin;
        while (cb < end && (OPENING.indexOf(text.charAt(cb)) >= 0 || Character.isWhitespace(text.charAt(cb)))) {
            cb++;
        }
        int ce = end;
        while (ce > cb && (CLOSING.indexOf(text.charAt(ce - 1)) >= 0 || Character.isWhitespace(text.charAt(ce - 1)))) {
            ce--;
        }
        if (ce <= cb) {
            return Optional.empty();
        }
        return Optional.of(new Quote(begin, end, cb, ce, text.substring(cb, ce), paragraph(article, begin), continuation,
                false, speaker));
    }

    private static void headlineQuotes(AnnotatedArticle article, List<Quote> quotes) {
        String title = article.article().metadata().title().orElse(null);
        if (title == null) {
            return;
        }
        int at = article.text().indexOf(title);
        if (at < 0 || article.clean().isRemoved(at)) {
            return;
        }
        Matcher m = HEADLINE_QUOTE.matcher(title);
        while (m.find()) {
            int begin = at + m.start();
            int end = at + m.end();
            if (quotes.stream().anyMatch(q -> q.overlaps(begin, end))) {
                continue;
            }
            quotes.add(new Quote(begin, end, at + m.start(1), at + m.end(1), m.group(1), paragraph(article, begin),
                    false, true, Optional.empty()));
        }
    }

    static int paragraph(AnnotatedArticle article, int offset) {
        return article.sentenceAt(offset).map(org.parley.annotate.Sentence::paragraph).orElse(-1);
    }
}
