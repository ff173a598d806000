package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.parley.extract.Names;

/**
 * Writes a corpus of made-up news articles about made-up talks, for benchmarks and for tests that
 * need many articles: each has a headline, a dated lead, quotations, reported speech, a demand and
 * a delegation, between real countries and invented people. The same seed writes the same corpus.
 *
 * <p>Shaped like the news it stands for: each pair of countries meets at a few venues of its own,
 * each country sends officials from a roster of its own, so one
 * person keeps one affiliation across articles, and analysts come from a pool of their own. A few
 * surnames are shared by two people whose given names tell them apart. What is said about a pair's
 * talks on one day is quoted alike by every article about them, and differs from day to day.
 */
final class SyntheticCorpus {
    private static final String[][] PAIRS = {
            {"Armenia", "Armenian", "Azerbaijan", "Azerbaijani"}, {"Serbia", "Serbian", "Kosovo", "Kosovar"},
            {"Sudan", "Sudanese", "Chad", "Chadian"}, {"Ethiopia", "Ethiopian", "Eritrea", "Eritrean"},
            {"Israel", "Israeli", "Lebanon", "Lebanese"}, {"Colombia", "Colombian", "Venezuela", "Venezuelan"},
            {"India", "Indian", "Pakistan", "Pakistani"}, {"Rwanda", "Rwandan", "Uganda", "Ugandan"},
            {"Georgia", "Georgian", "Russia", "Russian"}, {"Morocco", "Moroccan", "Algeria", "Algerian"}};
    private static final String[] VENUES = {"Doha", "Nairobi", "Vienna", "Oslo", "Cairo", "Brussels", "Helsinki", "Dakar",
            "Accra", "Lisbon", "Rabat", "Stockholm", "Amman", "Kigali", "Copenhagen", "Madrid", "Dublin", "Prague", "Warsaw",
            "Budapest", "Athens", "Tunis", "Lusaka", "Maputo", "Windhoek", "Gaborone", "Bern", "Valletta", "Reykjavik",
            "Tallinn"};
    /** How many venues each pair meets at: its own, {@code VENUES} taken in turn. */
    private static final int VENUES_PER_PAIR = 3;
    private static final String[] FIRST = {"Amir", "Lena", "Tomas", "Grace", "Omar", "Ines", "Karim", "Noor", "Pavel",
            "Sara", "Dawit", "Mira", "Jonas", "Hana", "Rafael", "Aylin"};
    private static final String[] LAST = {"Haddad", "Berg", "Okafor", "Varga", "Mensah", "Salem", "Novak", "Rios",
            "Kamau", "Demir", "Lind", "Osei", "Farah", "Kovac", "Moreau", "Tan", "Abara", "Bakker", "Castell", "Duarte",
            "Eklund", "Ferreira", "Gashi", "Horvat", "Ilunga", "Jansen", "Kiprono", "Lukas", "Marin", "Nassar", "Obi",
            "Palsson", "Quiroga", "Rahimi", "Sorensen", "Tadesse", "Uzun", "Vidal", "Wekesa", "Yilmaz", "Zoric", "Brandt",
            "Cerny", "Dlamini", "Esposito", "Falk", "Gunawardena", "Hakimi"};
    private static final int OFFICIALS_PER_COUNTRY = 3;
    private static final int ANALYSTS = 20;
    private static final List<String> PEOPLE = roster(PAIRS.length * 2 * OFFICIALS_PER_COUNTRY + ANALYSTS);
    private static final String[] DEMANDS = {"an immediate ceasefire", "the withdrawal of troops from the border area",
            "the release of all prisoners", "international monitors along the line of contact",
            "humanitarian corridors for civilians", "the lifting of sanctions"};
    /*
     * What is said at a meeting: every article about one pair on one day quotes the same words (outlets
     * report one statement), other days other words. One fixed quotation per speaker for every day
     * would make a speaker say the same thing all month, one statement months long.
     */
    /** How an article opens: the meeting, attributed to one side's foreign ministry (country, venue, weekday). */
    private static final String[] LEADS = {
            "Delegations from %1$s and %2$s met in %4$s on %5$s for a new round of talks on their dispute, the %3$s foreign ministry said.",
            "%1$s and %2$s held talks in %4$s on %5$s after a pause of several weeks, the %3$s foreign ministry said.",
            "Negotiators from %1$s and %2$s met in %4$s on %5$s to discuss prisoners and the disputed border, the %3$s foreign ministry said.",
            "Envoys of %1$s and %2$s met on %5$s in %4$s, where mediators hope to agree a timetable, the %3$s foreign ministry said.",
            "Officials from %1$s and %2$s met behind closed doors in %4$s on %5$s, the %3$s foreign ministry said in a short note.",
            "A new round of negotiations between %1$s and %2$s took place in %4$s on %5$s, the %3$s foreign ministry said."};
    private static final String[] REMARKS = {"We have narrowed the gaps, but a final text is still far away",
            "Today was a useful day and we will report back to our capital",
            "Nobody should expect miracles from a single day of work",
            "The other side listened to our proposals for the first time in months",
            "We came with a map and we leave with a timetable",
            "There is no agreement on the hardest questions yet",
            "The mood in the room was better than the headlines suggest",
            "Every hour spent at this table is an hour without shelling",
            "Our delegation will not sign anything it cannot defend at home",
            "The prisoner lists are nearly complete, and that matters to families",
            "Trust is built slowly, one kept promise after another",
            "We spent most of the day on maps and very little on slogans"};
    private static final String[] STATEMENTS = {
            "Our people want results, not more meetings. We will come back only if the other side is serious.",
            "The draft on the table ignores our security. We expect a better one soon.",
            "We have shown flexibility on every point. Now it is their turn to move.",
            "Families on both sides are waiting for news. We owe them more than communiques.",
            "Our red lines have not changed since the start. They will not change now.",
            "The mediators have done serious work. We are ready to build on it.",
            "This week brought progress on the humanitarian file. The political file remains open.",
            "Our negotiators will stay as long as it takes. We are in no hurry to leave.",
            "Nothing is agreed until everything is agreed. That rule protects both sides.",
            "We heard new ideas today. Our government will study them carefully."};
    private static final String[] ASSESSMENTS = {"The talks are unlikely to produce a breakthrough before the summer",
            "Both governments are looking for a success they can sell to voters at home",
            "The mediators have kept the process alive through a difficult winter",
            "The real obstacles are in the capitals, not in the negotiating room",
            "A deal on prisoners could open the way to the harder questions",
            "Neither side can afford to be seen walking away from the table",
            "The economic pressure on both sides is growing every month",
            "Expectations are low, which may make a modest result easier",
            "The rank of the officials sent shows that both sides are serious",
            "The timetable the mediators proposed looks ambitious but not impossible"};

    /**
     * A feed's pace: the corpus grows by days of news, as a store does, not by more news about the
     * same days (10,000 articles span about ten months).
     */
    private static final int ARTICLES_PER_DAY = 33;
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private SyntheticCorpus() {}

    /** Writes {@code count} articles into {@code folder} and returns their paths. */
    static List<Path> write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random r = new Random(seed);
        List<Path> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 8);
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("synthetic-%05d.txt", i));
            Files.writeString(file, article(r, i, start.plusDays(i / ARTICLES_PER_DAY)));
            out.add(file);
        }
        return out;
    }

    private static String article(Random r, int i, LocalDate published) {
        int p = r.nextInt(PAIRS.length);
        String[] pair = PAIRS[p];
        String venue = VENUES[p * VENUES_PER_PAIR + r.nextInt(VENUES_PER_PAIR)];
        String envoyA = official(r, 2 * p);
        String envoyB = official(r, 2 * p + 1);
        String analyst = PEOPLE.get(PAIRS.length * 2 * OFFICIALS_PER_COUNTRY + r.nextInt(ANALYSTS));
        String day = DAYS[r.nextInt(DAYS.length)];
        String demand = DEMANDS[r.nextInt(DEMANDS.length)];
        int round = 1 + r.nextInt(6);
        return String.format("""
                %1$s and %3$s hold round %9$d of talks in %5$s

                By a staff writer | Published: %12$s

                %18$s

                The %2$s delegation, led by Deputy Foreign Minister %6$s, and the %4$s delegation, headed by envoy %7$s, talked for several hours.

                "%14$s," %6$s told reporters after the meeting.

                %7$s said %3$s was ready to continue the negotiations and insisted that any agreement must include %10$s.

                "%15$s," %7$s said in a statement. "%16$s"

                %1$s has called for %10$s, while %3$s demanded guarantees of security for its citizens.

                %17$s, said regional analyst %11$s.

                The two sides will meet again in %5$s next month, officials said. Item %13$d.
                """, pair[0], pair[1], pair[2], pair[3], venue, envoyA, envoyB, day, round, demand, analyst,
                published, i, said(REMARKS, p, published, 1), firstSentence(said(STATEMENTS, p, published, 2)),
                rest(said(STATEMENTS, p, published, 2)), said(ASSESSMENTS, p, published, 3),
                String.format(said(LEADS, p, published, 0), pair[0], pair[2], pair[3], venue, day));
    }

    /** What is said about the {@code p}-th pair's talks on one day: the same in every article about them. */
    private static String said(String[] pool, int p, LocalDate day, int what) {
        return pool[new SplittableRandom(day.toEpochDay() * 1_000 + p * 10L + what).nextInt(pool.length)];
    }

    private static String firstSentence(String quote) {
        return quote.substring(0, quote.indexOf(". "));
    }

    private static String rest(String quote) {
        return quote.substring(quote.indexOf(". ") + 2);
    }

    /** One of the officials of the {@code country}-th country of {@link #PAIRS} (two per pair). */
    private static String official(Random r, int country) {
        return PEOPLE.get(country * OFFICIALS_PER_COUNTRY + r.nextInt(OFFICIALS_PER_COUNTRY));
    }

    /**
     * Everyone the articles name: surnames in turn, so the people after the first {@code LAST.length}
     * share a surname with an earlier one, each with a given name that no resolution takes for the
     * other's (not "Ines" beside "Jonas", which fold to near spellings).
     */
    private static List<String> roster(int size) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            String surname = LAST[k % LAST.length];
            for (int given = k; ; given++) {
                String name = FIRST[given % FIRST.length] + " " + surname;
                if (out.stream().noneMatch(other -> Names.compatible(other, name))) {
                    out.add(name);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
