package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.DemandTopics;
import org.parley.extract.lexicon.Organization;
import org.parley.extract.lexicon.WordClasses;
import org.parley.extract.pattern.Engine;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * What a demand pattern says is demanded, cut into items with one topic each. The content is the
 * phrase or clause under each content head the pattern bound (for a surface pattern, the bound
 * span), less what is not demanded: a time limit or condition inside it ("while a truce lasts",
 * "only after ..."), the abstract subject of "any deal must include", an attribution ("..., the
 * minister said", "according to ..."). A condition found by a condition pattern also takes the
 * words the parser hung on the clause it conditions ("only if A, including B and C").
 *
 * <p>Items are the stretches between list separators (commas, conjunctions) that name a topic of
 * the SKOS scheme: "lifting the blockade, an end to the shelling and the payment of salaries" is
 * three demands. An item that names several topics takes the one nearest its head in the parse
 * ("foreign fighters should not be covered by the truce" is about the fighters, not the truce).
 */
final class DemandContent {
    /** Topic whose meaning turns when what precedes it gives it up: joining an alliance, and never joining it. */
    private static final String MEMBERSHIP = "membership";
    private static final String NON_MEMBERSHIP = "alliance-non-membership";
    /** The scheme's catch-all topic (ontology/topics.ttl) for a demand no word of which names a narrower one. */
    static final String OTHER = "other";
    private static final int RENOUNCE_WINDOW = 8;

    /** One demanded item: its topic, the tokens that word it and the head of the words that named the topic. */
    record Item(String topic, int first, int last, int topicHead) {}

    /** The tokens demanded, the heads they hang from, and the words of a condition or time limit inside them. */
    record Content(List<Integer> tokens, Set<Integer> heads, Optional<int[]> condition) {}

    private final Document doc;
    private final WordClasses words;

    DemandContent(Document doc) {
        this.doc = doc;
        this.words = doc.lexicons().words();
    }

    Content of(Sentence s, PatternMatch m) {
        int trigger = m.trigger();
        DemandConstruction construction = DemandConstruction.of(m);
        Set<Integer> heads = new TreeSet<>();
        Set<Integer> tokens = new TreeSet<>();
        boolean surface = m.pattern().engine() == Engine.TOKENSREGEX;
        for (int bound : m.all(Role.CONTENT)) {
            if (surface) {
                tokens.add(bound);
                continue;
            }
            if (bound == trigger) {
                continue;
            }
            int h = listAfterALabel(s, antecedent(s, bound));
            heads.add(h);
            tokens.addAll(s.subtree(h));
            tokens.addAll(StrayInfinitives.continuing(s, h));
            tokens.addAll(ofPhraseAfterAnAside(s, h));
            tokens.removeAll(deadlineReadAsSubject(s, h));
            if (construction == DemandConstruction.CONDITION) {
                tokens.addAll(rightOf(s, h));
            }
        }
        if (surface) {
            heads.addAll(topOf(s, tokens));
        } else if (construction == DemandConstruction.EXCHANGE) {
            for (int k : s.children(trigger, "nmod")) {
                tokens.addAll(s.subtree(k));
            }
        } else if (construction == DemandConstruction.WISH) {
            tokens.addAll(wantedAlongside(s, trigger));
        }
        if (!surface && tokens.contains(trigger)) {
            s.subtree(trigger).forEach(tokens::remove);
        }
        if (!surface) {
            for (int h : heads) {
                s.children(h, "cop").forEach(tokens::remove);
            }
        }
        tokens.remove(trigger);
        for (int p : m.all(Role.PARTY)) {
            if (!surface) {
                s.subtree(p).forEach(tokens::remove);
            }
        }
        if (!surface) {
            // "unless the fighting stops": who must meet a condition stays in it when the article names no one.
            List<Integer> addressees = m.all(Role.ADDRESSEE).stream().filter(a -> construction != DemandConstruction.CONDITION
                    || doc.actors().actorAt(s.index(), a).isPresent()).toList();
            for (int h : heads) {
                tokens.removeAll(leadIn(s, h, addressees));
            }
        }
        Set<Integer> excluded = new HashSet<>();
        int[] condition = null;
        for (int k : tokens) {
            if (heads.contains(k) || excluded.contains(k)) {
                continue;
            }
            if (isAddedAccusation(s, k)) {
                // What follows the accusation is its own, however the parser hung it.
                tokens.stream().filter(j -> j >= k).forEach(excluded::add);
            } else if (isReporting(s.token(k)) && !infinitive(s, k) || isAttribution(s, k) || isGivenReason(s, k)
                    || isDescriptiveApposition(s, k)) {
                excluded.addAll(s.subtree(k));
            } else if (marksCondition(s, k)) {
                List<Integer> clause = s.subtree(k);
                excluded.addAll(clause);
                if (condition == null) {
                    condition = new int[] {clause.get(0), clause.get(clause.size() - 1)};
                }
            }
        }
        if (!surface) {
            excluded.addAll(TrailingAttribution.swallowed(s, tokens, doc.lexicons().speechVerbs()));
        }
        for (int h : heads) {
            if (words.contains("inclusion-predicates", s.token(h).lemma()) && !s.children(h, "obj").isEmpty()) {
                for (Dependency d : s.childrenOf(h)) {
                    if (d.relation().equals("nsubj") && doc.actors().actorAt(s.index(), d.dependent()).isEmpty()) {
                        excluded.addAll(s.subtree(d.dependent()));
                    }
                }
            }
        }
        List<Integer> kept = new ArrayList<>(tokens);
        kept.removeAll(excluded);
        return new Content(List.copyOf(kept), Set.copyOf(heads), Optional.ofNullable(condition));
    }

    /** The items of the content, each with its topic; none when no word names a topic. */
    List<Item> items(Sentence s, Content content) {
        List<Integer> kept = content.tokens();
        if (kept.isEmpty()) {
            return List.of();
        }
        List<String> forms = kept.stream().map(k -> s.token(k).word()).toList();
        List<String> lemmas = kept.stream().map(k -> s.token(k).lemma()).toList();
        List<DemandTopics.Hit> hits = doc.lexicons().topics().find(forms, lemmas);
        List<DemandTopics.Hit> asked = hits.stream()
                .filter(h -> !describesANoun(s, head(s, kept, h), content.heads())).toList();
        if (!asked.isEmpty()) {
            hits = asked;
        }
        List<List<DemandTopics.Hit>> groups = new ArrayList<>();
        for (DemandTopics.Hit hit : hits) {
            if (groups.isEmpty() || separated(s, kept.get(last(groups).get(last(groups).size() - 1).end() - 1),
                    kept.get(hit.start()))) {
                groups.add(new ArrayList<>());
            }
            last(groups).add(hit);
        }
        List<Item> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<DemandTopics.Hit> group = groups.get(g);
            int from = g == 0 ? firstWord(s, kept) : afterSeparator(s, kept, last(groups.get(g - 1)), group.get(0));
            int to = g == groups.size() - 1 ? lastWord(s, kept)
                    : beforeSeparator(s, kept, last(group), groups.get(g + 1).get(0));
            if (setAside(s, from)) {
                continue;
            }
            DemandTopics.Hit best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DemandTopics.Hit hit : group) {
                int d = distance(s, head(s, kept, hit), content.heads());
                if (best == null || d < bestDistance
                        || d == bestDistance && hit.end() - hit.start() > best.end() - best.start()) {
                    best = hit;
                    bestDistance = d;
                }
            }
            int head = head(s, kept, best);
            out.add(new Item(refine(s, kept, best, from, to), trim(s, from, to, true), trim(s, from, to, false), head));
        }
        return out;
    }

    /**
     * The whole content as one item of the scheme's catch-all topic: what a demanding construction
     * asks ("urged them to show flexibility", "must hand over the commanders") is a demand even when
     * no word of it names a topic; its text says what is asked.
     */
    List<Item> untopical(Sentence s, Content content) {
        List<Integer> kept = content.tokens();
        if (kept.isEmpty()) {
            return List.of();
        }
        int from = firstWord(s, kept);
        int to = lastWord(s, kept);
        int first = trim(s, from, to, true);
        int last = trim(s, from, to, false);
        int head = content.heads().stream().filter(kept::contains).findFirst().orElse(first);
        return List.of(new Item(OTHER, first, last, head));
    }

    // --- what belongs to the content ------------------------------------------------------------

    /**
     * "wants to discuss A and agree to abandon B": a verb coordinated without a subject of its own
     * with the verb a wish governs is wanted too.
     */
    private static List<Integer> wantedAlongside(Sentence s, int wish) {
        List<Integer> out = new ArrayList<>();
        Optional<Dependency> up = s.headOf(wish);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("aux")) {
            return out;
        }
        for (int conj : s.children(up.get().governor(), "conj")) {
            if (s.token(conj).isVerb() && s.children(conj, "nsubj").isEmpty()) {
                out.addAll(s.subtree(conj));
            }
        }
        return out;
    }

    /**
     * "gave the herders until Friday to leave": where the parser makes "until" the infinitive's mark, it
     * makes the deadline its subject; the deadline is when, not part of what is asked.
     */
    private List<Integer> deadlineReadAsSubject(Sentence s, int head) {
        List<Integer> marks = s.children(head, "mark");
        boolean until = marks.stream().anyMatch(k -> words.contains("deadline-marks", s.token(k).lowerWord()));
        List<Integer> out = new ArrayList<>();
        if (until && infinitive(s, head)) {
            s.children(head, "nsubj").forEach(k -> out.addAll(s.subtree(k)));
            s.children(head, "mark").forEach(out::add);
        }
        return out;
    }

    /**
     * The words before a content head that only link it to the trigger: the "for" of "called for a
     * truce", the "that" of "demanded that", the "on ... to" of "called on the rebels to free"
     * together with the addressee between them. What is demanded starts after them.
     */
    private List<Integer> leadIn(Sentence s, int head, List<Integer> addressees) {
        List<Integer> out = new ArrayList<>();
        int first = s.subtree(head).get(0);
        int firstMark = Integer.MAX_VALUE;
        for (Dependency d : s.childrenOf(head)) {
            int k = d.dependent();
            if (k < head && (d.relation().equals("mark") || d.relation().equals("case") && k == first)) {
                out.add(k);
                if (!words.contains("complementizers", s.token(k).lowerWord())) {
                    firstMark = Math.min(firstMark, k);
                }
            }
        }
        // Only an addressee that a linking word other than "that" introduces is outside what is
        // demanded: "the fighters" of "(that) the fighters must leave" is part of the demanded clause,
        // and so is what a passive acts on ("unless a final accord is signed": the accord is not asked).
        for (int a : addressees) {
            if (a > firstMark && a < head && s.headOf(a)
                    .filter(d -> d.governor() == head && !d.relation().equals("nsubj:pass")).isPresent()) {
                out.addAll(s.subtree(a));
            }
        }
        return out;
    }

    /**
     * "Our demands are those of every farmer: open the roads, free the prisoners", "called for three
     * things: ...": a noun that only announces a list ({@code list-label-nouns}, a demand or agenda noun)
     * before a colon labels what is demanded, which is the list after it ("demanded compensation: $2
     * billion" demands the compensation).
     */
    private int listAfterALabel(Sentence s, int head) {
        String lemma = s.token(head).lemma();
        boolean label = words.contains("list-label-nouns", lemma) || words.contains("demand-nouns", lemma)
                || words.contains("agenda-nouns", lemma) || words.contains("condition-nouns", lemma);
        if (!s.token(head).isNoun() || !label) {
            return head;
        }
        int colon = s.children(head, "punct").stream().filter(p -> s.token(p).word().equals(":")).findFirst().orElse(-1);
        if (colon < 0) {
            return head;
        }
        return s.childrenOf(head).stream()
                .filter(d -> d.dependent() > colon && LISTED_AFTER_A_COLON.contains(d.relation()))
                .mapToInt(Dependency::dependent).findFirst().orElse(head);
    }

    private static final Set<String> LISTED_AFTER_A_COLON = Set.of("dep", "parataxis", "appos", "list");

    /** "constitutional reform that should respect minority rights": what the relative clause demands is its noun's. */
    private static int antecedent(Sentence s, int head) {
        return s.headOf(head).filter(d -> d.relation().equals("acl:relcl") && d.governor() >= 0)
                .map(Dependency::governor).orElse(head);
    }

    /**
     * "wants the handover, within a month, of every seized trawler": the parser hangs the
     * of-phrase on the aside set off by commas; it names what the noun before the aside is of.
     */
    private static List<Integer> ofPhraseAfterAnAside(Sentence s, int noun) {
        List<Integer> phrase = s.subtree(noun);
        int comma = phrase.get(phrase.size() - 1) + 1;
        int governor = s.headOf(noun).map(Dependency::governor).orElse(-1);
        if (!s.token(noun).isNoun() || governor < 0 || comma >= s.size() || !s.token(comma).word().equals(",")) {
            return List.of();
        }
        for (int aside : s.childrenOf(governor).stream()
                .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod")).map(Dependency::dependent).toList()) {
            if (s.subtree(aside).get(0) != comma + 1) {
                continue;
            }
            for (int of : s.children(aside, "nmod")) {
                List<Integer> ofPhrase = s.subtree(of);
                int opener = ofPhrase.get(0);
                if (s.token(opener).lowerWord().equals("of") && opener > 0 && s.token(opener - 1).word().equals(",")) {
                    return ofPhrase;
                }
            }
        }
        return List.of();
    }

    /**
     * Words after a condition clause that the parser hung on the clause it conditions ("only if A,
     * including B and C"); none when the condition comes first ("if A, B").
     */
    private static List<Integer> rightOf(Sentence s, int conditionHead) {
        List<Integer> clause = s.subtree(conditionHead);
        int end = clause.get(clause.size() - 1);
        Optional<Dependency> up = s.headOf(conditionHead);
        if (up.isEmpty() || up.get().governor() < 0 || up.get().governor() > conditionHead) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int k : s.subtree(up.get().governor())) {
            if (k > end) {
                out.add(k);
            }
        }
        return out;
    }

    /** The tokens of a span whose head lies outside it. */
    private static List<Integer> topOf(Sentence s, Set<Integer> span) {
        List<Integer> out = new ArrayList<>();
        for (int k : span) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0 || !span.contains(up.get().governor())) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * A verb that reports what it governs or what is around it ("..., the minister said", "stressed
     * that ..."); agreeing and pledging commit their subject instead.
     */
    boolean isReporting(Token t) {
        String lemma = t.lemma();
        return t.pos().startsWith("VB") && !words.contains("commitment-verbs", lemma)
                && (words.contains("report-verbs", lemma) || words.contains("quote-verbs", lemma)
                || words.contains("emphasis-verbs", lemma) || words.contains("insistence-verbs", lemma));
    }

    /**
     * "demanded that the army respect the deals already signed and accused it of breaching them": an
     * accusation coordinated into the demanded clause is what the demander did, not what it demands.
     */
    private boolean isAddedAccusation(Sentence s, int k) {
        Token t = s.token(k);
        return t.pos().startsWith("VB") && words.contains("accusation-verbs", t.lemma())
                && s.headOf(k).filter(d -> d.relation().equals("conj")).isPresent();
    }

    /** "a promise to declare every boat": a verb of saying as an infinitive is an act asked for, not a report. */
    private static boolean infinitive(Sentence s, int k) {
        return Arguments.hasToMark(s, k);
    }

    /**
     * "..., saying the treasury could not fund it": a clause that a reporting participle opens is the
     * reason given, not what is asked, however the parser hangs the participle (a mark, a subject).
     */
    private boolean isGivenReason(Sentence s, int k) {
        if (!s.token(k).isVerb()) {
            return false;
        }
        int first = s.subtree(k).get(0);
        Token opener = s.token(first);
        return first != k && opener.pos().equals("VBG") && isReporting(opener);
    }

    /**
     * "stop supporting the militia, a group which took up arms again last year": an apposition that
     * describes what the demand names tells the reader about it; it is not asked for.
     */
    private boolean isDescriptiveApposition(Sentence s, int k) {
        int first = s.subtree(k).get(0);
        return s.headOf(k).filter(d -> d.relation().equals("appos")).isPresent() && first > 0
                && s.token(first - 1).word().equals(",") && words.contains("indefinite-determiners", s.token(first).lowerWord());
    }

    /** "according to the radio": the source of a report, not what it reports. */
    private boolean isAttribution(Sentence s, int k) {
        for (Dependency d : s.childrenOf(k)) {
            if (d.relation().equals("case") && words.contains("attribution-words", s.token(d.dependent()).lowerWord())) {
                return true;
            }
        }
        return words.contains("attribution-words", s.token(k).lowerWord());
    }

    /**
     * A phrase or clause introduced by a condition or time limit, "while a truce holds", "only after the
     * vote", or dated by a past event, "a day after the deal was closed".
     */
    private boolean marksCondition(Sentence s, int k) {
        for (Dependency d : s.childrenOf(k)) {
            if (!d.relation().equals("mark") && !d.relation().equals("case")) {
                continue;
            }
            Token mark = s.token(d.dependent());
            // "appear before the committee": before a body is in front of it, not earlier than it.
            boolean beforeABody = d.relation().equals("case") && (doc.actors().actorAt(s.index(), k).isPresent()
                    || words.contains("state-bodies", s.token(k).lemma()) || words.contains("joint-body-nouns", s.token(k).lemma()));
            if (words.contains("condition-marks", mark.lemma())
                    || words.contains("temporal-condition-marks", mark.lemma()) && !beforeABody) {
                return true;
            }
            if (words.contains("only-condition-marks", mark.lemma()) && restrictedBefore(s, d.dependent())) {
                return true;
            }
            // "halt operations from Sunday, a day after the negotiators closed the deal": a past event dates it.
            if (words.contains("past-time-marks", mark.lemma()) && s.token(k).pos().equals("VBD")) {
                return true;
            }
        }
        return false;
    }

    /** "only after": the word before a conjunction restricts it to a condition. */
    boolean restrictedBefore(Sentence s, int mark) {
        return mark > 0 && words.contains("restrictive-adverbs", s.token(mark - 1).lowerWord());
    }

    // --- items ------------------------------------------------------------------------------------

    /** "to hand over the depots, not simply to count the rifles": what "not simply" sets aside is not asked. */
    private boolean setAside(Sentence s, int from) {
        return from + 1 < s.size() && s.token(from).lowerWord().equals("not")
                && words.contains("contrast-adverbs", s.token(from + 1).lowerWord());
    }

    /** The first kept token that is a word, not punctuation. */
    private static int firstWord(Sentence s, List<Integer> kept) {
        return kept.stream().filter(k -> !s.token(k).isPunctuation()).findFirst().orElse(kept.get(0));
    }

    /** The last kept token that is a word: an attribution left out after it stays out of the text. */
    private static int lastWord(Sentence s, List<Integer> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (!s.token(kept.get(i)).isPunctuation()) {
                return kept.get(i);
            }
        }
        return kept.get(kept.size() - 1);
    }

    /** True when a comma, semicolon or coordinating conjunction stands between two tokens. */
    private static boolean separated(Sentence s, int left, int right) {
        for (int j = left + 1; j < right; j++) {
            if (isSeparator(s, j)) {
                return true;
            }
        }
        return false;
    }

    /** A comma, semicolon or coordinating conjunction, also one of several words ("as well as"). */
    private static boolean isSeparator(Sentence s, int k) {
        Token t = s.token(k);
        if (t.pos().equals("CC") || t.word().equals(",") || t.word().equals(";")) {
            return true;
        }
        Optional<Dependency> up = s.headOf(k);
        return up.isPresent() && (up.get().relation().equals("cc") || up.get().relation().equals("fixed")
                && up.get().governor() >= 0 && s.headOf(up.get().governor()).filter(d -> d.relation().equals("cc")).isPresent());
    }

    private static int afterSeparator(Sentence s, List<Integer> kept, DemandTopics.Hit previous, DemandTopics.Hit next) {
        int from = kept.get(previous.end() - 1) + 1;
        int to = kept.get(next.start());
        int start = from;
        for (int j = from; j < to; j++) {
            if (isSeparator(s, j)) {
                start = j + 1;
            }
        }
        return start;
    }

    private static int beforeSeparator(Sentence s, List<Integer> kept, DemandTopics.Hit current, DemandTopics.Hit next) {
        int from = kept.get(current.end() - 1) + 1;
        int to = kept.get(next.start());
        for (int j = from; j < to; j++) {
            if (isSeparator(s, j)) {
                return j - 1;
            }
        }
        return to - 1;
    }

    /**
     * Moves an end of a stretch past punctuation and conjunctions at its edge, keeping the closing
     * mark of a quotation or bracket the stretch opens.
     */
    private static int trim(Sentence s, int from, int to, boolean start) {
        int a = from;
        int b = to;
        while (a < b && (s.token(a).pos().equals("CC") || s.token(a).isPunctuation() && !opens(s.token(a))
                || start && linksForward(s, a, b))) {
            a++;
        }
        while (b > a && (s.token(b).pos().equals("CC") || s.token(b).isPunctuation())) {
            b--;
        }
        int opened = 0;
        for (int k = a; k <= b; k++) {
            opened += opens(s.token(k)) ? 1 : closes(s.token(k)) ? -1 : 0;
        }
        while (opened > 0 && b + 1 < s.size() && closes(s.token(b + 1))) {
            b++;
            opened--;
        }
        return start ? a : b;
    }

    /** "and to protect civilians", "and for a truce": the word that links an item of a list to its trigger. */
    private static boolean linksForward(Sentence s, int k, int end) {
        return s.headOf(k).filter(d -> d.relation().equals("mark") || d.relation().equals("case"))
                .filter(d -> d.governor() > k && d.governor() <= end).isPresent();
    }

    private static boolean opens(Token t) {
        return t.word().equals("“") || t.word().equals("‘") || t.word().equals("``") || t.word().equals("(")
                || t.word().equals("-LRB-");
    }

    private static boolean closes(Token t) {
        return t.word().equals("”") || t.word().equals("’") || t.word().equals("''") || t.word().equals(")")
                || t.word().equals("-RRB-");
    }

    /**
     * "to reopen the ferry line, which stopped running in May", "to stop arming the Coast Brigade, a force
     * raised by retired colonels": a relative clause, or an apposition that is itself described, says what a
     * demanded thing is; it is not a second thing demanded. (A bare apposition is often how the parser reads
     * a list, so it is not enough.)
     */
    private static boolean describesANoun(Sentence s, int k, Set<Integer> heads) {
        int at = k;
        for (int steps = 0; steps < s.size() && !heads.contains(at); steps++) {
            Optional<Dependency> up = s.headOf(at);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            String rel = up.get().relation();
            if (rel.equals("conj") && s.token(at).isVerb()) {
                // "to reopen the ferry line, which stopped in May, and to pay the crews": the parser may hang a
                // second act asked on the relative clause before it; a verb joined there is asked, not described.
                return false;
            }
            // "the Coast Brigade, a force raised by ...": the parser may also make the described noun and its participle
            // a loose clause of their own; a bare participle, with no auxiliary, tells no act.
            boolean participleOnANoun = (rel.equals("dep") || rel.equals("parataxis")) && s.token(at).pos().equals("VBN")
                    && s.children(at, "aux").isEmpty() && s.children(at, "aux:pass").isEmpty();
            if (rel.equals("acl:relcl") || participleOnANoun || rel.equals("appos")
                    && (!s.children(at, "acl").isEmpty() || !s.children(at, "acl:relcl").isEmpty())) {
                return true;
            }
            at = up.get().governor();
        }
        return false;
    }

    /** The word of a topic's words that the others hang from. */
    private static int head(Sentence s, List<Integer> kept, DemandTopics.Hit hit) {
        int first = kept.get(hit.start());
        int last = kept.get(hit.end() - 1);
        for (int k = last; k >= first; k--) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < first || up.get().governor() > last) {
                return k;
            }
        }
        return last;
    }

    /**
     * How far a token is from the content's heads in the parse: a step into a prepositional phrase
     * other than "of" counts three, any other step one; a token outside counts past every inside one.
     */
    private static int distance(Sentence s, int token, Set<Integer> heads) {
        int d = 0;
        int k = token;
        for (int depth = 0; depth < 12; depth++) {
            if (heads.contains(k)) {
                return d;
            }
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0) {
                return d + 20;
            }
            String rel = up.get().relation();
            boolean oblique = (rel.startsWith("nmod") && !rel.equals("nmod:poss") || rel.startsWith("obl"))
                    && !Arguments.caseOf(s, k).filter("of"::equals).isPresent();
            d += oblique ? 3 : 1;
            k = up.get().governor();
        }
        return d + 20;
    }

    /** Joining an alliance, given up ("abandon its bid to join the alliance"), is non-membership. */
    private String refine(Sentence s, List<Integer> kept, DemandTopics.Hit hit, int from, int to) {
        String topic = hit.topic().id();
        if (!topic.equals(MEMBERSHIP)) {
            return topic;
        }
        boolean renounced = false;
        for (int i = Math.max(0, hit.start() - RENOUNCE_WINDOW); i < hit.end(); i++) {
            Token t = s.token(kept.get(i));
            renounced |= words.contains("renunciation-words", t.lemma()) || words.contains("renunciation-words", t.word());
        }
        boolean alliance = false;
        for (int k = from; k <= to; k++) {
            alliance |= doc.actors().actorAt(s.index(), k).flatMap(this::organization)
                    .filter(o -> o.kind().equals("alliance") || o.kind().equals("bloc")).isPresent();
        }
        return renounced && alliance ? NON_MEMBERSHIP : topic;
    }

    /** The organisation of Parley's list an actor is, if it is one. */
    Optional<Organization> organization(LocalActor a) {
        return a.key().filter(k -> k.startsWith("org:"))
                .flatMap(k -> doc.lexicons().organizations().byId(k.substring("org:".length())));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
