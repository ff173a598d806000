package org.parley.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.lexicon.Lexicons;
import org.parley.extract.pattern.PatternMatch;

/**
 * What the extraction rules read: one annotated article with its actors, quotations and dates,
 * and small helpers over its sentences.
 *
 * @param storyDate the day undated statements were made: the lead's day when it is the day before
 *                  publication ("on Thursday" in a Friday paper), else the article's date
 * @param leadDate  the day the lead's main clause reports, up to a week back, else the article's date:
 *                  the day of a meeting the opening sentences report without a date of their own
 * @param yearAnchor for an article without a date, the year of the latest calendar date its text gives in
 *                  full, so that "October 9" can still be placed
 */
public record Document(AnnotatedArticle article, Lexicons lexicons, ActorTable actors, List<Quote> quotes,
                       List<PatternMatch> matches, Optional<LocalDate> storyDate, Optional<LocalDate> leadDate,
                       Optional<Integer> yearAnchor) {

    public Document {
        requireNonNull(article, "article");
        requireNonNull(lexicons, "lexicons");
        requireNonNull(actors, "actors");
        quotes = List.copyOf(quotes);
        matches = List.copyOf(matches);
        requireNonNull(storyDate, "storyDate");
        requireNonNull(leadDate, "leadDate");
        requireNonNull(yearAnchor, "yearAnchor");
    }

    /**
     * The day a time expression names, read against the article's date (or, without one, the year its text
     * gives). A past calendar day written without its year, shortly after a day given in full in another
     * year (in its paragraph or the one before: "The talks opened on 1 November 1995. ... The groundwork had
     * been laid on 8 September"), is read against that day: the story has gone back in time, and its own
     * date no longer tells the year.
     */
    public Optional<LocalDate> day(EntityMention e, TimeResolver.Tense tense) {
        Optional<LocalDate> published = publicationDate();
        boolean calendarDayWithoutYear = e.text().matches(".*\\d.*") && !TimeResolver.writesItsYear(e);
        if (tense == TimeResolver.Tense.PAST && published.isPresent() && calendarDayWithoutYear) {
            Optional<LocalDate> told = dayToldInFullBefore(e).filter(d -> d.getYear() != published.get().getYear());
            if (told.isPresent()) {
                return TimeResolver.dayInTheYearOf(e, told.get(), tense);
            }
        }
        return TimeResolver.day(e, published, yearAnchor, tense);
    }

    /** The last day given with its year before {@code e}, in its paragraph or the one before. */
    private Optional<LocalDate> dayToldInFullBefore(EntityMention e) {
        int paragraph = article.sentences().get(e.sentence()).paragraph();
        Optional<LocalDate> last = Optional.empty();
        for (EntityMention x : article.entities()) {
            if (x.begin() >= e.begin()) {
                break;
            }
            if (article.sentences().get(x.sentence()).paragraph() >= paragraph - 1 && TimeResolver.writesItsYear(x)) {
                Optional<LocalDate> day = TimeResolver.day(x, publicationDate(), Optional.empty(), TimeResolver.Tense.PAST);
                if (day.isPresent()) {
                    last = day;
                }
            }
        }
        return last;
    }

    public List<Sentence> sentences() {
        return article.sentences();
    }

    /** The pattern matches of one family ({@code negotiation}, {@code demand}, ...), in text order. */
    public List<PatternMatch> matches(String family) {
        return matches.stream().filter(m -> m.pattern().family().equals(family)).toList();
    }

    /** The day the article's relative dates count from: the day its dateline names, else its publication date. */
    public Optional<LocalDate> publicationDate() {
        return article.documentDate();
    }

    /** The article text from token {@code start} to token {@code end - 1} of {@code s}. */
    public String text(Sentence s, int start, int end) {
        if (start >= end) {
            return "";
        }
        return article.span(s.token(start).begin(), s.token(end - 1).end());
    }

    /** The quotation holding {@code offset} inside its marks, if any. */
    public Optional<Quote> quoteAt(int offset) {
        for (Quote q : quotes) {
            if (offset >= q.begin() && offset < q.end()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public boolean inQuote(Token t) {
        return quoteAt(t.begin()).isPresent();
    }

    /** The time expressions of a sentence that can name a day: dates, and times on a day ("Monday morning"). */
    public List<EntityMention> dates(Sentence s) {
        return article.entitiesIn(s.index()).stream().filter(TimeResolver::mayNameADay).toList();
    }

    /** The tense of the clause headed by {@code head}: future with will/shall, past with a past form, else present. */
    public TimeResolver.Tense tense(Sentence s, int head) {
        for (Dependency d : s.childrenOf(head)) {
            String w = s.token(d.dependent()).lowerWord();
            if (d.baseRelation().equals("aux") && lexicons.words().contains("future-auxiliaries", w)) {
                return TimeResolver.Tense.FUTURE;
            }
        }
        Token t = s.token(head);
        if (t.pos().equals("VBD") || t.pos().equals("VBN")) {
            return TimeResolver.Tense.PAST;
        }
        for (Dependency d : s.childrenOf(head)) {
            Token aux = s.token(d.dependent());
            if (d.baseRelation().equals("aux") && aux.pos().equals("VBD")) {
                return TimeResolver.Tense.PAST;
            }
        }
        // A non-finite verb takes the tense of the verb it depends on ("is set to meet", "agreed to hold").
        Optional<Dependency> up = s.headOf(head);
        if (up.isPresent() && up.get().governor() >= 0 && (up.get().relation().equals("xcomp")
                || up.get().relation().equals("conj")) && (t.pos().equals("VB") || t.pos().equals("VBG"))) {
            return tense(s, up.get().governor());
        }
        return TimeResolver.Tense.PRESENT;
    }

    /** True when the clause headed by {@code head} carries would/could/might: hypothetical. */
    public boolean modal(Sentence s, int head) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.baseRelation().equals("aux") && lexicons.words().contains("modal-auxiliaries", s.token(d.dependent()).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code head} is negated ("did not meet", "no talks"). */
    public boolean negated(Sentence s, int head) {
        for (Dependency d : s.childrenOf(head)) {
            String w = s.token(d.dependent()).lowerWord();
            // "Neither we want talks": the parser hangs a clause-opening "neither" on the verb as a preconjunct.
            if ((d.relation().equals("advmod") || d.relation().equals("det") || d.relation().equals("neg")
                    || d.relation().equals("cc:preconj")) && lexicons.words().contains("negation-words", w)) {
                return true;
            }
        }
        return false;
    }
}
