package org.parley.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.lexicon.Lexicons;
import org.parley.extract.pattern.PatternCatalogue;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * Shows what the patterns see in a text and what they match: each sentence's tokens (word, lemma,
 * tag, actor kind or NER tag), its dependency parse, and every pattern that matched with the words
 * of each role. For people writing patterns ({@code parley patterns --explain TEXT}).
 */
public final class PatternTrace {
    private PatternTrace() {}

    public static String of(AnnotatedArticle article, Lexicons lexicons, PatternCatalogue patterns) {
        ActorTable actors = new ActorFinder(lexicons).find(article);
        StringBuilder out = new StringBuilder();
        for (Sentence s : article.sentences()) {
            out.append("sentence ").append(s.index() + 1).append(": ")
                    .append(article.span(s.begin(), s.end()).replace('\n', ' ')).append('\n');
            for (Token t : s.tokens()) {
                String kind = actors.actorAt(s.index(), t.index()).map(a -> a.kind().name()).orElse(t.ner());
                out.append(String.format("  %3d %-18s %-16s %-5s %s%n", t.index(), t.word(), t.lemma(), t.pos(), kind));
            }
            for (Dependency d : s.dependencies()) {
                String gov = d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + "-" + d.governor();
                out.append("  ").append(d.relation()).append('(').append(gov).append(", ")
                        .append(s.token(d.dependent()).word()).append('-').append(d.dependent()).append(")\n");
            }
            List<PatternMatch> matches = patterns.match(s, k -> actors.actorAt(s.index(), k).map(a -> a.kind().name()));
            for (PatternMatch m : matches) {
                out.append("  MATCH ").append(m.rule()).append(": ").append(roles(s, m.roles())).append('\n');
            }
        }
        return out.toString();
    }

    private static String roles(Sentence s, Map<Role, List<Integer>> roles) {
        return roles.entrySet().stream().map(e -> e.getKey().label() + "="
                + e.getValue().stream().map(k -> s.token(k).word()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }
}
