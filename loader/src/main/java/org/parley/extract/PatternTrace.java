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

    public static String of(AnnotatedArticle article, Lexicons lexicons, PatternCatalogue patterns,
                            ArticleExtraction extraction) {
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
        out.append(summary(extraction));
        return out.toString();
    }

    /** What the extraction made of it, one line a fact, actors by name. */
    static String summary(ArticleExtraction x) {
        StringBuilder out = new StringBuilder("EXTRACTED\n");
        java.util.function.Function<String, String> name = id -> x.actor(id).map(ActorCandidate::name).orElse(id);
        java.util.function.Function<List<String>, String> names = ids -> ids.stream().map(name).toList().toString();
        for (NegotiationCandidate n : x.negotiations()) {
            out.append("  negotiation ").append(n.id()).append(' ').append(n.status()).append(' ')
                    .append(n.startDate().map(Object::toString).orElse("(no day)")).append(" parties=")
                    .append(names.apply(n.parties())).append(" places=").append(names.apply(n.places()))
                    .append(" mediators=").append(names.apply(n.mediators())).append(" hosts=").append(names.apply(n.hosts()))
                    .append(n.round().map(r -> " round=" + r).orElse("")).append(n.format().map(f -> " format=" + f).orElse(""))
                    .append(n.outcome().map(o -> " outcome=" + o).orElse("")).append(" rule=")
                    .append(n.provenance().rule()).append('\n');
        }
        for (DelegationCandidate d : x.delegations()) {
            out.append("  delegation ").append(d.negotiation()).append(' ').append(name.apply(d.party()))
                    .append(" head=").append(d.head().map(name).orElse("-")).append(" members=")
                    .append(names.apply(d.members())).append(" rule=").append(d.provenance().rule()).append('\n');
        }
        for (DemandCandidate d : x.demands()) {
            out.append("  demand ").append(name.apply(d.demander())).append(" -> ")
                    .append(d.addressee().map(name).orElse("-")).append(": ").append(d.topic()).append(" | ")
                    .append(d.text()).append(" rule=").append(d.provenance().rule()).append('\n');
        }
        for (StatementCandidate st : x.statements()) {
            out.append("  statement ").append(name.apply(st.speaker())).append(st.direct() ? " said \"" : " said that ")
                    .append(st.text()).append(st.direct() ? "\"" : "").append(' ')
                    .append(st.date().map(Object::toString).orElse("(no day)")).append(" rule=")
                    .append(st.provenance().rule()).append('\n');
        }
        return out.toString();
    }

    private static String roles(Sentence s, Map<Role, List<Integer>> roles) {
        return roles.entrySet().stream().map(e -> e.getKey().label() + "="
                + e.getValue().stream().map(k -> s.token(k).word()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }
}
