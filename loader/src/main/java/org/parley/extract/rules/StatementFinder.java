package org.parley.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.EntityMention;
import org.parley.annotate.Layer;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.Names;
import org.parley.extract.Quote;
import org.parley.extract.TimeResolver;
import org.parley.extract.lexicon.PhraseIndex;
import org.parley.extract.lexicon.SpeechVerbs.Use;

/**
 * Finds statements: quotations with their speakers, and reported speech ("X said Sudan is ready to
 * negotiate"). Speakers come from dependency patterns around speech verbs; see {@link Speakers} for
 * roles and pronouns. Scare quotes (one to three quoted words inside a sentence) are terms, not
 * statements: they are attached to the statement around them.
 */
public final class StatementFinder {
    public static final Set<Layer> REQUIRES = EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.NER, Layer.DATES,
            Layer.QUOTES, Layer.PARAGRAPHS);
    private static final int MAX_VERB_DISTANCE = 14;
    private static final List<String> CHANNEL_PRIORITY = List.of("tweet", "social-media", "press-conference", "interview",
            "video", "televised", "speech", "written-statement", "phone-call");

    /** A statement found, before it gets an id. */
    public record Match(LocalActor speaker, String text, boolean direct, int begin, int end, Optional<LocalDate> date,
                        Optional<String> channel, Optional<LocalActor> medium, List<String> terms, double confidence,
                        String rule, int sentence) {}

    private final Document doc;
    private final Speakers speakers;

    public StatementFinder(Document doc, Speakers speakers) {
        this.doc = doc;
        this.speakers = speakers;
    }

    public List<Match> find() {
        List<Match> out = new ArrayList<>();
        List<Quote> pending = new ArrayList<>(doc.quotes());
        Set<Quote> terms = new HashSet<>();
        for (Quote q : doc.quotes()) {
            if (isTerm(q)) {
                terms.add(q);
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Quote q : List.copyOf(pending)) {
                if (q.begin() >= s.end()) {
                    continue;
                }
                pending.remove(q);
                if (!terms.contains(q)) {
                    direct(q, out).ifPresent(out::add);
                }
            }
            out.addAll(reported(s, terms));
        }
        attachTerms(out, terms);
        return out;
    }

    /** One to three words inside a longer sentence: a term the writer quotes, not something someone said. */
    private boolean isTerm(Quote q) {
        return q.wordCount() <= 3 && !q.isFullSentence() || q.wordCount() == 0;
    }

    // --- quotations --------------------------------------------------------------------------

    private Optional<Match> direct(Quote q, List<Match> earlier) {
        Optional<Sentence> first = doc.article().sentenceAt(q.contentBegin());
        Optional<Sentence> last = doc.article().sentenceAt(Math.max(q.contentBegin(), q.contentEnd() - 1));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        Optional<Attribution> found = verbAttribution(q, first.get(), last.get());
        if (found.isEmpty()) {
            found = fallbackAttribution(q, first.get(), last.get(), earlier);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Attribution a = found.get();
        speakers.spoke(a.speaker);
        Sentence at = a.sentence == null ? last.get() : a.sentence;
        Optional<LocalDate> date = a.verb >= 0 ? speechDate(at, a.verb, q.begin(), q.end()) : Optional.empty();
        Optional<String> channel = a.verb >= 0 ? channel(at, a.verb) : Optional.empty();
        return Optional.of(new Match(a.speaker, clean(q.text()), true, q.contentBegin(), q.contentEnd(),
                date.or(doc::storyDate), channel, Optional.ofNullable(a.medium), List.of(), a.confidence, a.rule,
                at.index()));
    }

    private record Attribution(LocalActor speaker, LocalActor medium, Sentence sentence, int verb, double confidence,
                               String rule) {}

    private Optional<Attribution> verbAttribution(Quote q, Sentence first, Sentence last) {
        int best = -1;
        Sentence bestSentence = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestIsAncestor = false;
        for (Sentence s : first == last ? List.of(first) : List.of(first, last)) {
            for (Token t : s.tokens()) {
                if (!doc.lexicons().speechVerbs().is(t.lemma(), Use.QUOTE) || doc.inQuote(t) || !t.isVerb()) {
                    continue;
                }
                boolean ancestor = governsQuote(s, t.index(), q);
                int distance = t.begin() >= q.end() ? tokensBetween(s, q.end(), t.begin())
                        : t.end() <= q.begin() ? tokensBetween(s, t.end(), q.begin()) : Integer.MAX_VALUE;
                if (!ancestor && distance > MAX_VERB_DISTANCE) {
                    continue;
                }
                boolean better = ancestor && !bestIsAncestor
                        || ancestor == bestIsAncestor && distance < bestDistance;
                if (better) {
                    best = t.index();
                    bestSentence = s;
                    bestDistance = distance;
                    bestIsAncestor = ancestor;
                }
            }
        }
        if (best < 0) {
            return accordingTo(q, first, last);
        }
        return attributionFor(bestSentence, best, bestIsAncestor ? 0.9 : 0.85, "speech-verb")
                .or(() -> accordingTo(q, first, last));
    }

    /** Who performs speech verb {@code verb}, with "X quoted Y as saying" giving Y as speaker and X as medium. */
    private Optional<Attribution> attributionFor(Sentence s, int verb, double confidence, String rule) {
        Token v = s.token(verb);
        Optional<Dependency> up = s.headOf(verb);
        // "Y was quoted as saying" / "X quoted Y as saying"
        if (up.isPresent() && up.get().governor() >= 0 && s.token(up.get().governor()).lowerLemma().equals("quote")) {
            int quoteVerb = up.get().governor();
            Optional<Speakers.Resolved> medium = speakers.agentOf(s, quoteVerb);
            for (Dependency d : s.childrenOf(quoteVerb)) {
                if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                    Optional<Speakers.Resolved> quoted = speakers.nounPhrase(s, d.dependent());
                    if (quoted.isPresent()) {
                        return Optional.of(new Attribution(quoted.get().actor(),
                                d.relation().equals("obj") ? medium.map(Speakers.Resolved::actor).orElse(null) : null,
                                s, verb, confidence * quoted.get().confidence(), "quoted-as-saying"));
                    }
                }
            }
        }
        Optional<Speakers.Resolved> agent = speakers.agentOf(s, verb);
        if (agent.isEmpty() && v.lowerLemma().equals("quote")) {
            return Optional.empty();
        }
        return agent.map(r -> new Attribution(r.actor(), null, s, verb, confidence * r.confidence(), rule + "/" + r.how()));
    }

    private Optional<Attribution> accordingTo(Quote q, Sentence first, Sentence last) {
        for (Sentence s : first == last ? List.of(first) : List.of(last, first)) {
            int at = Speakers.accordingToIndex(s);
            if (at >= 0 && !doc.inQuote(s.token(at))) {
                Optional<Speakers.Resolved> r = speakers.accordingTo(s);
                if (r.isPresent()) {
                    return Optional.of(new Attribution(r.get().actor(), null, s, -1, 0.8 * r.get().confidence(),
                            "according-to"));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> fallbackAttribution(Quote q, Sentence first, Sentence last, List<Match> earlier) {
        Match previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        // A paragraph that reopens a quotation: the speaker carries over.
        if (q.continuesPrevious() && previous != null && previous.direct()) {
            return Optional.of(new Attribution(previous.speaker(), null, null, -1, 0.8, "quote-continues"));
        }
        // "X said:" ending the previous sentence.
        int prevIndex = first.index() - 1;
        if (prevIndex >= 0) {
            Sentence prev = doc.sentences().get(prevIndex);
            Token lastToken = prev.token(prev.size() - 1);
            if (lastToken.word().equals(":") && prev.paragraph() >= first.paragraph() - 1) {
                for (int k = prev.size() - 1; k >= 0; k--) {
                    if (doc.lexicons().speechVerbs().isSpeechVerb(prev.token(k).lemma()) && prev.token(k).isVerb()) {
                        Optional<Attribution> a = attributionFor(prev, k, 0.8, "colon-intro");
                        if (a.isPresent()) {
                            return a;
                        }
                    }
                }
            }
        }
        // A quotation following another in the same paragraph, nobody else named in between.
        int previousParagraph = previous == null ? -2
                : doc.article().sentenceAt(previous.begin()).map(Sentence::paragraph).orElse(-2);
        if (previous != null && previous.direct() && previousParagraph == first.paragraph()
                && noOtherPersonBetween(previous.end(), q.begin(), previous.speaker())) {
            return Optional.of(new Attribution(previous.speaker(), null, null, -1, 0.75, "adjacent-quote"));
        }
        // A paragraph that is nothing but a quotation, right after a paragraph quoting someone:
        // news style gives a speaker's next paragraph without repeating the attribution.
        if (previous != null && previous.direct() && previousParagraph == first.paragraph() - 1
                && opensParagraph(q) && noOtherPersonBetween(previous.end(), q.begin(), previous.speaker())) {
            return Optional.of(new Attribution(previous.speaker(), null, null, -1, 0.7, "next-paragraph-quote"));
        }
        // "..." followed by a short sentence of attribution: "he added."
        int nextIndex = last.index() + 1;
        if (nextIndex < doc.sentences().size()) {
            Sentence next = doc.sentences().get(nextIndex);
            if (next.paragraph() == last.paragraph() && next.size() <= 8) {
                for (Token t : next.tokens()) {
                    if (doc.lexicons().speechVerbs().is(t.lemma(), Use.QUOTE) && t.isVerb() && !doc.inQuote(t)) {
                        Optional<Attribution> a = attributionFor(next, t.index(), 0.75, "attribution-after");
                        if (a.isPresent()) {
                            return a;
                        }
                    }
                }
            }
        }
        // CoreNLP's own attribution, where a trusted sieve (not its prominent-name fall-back) decided.
        if (q.coreNlpSpeaker().isPresent()) {
            Optional<LocalActor> person = personNamed(q.coreNlpSpeaker().get());
            if (person.isPresent()) {
                return Optional.of(new Attribution(person.get(), null, null, -1, 0.6, "corenlp-sieve"));
            }
        }
        return Optional.empty();
    }

    /** True when the quotation's opening mark is the first character of its paragraph. */
    private boolean opensParagraph(Quote q) {
        String text = doc.article().text();
        int i = q.begin() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** True when nobody but {@code speaker} is named between two quotations (outside them). */
    private boolean noOtherPersonBetween(int from, int to, LocalActor speaker) {
        for (ActorMention m : doc.actors().mentions()) {
            if (m.charBegin() >= from && m.charBegin() < to && m.actor().isPerson() && m.actor() != speaker
                    && doc.quoteAt(m.charBegin()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Optional<LocalActor> personNamed(String name) {
        for (LocalActor a : doc.actors().actors()) {
            if (a.isPerson() && a.named() && Names.compatible(a.name(), name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** True when some token inside the quotation hangs, through the parse, under {@code verb}. */
    private static boolean governsQuote(Sentence s, int verb, Quote q) {
        for (Token t : s.tokens()) {
            if (!q.contains(t.begin())) {
                continue;
            }
            int k = t.index();
            for (int depth = 0; depth < 12; depth++) {
                Optional<Dependency> up = s.headOf(k);
                if (up.isEmpty() || up.get().governor() < 0) {
                    break;
                }
                k = up.get().governor();
                if (k == verb) {
                    return true;
                }
                if (!q.contains(s.token(k).begin())) {
                    break;
                }
            }
        }
        return false;
    }

    private static int tokensBetween(Sentence s, int from, int to) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && !t.isPunctuation()) {
                n++;
            }
        }
        return n;
    }

    // --- reported speech ---------------------------------------------------------------------

    private List<Match> reported(Sentence s, Set<Quote> terms) {
        List<Match> out = new ArrayList<>();
        for (Token v : s.tokens()) {
            if (!v.isVerb() || doc.inQuote(v)) {
                continue;
            }
            Optional<Clause> clause = reportedClause(s, v);
            if (clause.isEmpty() || containsRealQuote(s, clause.get(), terms)) {
                continue;
            }
            Optional<Attribution> agent = attributionFor(s, v.index(), 0.7, "reported-" + clause.get().how);
            if (agent.isEmpty()) {
                continue;
            }
            Clause c = clause.get();
            String text = doc.text(s, c.start, c.end).replaceFirst("^(that|whether|if)\\s+", "");
            if (text.split("\\s+").length < 3) {
                continue;
            }
            Attribution a = agent.get();
            speakers.spoke(a.speaker);
            out.add(new Match(a.speaker, clean(text), false, s.token(c.start).begin(), s.token(c.end - 1).end(),
                    speechDate(s, v.index(), s.token(c.start).begin(), s.token(c.end - 1).end()).or(doc::storyDate),
                    channel(s, v.index()), Optional.ofNullable(a.medium), List.of(), a.confidence, a.rule, s.index()));
        }
        int according = Speakers.accordingToIndex(s);
        if (according >= 0 && !doc.inQuote(s.token(according)) && out.isEmpty()) {
            speakers.accordingTo(s).ifPresent(r -> {
                int start = 0;
                int end = according;
                while (end > start && s.token(end - 1).isPunctuation()) {
                    end--;
                }
                if (end - start >= 4 && !containsRealQuote(s, new Clause(start, end, "according"), terms)) {
                    out.add(new Match(r.actor(), clean(doc.text(s, start, end)), false, s.token(start).begin(),
                            s.token(end - 1).end(), doc.storyDate(), Optional.empty(), Optional.empty(), List.of(),
                            0.6 * r.confidence(), "reported-according-to", s.index()));
                }
            });
        }
        return out;
    }

    private record Clause(int start, int end, String how) {}

    private boolean isSpeechVerb(Token t) {
        return t.isVerb() && doc.lexicons().speechVerbs().isSpeechVerb(t.lemma());
    }

    /** The clause a speech verb reports: its complement clause, or (inverted order) the clause it comments on. */
    private Optional<Clause> reportedClause(Sentence s, Token v) {
        boolean report = doc.lexicons().speechVerbs().is(v.lemma(), Use.REPORT);
        boolean object = doc.lexicons().speechVerbs().is(v.lemma(), Use.OBJECT);
        if (!report && !object) {
            return Optional.empty();
        }
        for (Dependency d : s.childrenOf(v.index())) {
            if (report && (d.relation().equals("ccomp") || d.relation().equals("parataxis") && d.dependent() > v.index())) {
                return span(s, d.dependent(), v.index(), "clause");
            }
        }
        if (object) {
            for (Dependency d : s.childrenOf(v.index())) {
                if (d.relation().equals("obj") && s.token(d.dependent()).isNoun()
                        && doc.actors().at(s.index(), d.dependent()).isEmpty()) {
                    return span(s, d.dependent(), v.index(), "object");
                }
            }
        }
        // "The talks lasted two hours, said X": the reported clause comes first and governs the verb.
        Optional<Dependency> up = s.headOf(v.index());
        if (report && up.isPresent() && up.get().governor() >= 0 && up.get().governor() < v.index()
                && (up.get().relation().equals("parataxis") || up.get().relation().equals("ccomp")
                || up.get().relation().equals("dep")) && isInvertedReport(s, v.index())) {
            int head = up.get().governor();
            List<Integer> tokens = new ArrayList<>(s.subtree(head));
            tokens.removeAll(s.subtree(v.index()));
            tokens.removeIf(k -> k >= v.index());
            return range(s, tokens, "inverted");
        }
        return Optional.empty();
    }

    /** The clause under {@code head}, without the verb itself and without a trailing "claiming that ..." of its own. */
    /** "..., said X" or "..., X said": the reporting clause follows a comma or dash after what it reports. */
    private static boolean isInvertedReport(Sentence s, int verb) {
        int start = s.subtree(verb).stream().min(Integer::compare).orElse(verb);
        if (start == 0) {
            return false;
        }
        String before = s.token(start - 1).word();
        return before.equals(",") || before.equals("-") || before.equals("–") || before.equals("—");
    }

    /** The clause under {@code head}, without the verb itself and without a trailing "claiming that ..." of its own. */
    private Optional<Clause> span(Sentence s, int head, int verb, String how) {
        List<Integer> tokens = new ArrayList<>(s.subtree(head));
        tokens.removeIf(k -> k == verb);
        for (int k : List.copyOf(tokens)) {
            Token t = s.token(k);
            Optional<Dependency> up = s.headOf(k);
            if (k > head && t.pos().equals("VBG") && isSpeechVerb(t) && up.isPresent()
                    && (up.get().relation().startsWith("advcl") || up.get().relation().equals("xcomp")
                    || up.get().relation().equals("conj") || up.get().relation().equals("parataxis")
                    || up.get().relation().equals("dep"))) {
                tokens.removeAll(s.subtree(k));
            }
        }
        tokens.sort(Integer::compare);
        List<Integer> contiguous = new ArrayList<>();
        for (int k : tokens) {
            if (contiguous.isEmpty() || onlyMarksBetween(s, contiguous.get(contiguous.size() - 1), k)) {
                contiguous.add(k);
            } else {
                break;
            }
        }
        return range(s, contiguous, how);
    }

    /** True when only quotation marks (which the parse leaves unattached) stand between two tokens. */
    private static boolean onlyMarksBetween(Sentence s, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (!s.token(k).isQuoteMark()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Clause> range(Sentence s, List<Integer> tokens, String how) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int start = tokens.stream().min(Integer::compare).get();
        int end = tokens.stream().max(Integer::compare).get() + 1;
        while (start < end && s.token(start).isPunctuation() && !s.token(start).isQuoteMark()) {
            start++;
        }
        // Closing marks and the punctuation they enclose belong to a clause that ends in a quotation.
        while (end < s.size() && (s.token(end).isQuoteMark() || s.token(end).word().matches("[.,!?]")
                && end + 1 < s.size() && s.token(end + 1).isQuoteMark())) {
            end++;
        }
        while (end > start && s.token(end - 1).isPunctuation() && !s.token(end - 1).isQuoteMark()) {
            end--;
        }
        return start < end ? Optional.of(new Clause(start, end, how)) : Optional.empty();
    }

    private boolean containsRealQuote(Sentence s, Clause c, Set<Quote> terms) {
        int from = s.token(c.start).begin();
        int to = s.token(c.end - 1).end();
        for (Quote q : doc.quotes()) {
            if (q.overlaps(from, to) && !terms.contains(q)) {
                return true;
            }
        }
        return false;
    }

    private void attachTerms(List<Match> statements, Set<Quote> terms) {
        for (Quote q : terms) {
            for (int i = 0; i < statements.size(); i++) {
                Match m = statements.get(i);
                if (q.contentBegin() >= m.begin() - 2 && q.contentEnd() <= m.end() + 2) {
                    List<String> withTerm = new ArrayList<>(m.terms());
                    withTerm.add(clean(q.text()).replaceAll("[.,;:!?]+$", ""));
                    statements.set(i, new Match(m.speaker(), m.text(), m.direct(), m.begin(), m.end(), m.date(),
                            m.channel(), m.medium(), withTerm, m.confidence(), m.rule(), m.sentence()));
                    break;
                }
            }
        }
    }

    // --- date and channel --------------------------------------------------------------------

    /** The day a speech verb's clause gives ("said on Thursday"), outside what was said. */
    private Optional<LocalDate> speechDate(Sentence s, int verb, int contentBegin, int contentEnd) {
        TimeResolver.Tense tense = doc.tense(s, verb);
        for (EntityMention e : doc.dates(s)) {
            if (e.begin() >= contentBegin && e.end() <= contentEnd || doc.quoteAt(e.begin()).isPresent()) {
                continue;
            }
            if (!attachedTo(s, e, verb)) {
                continue;
            }
            Optional<LocalDate> day = TimeResolver.day(e, doc.publicationDate(),
                    tense == TimeResolver.Tense.FUTURE ? tense : TimeResolver.Tense.PAST);
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** True when a time expression belongs to the verb's own clause, not to a clause below it. */
    private static boolean attachedTo(Sentence s, EntityMention e, int verb) {
        for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
            int node = k;
            for (int depth = 0; depth < 6; depth++) {
                Optional<Dependency> up = s.headOf(node);
                if (up.isEmpty() || up.get().governor() < 0) {
                    break;
                }
                if (up.get().governor() == verb) {
                    String rel = up.get().relation();
                    return rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advmod")
                            || rel.equals("nsubj") || rel.startsWith("compound");
                }
                String rel = up.get().relation();
                if (rel.equals("ccomp") || rel.startsWith("acl") || rel.equals("xcomp") || rel.startsWith("advcl")) {
                    break;
                }
                node = up.get().governor();
            }
        }
        return false;
    }

    /** "in a tweet", "on Facebook", "at a news conference", "in a video": how it was said. */
    private Optional<String> channel(Sentence s, int verb) {
        Set<String> found = new HashSet<>();
        String lemma = s.token(verb).lowerLemma();
        if (lemma.equals("tweet")) {
            found.add("tweet");
        }
        List<Integer> near = new ArrayList<>(s.subtree(verb));
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
                near.removeAll(s.subtree(d.dependent()));
            }
        }
        Optional<Dependency> up = s.headOf(verb);
        if (up.isPresent() && up.get().governor() >= 0) {
            near.addAll(s.subtree(up.get().governor()).stream().filter(k -> k < verb).toList());
        }
        List<Token> tokens = near.stream().distinct().sorted().map(s::token).filter(t -> !doc.inQuote(t)).toList();
        for (PhraseIndex.Match<String> m : doc.lexicons().channels().index().findAll(tokens, Token::lowerLemma)) {
            if (!m.value().equals("phone-call") || tokens.get(m.start()).lowerLemma().equals("phone")) {
                found.add(m.value());
            }
        }
        for (String c : CHANNEL_PRIORITY) {
            if (found.contains(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String clean(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        t = t.replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
        while (t.endsWith(",") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
