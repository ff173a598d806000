package org.parley.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.clean.BoilerplateCleaner;
import org.parley.clean.CleanText;
import org.parley.clean.Removal;
import org.parley.extract.lexicon.CountryForm;
import org.parley.extract.lexicon.Lexicons;
import org.parley.read.LetterCase;

/**
 * The city a wire story is filed from ("NAIROBI, Jan 9 (Reuters) -", "DAYTON, Ohio (AP) --"), which
 * cleaning takes out of the text: a place of the article that no sentence mentions, where the
 * story's lead event happened when the lead names no place ({@code NegotiationFinder}). A dateline
 * without an agency's mark ("WASHINGTON --" over a staff writer's analysis) says only where "here" is,
 * so it is kept only when the story's opening uses the word outside quotations ("QUITO -- The accord
 * the two presidents signed here on Friday takes effect in June").
 */
final class DatelinePlace {
    /** The city: capitalised words before the first comma, bracket or dash ("ACCRA/LOME" names two, so none). */
    private static final Pattern CITY = Pattern.compile("^\\s*([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})\\s*(?:,|\\(|[—–-])");

    /** The lead and the sentence or two after it. */
    private static final int OPENING_SENTENCES = 3;

    private DatelinePlace() {
    }

    /** The city, and whether an agency's mark vouches that the story was filed from it. */
    record Dateline(LocalActor city, boolean marked) {}

    static Optional<Dateline> find(AnnotatedArticle article, ActorTable table, Lexicons lexicons) {
        CleanText clean = article.clean();
        Optional<Removal> dateline = clean.removals().stream().filter(r -> r.reason().equals("dateline")).findFirst();
        if (dateline.isEmpty()) {
            return Optional.empty();
        }
        Removal r = dateline.get();
        String line = clean.original().substring(r.begin(), r.end());
        Matcher m = CITY.matcher(line);
        // A wire reporter files from the scene; a paper's staff writer often from the bureau.
        boolean marked = BoilerplateCleaner.AGENCY_MARK.matcher(line).find();
        if (!marked && !openingSaysHere(article) || !m.find()) {
            return Optional.empty();
        }
        String city = LetterCase.titleCaseIfShouting(m.group(1));
        var known = lexicons.countries().lookup(city);
        if (known.isPresent() && known.get().form() != CountryForm.CAPITAL) {
            return Optional.empty(); // a country or a demonym, not a city
        }
        return Optional.of(new Dateline(table.forKey("place:" + ActorFinder.slug(city), ActorKind.PLACE, city, r.begin() + m.start(1),
                r.begin() + m.end(1), 0.7, "dateline"), marked));
    }

    private static boolean openingSaysHere(AnnotatedArticle article) {
        return article.sentences().stream().limit(OPENING_SENTENCES).flatMap(s -> s.tokens().stream())
                .anyMatch(t -> t.lowerWord().equals("here") && t.pos().equals("RB") && !insideQuotation(article, t.begin()));
    }

    private static boolean insideQuotation(AnnotatedArticle article, int offset) {
        return article.quotes().stream().anyMatch(q -> q.begin() <= offset && offset < q.end());
    }
}
