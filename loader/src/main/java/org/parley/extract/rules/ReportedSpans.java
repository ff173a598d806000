package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Document;
import org.parley.extract.pattern.Role;

/**
 * The words a report gives as what was said. For a clause ("said that the talks failed", "the talks
 * failed, he said", "which, he said, is named after the river") the clause without the speech
 * words, the speaker and its complementizer; for a speech verb with a noun object or an evaluation
 * ("welcomed the deal", "called the accord a turning point", "accused the army of shelling") the
 * predicate from the speech verb to the end of what it is about; for a surface pattern the span it
 * bound.
 */
final class ReportedSpans {
    /** What was said: characters {@code [begin, end)} of the text, its words with gaps closed, and how many. */
    record Span(int begin, int end, String text, int words) {}

    private final Document doc;

    ReportedSpans(Document doc) {
        this.doc = doc;
    }

    Optional<Span> of(SpeechEvent e) {
        Sentence s = e.sentence();
        Optional<SpeechEvent.Binding> content = e.role(Role.CONTENT);
        Set<Integer> tokens;
        int anchor;
        if (content.isPresent() && content.get().isSpan()) {
            tokens = new TreeSet<>(content.get().tokens());
            anchor = content.get().tokens().get(0);
        } else if (isPredicate(e)) {
            tokens = predicate(e);
            anchor = e.trigger();
        } else if (content.isPresent()) {
            List<Integer> heads = trailingReport(s, e.trigger(), content.get().tokens());
            tokens = clause(e, heads);
            anchor = heads.get(0);
        } else {
            return Optional.empty();
        }
        return span(s, tokens, anchor);
    }

    /**
     * A speech verb with a noun object or an evaluation reports its predicate; one with a clause (even
     * with an addressee, "told reporters that ...") reports the clause.
     */
    private static boolean isPredicate(SpeechEvent e) {
        if (e.binds(Role.TOPIC)) {
            return true;
        }
        Optional<SpeechEvent.Binding> addressee = e.role(Role.ADDRESSEE);
        Optional<SpeechEvent.Binding> content = e.role(Role.CONTENT);
        return addressee.isPresent() && (content.isEmpty() || content.get().by() == addressee.get().by());
    }

    /** The speech verb and what follows it up to the end of its object, its evaluation or its addressee's phrase. */
    private Set<Integer> predicate(SpeechEvent e) {
        Sentence s = e.sentence();
        int end = e.trigger();
        Set<Integer> otherReports = new TreeSet<>();
        for (Role r : List.of(Role.TOPIC, Role.CONTENT, Role.ADDRESSEE)) {
            for (SpeechEvent.Binding b : e.role(r).stream().toList()) {
                List<Integer> phrase = b.isSpan() ? b.tokens() : s.subtree(b.head());
                for (int k : phrase) {
                    if (k > e.trigger() && (isJoinedReport(s, k) || isRelativeReport(s, k))) {
                        otherReports.addAll(s.subtree(k));
                    }
                }
                for (int k : phrase) {
                    end = Math.max(end, k);
                }
            }
        }
        if (!otherReports.isEmpty()) {
            // Whatever follows a report joined with its own speaker is that report's, however the parser hung it.
            end = Math.min(end, otherReports.iterator().next() - 1);
        }
        Set<Integer> out = new TreeSet<>();
        for (int k = e.trigger(); k <= end; k++) {
            out.add(k);
        }
        e.role(Role.SPEAKER).filter(b -> !b.isSpan())
                .ifPresent(b -> out.removeAll(s.subtree(TrailingAttribution.source(s, b.head(), e.trigger()))));
        return out;
    }

    /**
     * "The talks would resume only when the group ended its kidnappings, she added": a report that
     * closes the sentence reports all of it before the comma, even where the parser hung the report
     * on the last clause rather than on the main one. The heads climb to the clause that holds them.
     */
    private List<Integer> trailingReport(Sentence s, int trigger, List<Integer> heads) {
        int head = heads.get(0);
        if (head > trigger || !closesSentence(s, trigger)) {
            return heads;
        }
        int k = head;
        for (int depth = 0; depth < 8; depth++) {
            Optional<Dependency> up = s.headOf(k);
            if (up.isEmpty() || up.get().governor() < 0 || up.get().governor() > trigger
                    || !CLAUSE_LINKS.matcher(up.get().relation()).matches()
                    || doc.lexicons().speechVerbs().isSpeechVerb(s.token(up.get().governor()).lemma())) {
                break;
            }
            k = up.get().governor();
        }
        return k == head ? heads : List.of(k);
    }

    private static final java.util.regex.Pattern CLAUSE_LINKS =
            java.util.regex.Pattern.compile("advcl.*|acl.*|ccomp|xcomp|obj|obl.*|nmod.*|conj|parataxis|dep");

    /** Nothing but the speech verb's own words and punctuation follows it to the end of the sentence. */
    private static boolean closesSentence(Sentence s, int trigger) {
        List<Integer> own = s.subtree(trigger);
        for (int k = trigger + 1; k < s.size(); k++) {
            if (!own.contains(k) && !s.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** The reported clause: the content's subtree without the speech clause, the speaker and a trailing speech participle. */
    private Set<Integer> clause(SpeechEvent e, List<Integer> heads) {
        Sentence s = e.sentence();
        int head = heads.get(0);
        Set<Integer> tokens = new TreeSet<>();
        for (int h : heads) {
            tokens.addAll(s.subtree(h));
            tokens.addAll(StrayInfinitives.continuing(s, h));
        }
        // "said Sunday there was progress": the existential "there" the parser hung on the speech verb.
        for (Dependency d : s.childrenOf(e.trigger())) {
            if (d.dependent() > e.trigger() && d.dependent() < head && s.token(d.dependent()).pos().equals("EX")) {
                tokens.add(d.dependent());
            }
        }
        tokens.addAll(restOfClauseAbove(s, e.trigger(), head));
        Set<Integer> subject = misplacedSubject(e, head);
        if (!tokens.contains(e.trigger())) {
            tokens.addAll(subject);
        } else {
            int setOff = setOffComma(e, head);
            // "X said there was progress": an existential "there" the parser hung on the speech verb stays.
            for (int k : s.subtree(e.trigger())) {
                if (!(k > e.trigger() && s.token(k).pos().equals("EX")) && !subject.contains(k) && k >= setOff) {
                    tokens.remove(k);
                }
            }
        }
        e.role(Role.SPEAKER).filter(b -> !b.isSpan()).ifPresent(b -> {
            int source = TrailingAttribution.source(s, b.head(), e.trigger());
            if (tokens.contains(source)) {
                tokens.removeAll(s.subtree(source));
            }
            LostApposition.after(doc, s, b.head()).ifPresent(name -> tokens.removeAll(name.tokens()));
            tokens.removeAll(LostApposition.roleAfterName(doc, s, b.head()));
        });
        for (int k : List.copyOf(tokens)) {
            if (k > head && tokens.contains(k) && (isSpeechParticiple(s, k) || isJoinedReport(s, k))) {
                tokens.removeAll(s.subtree(k)); // "..., claiming that ...", "..., and diplomats said ...": a report of its own
            }
        }
        tokens.removeAll(TrailingAttribution.swallowed(s, tokens, doc.lexicons().speechVerbs()));
        if (tokens.isEmpty()) {
            return tokens;
        }
        int first = tokens.iterator().next();
        if (first < head && doc.lexicons().words().contains("complementizers", s.token(first).lowerWord())
                && s.headOf(first).map(d -> d.governor() == head).orElse(false)) {
            tokens.remove(first); // "that", "whether", however the parser attached it
        }
        return tokens;
    }

    /**
     * "He said he hoped the truckers would return": the parser may make the speech verb the subject of
     * the last verb, so that the reported clause ("he hoped the truckers") stops where that verb's words
     * begin. The words of that verb after the reported clause are the rest of what was said.
     */
    private static Set<Integer> restOfClauseAbove(Sentence s, int trigger, int head) {
        Set<Integer> out = new TreeSet<>();
        Optional<Dependency> up = s.headOf(trigger);
        boolean reportBelowTrigger = s.headOf(head).map(d -> d.governor() == trigger).orElse(false);
        if (up.isEmpty() || !up.get().relation().startsWith("csubj") || !reportBelowTrigger) {
            return out;
        }
        int above = up.get().governor();
        List<Integer> report = s.subtree(head);
        int reportEnd = report.get(report.size() - 1);
        if (above <= reportEnd || !s.token(above).isVerb()) {
            return out;
        }
        Set<Integer> speechClause = new TreeSet<>(s.subtree(trigger));
        for (int k : s.subtree(above)) {
            if (k > reportEnd && !speechClause.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * "The parties have until Friday to respond, the union said": where the parser hangs words of the
     * report on the speech verb that follows it, those before the comma that sets the speech clause off
     * are still the report's. Returns that comma's index, or -1 when the report does not come first.
     */
    private static int setOffComma(SpeechEvent e, int head) {
        Sentence s = e.sentence();
        int trigger = e.trigger();
        if (head > trigger) {
            return -1;
        }
        Set<Integer> speaker = new TreeSet<>();
        e.role(Role.SPEAKER).filter(b -> !b.isSpan())
                .ifPresent(b -> speaker.addAll(s.subtree(TrailingAttribution.source(s, b.head(), trigger))));
        int k = trigger - 1;
        while (k > head && speaker.contains(k)) {
            k--;
        }
        return k > head && s.token(k).word().equals(",") ? k : -1;
    }

    /**
     * "X said Chile would not sign", "but said Chile was ready": where the parser makes the speech verb
     * the subject of the reported verb, or hangs a clause without "that" loosely on it, it takes the
     * clause's own subject for the speech verb's object. That object belongs to what was said, unless
     * a pattern bound it as whom the speaker addressed.
     */
    private static Set<Integer> misplacedSubject(SpeechEvent e, int head) {
        Sentence s = e.sentence();
        int trigger = e.trigger();
        boolean subjectOfClause = s.headOf(trigger).filter(d -> d.relation().startsWith("csubj")).isPresent();
        boolean looseClause = s.headOf(head).filter(d -> d.governor() == trigger
                && d.relation().equals("dep")).isPresent();
        Set<Integer> out = new TreeSet<>();
        if (!subjectOfClause && !looseClause) {
            return out;
        }
        Set<Integer> addressed = new TreeSet<>();
        e.role(Role.ADDRESSEE).ifPresent(b -> addressed.addAll(b.isSpan() ? b.tokens() : s.subtree(b.head())));
        for (int k : s.children(trigger, "obj")) {
            if (k > trigger && (subjectOfClause || k < head) && !addressed.contains(k)) {
                out.addAll(s.subtree(k));
            }
        }
        return out;
    }

    /** A speech verb with a subject of its own joined to the clause: "..., and diplomats said ...". */
    private boolean isJoinedReport(Sentence s, int k) {
        Token t = s.token(k);
        return t.isVerb() && doc.lexicons().speechVerbs().isSpeechVerb(t.lemma()) && !s.children(k, "nsubj").isEmpty()
                && s.headOf(k).filter(d -> d.relation().equals("conj") || d.relation().equals("parataxis")).isPresent();
    }

    /**
     * "voted against the bill, which they said would ruin the coast": a relative clause that reports with
     * a subject of its own ("the resolution, which calls for a truce" has only the relative pronoun).
     */
    private boolean isRelativeReport(Sentence s, int k) {
        Token t = s.token(k);
        return t.isVerb() && doc.lexicons().speechVerbs().isSpeechVerb(t.lemma())
                && s.children(k, "nsubj").stream().anyMatch(n -> !s.token(n).pos().startsWith("W"))
                && s.headOf(k).filter(d -> d.relation().equals("acl:relcl")).isPresent();
    }

    private boolean isSpeechParticiple(Sentence s, int k) {
        Token t = s.token(k);
        if (!t.pos().equals("VBG") || !doc.lexicons().speechVerbs().isSpeechVerb(t.lemma())) {
            return false;
        }
        Optional<Dependency> up = s.headOf(k);
        if (up.isEmpty()) {
            return false;
        }
        String rel = up.get().relation();
        return rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("conj") || rel.equals("parataxis")
                || rel.equals("dep");
    }

    /**
     * The run of tokens around {@code anchor}: gaps left by removed words (", he said,") are closed,
     * a gap over words that are not removed ends the run. Surrounding punctuation is dropped, closing
     * quotation marks kept.
     */
    private Optional<Span> span(Sentence s, Set<Integer> tokens, int anchor) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> sorted = new ArrayList<>(tokens);
        int at = Math.max(0, sorted.indexOf(anchor));
        int from = at;
        while (from > 0 && onlyRemovedBetween(s, sorted.get(from - 1), sorted.get(from))) {
            from--;
        }
        int to = at;
        while (to + 1 < sorted.size() && onlyRemovedBetween(s, sorted.get(to), sorted.get(to + 1))) {
            to++;
        }
        List<Integer> run = new ArrayList<>(sorted.subList(from, to + 1));
        while (!run.isEmpty() && s.token(run.get(0)).isPunctuation() && !s.token(run.get(0)).isQuoteMark()) {
            run.remove(0);
        }
        while (!run.isEmpty() && s.token(run.get(run.size() - 1)).isPunctuation()
                && !s.token(run.get(run.size() - 1)).isQuoteMark()) {
            run.remove(run.size() - 1);
        }
        if (run.isEmpty()) {
            return Optional.empty();
        }
        // A clause that ends in a quotation keeps the closing mark and the punctuation inside it.
        int end = run.get(run.size() - 1) + 1;
        while (end < s.size() && (s.token(end).isQuoteMark() && closesQuote(s, end)
                || s.token(end).word().matches("[.,!?]") && end + 1 < s.size() && s.token(end + 1).isQuoteMark()
                && closesQuote(s, end + 1))) {
            run.add(end++);
        }
        StringBuilder text = new StringBuilder();
        int pieceStart = run.get(0);
        int words = 0;
        for (int i = 0; i < run.size(); i++) {
            int k = run.get(i);
            if (!s.token(k).isPunctuation()) {
                words++;
            }
            boolean pieceEnds = i + 1 == run.size() || run.get(i + 1) != k + 1;
            if (pieceEnds) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(doc.text(s, pieceStart, k + 1));
                if (i + 1 < run.size()) {
                    pieceStart = run.get(i + 1);
                }
            }
        }
        String joined = text.toString().replaceAll("\\s+([,.;:])", "$1").replaceAll("^[,;:]\\s*|\\s*[,;:]$", "");
        return Optional.of(new Span(s.token(run.get(0)).begin(), s.token(run.get(run.size() - 1)).end(), joined, words));
    }

    /** True when the quotation mark at {@code k} closes a quotation (its quotation began before it). */
    private boolean closesQuote(Sentence s, int k) {
        return doc.quoteAt(s.token(k).begin()).map(q -> q.begin() < s.token(k).begin()).orElse(false);
    }

    /** True when nothing but punctuation, quotation marks and parenthetical speech words stands between two tokens. */
    private static boolean onlyRemovedBetween(Sentence s, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            Token t = s.token(k);
            if (!t.isPunctuation() && !t.isQuoteMark()) {
                return gapIsSpeechClause(s, a, b);
            }
        }
        return true;
    }

    /** ", X said," between two parts of a clause: a gap made only of a speech clause set off by commas. */
    private static boolean gapIsSpeechClause(Sentence s, int a, int b) {
        return s.token(a + 1).word().equals(",") && s.token(b - 1).word().equals(",");
    }
}
