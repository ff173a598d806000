package org.parley.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.lexicon.WordClasses;

/**
 * The day an article reports on. A morning paper's lead says "on Thursday" for yesterday's talks;
 * statements the article gives no date of were made that day, not on the publication date.
 */
final class StoryDate {
    private static final int LEAD_SENTENCES = 4;
    /** Yesterday's talks in today's paper: further back, the article's own date is the safer guess. */
    private static final int MAX_DAYS_BACK = 1;
    /** A credit line is a few words; a longer line without a verb may be a standfirst that tells the story. */
    private static final int MAX_CREDIT_WORDS = 10;

    private StoryDate() {}

    /** The day of a statement the article gives no day for: the lead's day if it is yesterday, else the article's date. */
    static Optional<LocalDate> of(AnnotatedArticle article, WordClasses words) {
        return lead(article, MAX_DAYS_BACK, words);
    }

    /** The day the lead's main clause reports ("talks ended on Sunday"), up to a week back, else the article's date. */
    static Optional<LocalDate> leadEvent(AnnotatedArticle article, WordClasses words) {
        return lead(article, 7, words);
    }

    /** Without a publication date: the year of the latest calendar date the text writes out in full. */
    static Optional<Integer> yearAnchor(AnnotatedArticle article) {
        if (article.documentDate().isPresent()) {
            return Optional.empty();
        }
        Optional<Integer> latest = Optional.empty();
        for (EntityMention e : article.entities()) {
            String value = e.normalized().orElse("");
            if (TimeResolver.mayNameADay(e) && value.matches("\\d{4}-\\d{2}-\\d{2}.*") && e.text().matches(".*\\b\\d{4}\\b.*")) {
                int year = Integer.parseInt(value.substring(0, 4));
                if (latest.isEmpty() || year > latest.get()) {
                    latest = Optional.of(year);
                }
            }
        }
        return latest;
    }

    private static Optional<LocalDate> lead(AnnotatedArticle article, int maxDaysBack, WordClasses words) {
        Optional<LocalDate> published = article.documentDate();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        int seen = 0;
        for (Sentence s : article.sentences()) {
            if (article.clean().isRemoved(s.begin()) || s.size() < 6 || isCaption(s) || isCredit(s)) {
                continue;
            }
            if (isFuture(s, words)) {
                // "The ceasefire will take effect on Sunday": the lead looks ahead, it does not date the story.
                seen++;
                continue;
            }
            for (EntityMention e : article.entitiesIn(s.index())) {
                if (!onMainVerb(s, e, words)) {
                    continue;
                }
                Optional<LocalDate> day = TimeResolver.day(e, published, TimeResolver.Tense.PAST);
                if (day.isPresent() && !day.get().isAfter(published.get())
                        && !day.get().isBefore(published.get().minusDays(maxDaysBack))) {
                    return day;
                }
            }
            if (++seen >= LEAD_SENTENCES) {
                break;
            }
        }
        return published;
    }

    /**
     * "Photograph: A. Name/Agency" after a caption: a short line without a verb says nothing the story did,
     * so it must not use up one of the lead's sentences before the lead itself.
     */
    private static boolean isCredit(Sentence s) {
        return s.size() < MAX_CREDIT_WORDS && s.tokens().stream().noneMatch(Token::isVerb);
    }

    private static boolean isFuture(Sentence s, WordClasses words) {
        int root = s.root();
        return root >= 0 && s.childrenOf(root).stream().anyMatch(d -> d.baseRelation().equals("aux")
                && words.contains("future-auxiliaries", s.token(d.dependent()).lowerWord()));
    }

    /** "Talks resumed on Sunday, officials said": the clause comes before the root's speech verb (parsed as a complement or a loose clause). */
    private static boolean reportedBeforeItsSource(Sentence s, int clause, String rel, int governor, WordClasses words) {
        int root = s.root();
        boolean loose = rel.equals("parataxis") || rel.startsWith("advcl")
                && s.childrenOf(clause).stream().noneMatch(d -> d.relation().equals("mark"));
        return (rel.equals("ccomp") || loose) && governor == root && clause < root
                && words.contains("report-verbs", s.token(root).lemma());
    }

    /** "Photo taken on March 7 shows ...": a caption dates the picture, not the story. */
    private static boolean isCaption(Sentence s) {
        String first = s.token(0).lowerWord();
        return first.equals("photo") || first.equals("image") || first.equals("picture") || first.equals("file")
                || first.equals("video") || first.equals("screenshot") || first.equals("pictured");
    }

    /**
     * True when the time expression belongs to the main clause ("failed ... on Thursday"), not to a caption's "taken on";
     * in a wire lead the attribution comes last ("talks resumed on Sunday, officials said") and the report is the main clause.
     */
    private static boolean onMainVerb(Sentence s, EntityMention e, WordClasses words) {
        int root = s.root();
        // "The deadline is Friday": a day the sentence looks ahead to is not the day its story reports.
        int head = s.headOfSpan(e.tokenBegin(), e.tokenEnd());
        if (s.children(head, "cop").stream().anyMatch(c -> !s.token(c).pos().equals("VBD"))) {
            return false;
        }
        if (root < 0 || !s.token(root).isVerb()) {
            return false;
        }
        int node = e.tokenBegin();
        for (int depth = 0; depth < 8; depth++) {
            var up = s.headOf(node);
            if (up.isEmpty() || up.get().governor() < 0) {
                return node == root;
            }
            String rel = up.get().relation();
            if (reportedBeforeItsSource(s, node, rel, up.get().governor(), words)) {
                node = root;
                continue;
            }
            if (rel.startsWith("acl") || rel.equals("ccomp") || rel.startsWith("advcl") || rel.equals("parataxis")
                    || rel.startsWith("csubj")) {
                return false;
            }
            node = up.get().governor();
        }
        return false;
    }
}
