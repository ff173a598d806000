package org.parley.extract.pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A pattern compiled by its engine, ready to run on sentences. */
abstract sealed class CompiledPattern {
    final ExtractionPattern pattern;

    CompiledPattern(ExtractionPattern pattern) {
        this.pattern = pattern;
    }

    static CompiledPattern compile(ExtractionPattern pattern, String expanded) {
        try {
            CompiledPattern compiled = switch (pattern.engine()) {
                case SEMGREX -> new Semgrex(pattern, SemgrexPattern.compile(expanded));
                case TOKENSREGEX -> new TokensRegex(pattern, TokenSequencePattern.compile(tokensRegexEnv(), expanded));
            };
            compiled.checkRoles();
            return compiled;
        } catch (PatternException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PatternException(pattern.origin() + ": " + pattern.name() + " does not compile: " + e.getMessage(), e);
        }
    }

    /** The matches in one sentence, one per trigger: bindings of several matches at one trigger are merged. */
    abstract List<PatternMatch> match(MatchableSentence s);

    /** The role names the pattern itself binds. */
    abstract Set<String> boundNames();

    private void checkRoles() {
        Set<Role> bound = new TreeSet<>();
        for (String name : boundNames()) {
            bound.add(Role.named(name).orElseThrow(() -> new PatternException(
                    pattern.origin() + ": " + pattern.name() + ": '" + name + "' is not a role")));
        }
        if (!bound.equals(new TreeSet<>(pattern.roles()))) {
            throw new PatternException(pattern.origin() + ": " + pattern.name() + " declares roles " + pattern.roles()
                    + " but binds " + bound);
        }
    }

    private static Env tokensRegexEnv() {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("ner", CoreAnnotations.NamedEntityTagAnnotation.class);
        return env;
    }

    /** Adds {@code token} under {@code role} in {@code into}, keeping tokens in order and unique. */
    static void bind(Map<Role, List<Integer>> into, Role role, int token) {
        List<Integer> tokens = into.computeIfAbsent(role, r -> new ArrayList<>());
        if (!tokens.contains(token)) {
            tokens.add(token);
            tokens.sort(Integer::compare);
        }
    }

    static final class Semgrex extends CompiledPattern {
        private final SemgrexPattern semgrex;

        Semgrex(ExtractionPattern pattern, SemgrexPattern semgrex) {
            super(pattern);
            this.semgrex = semgrex;
        }

        @Override
        List<PatternMatch> match(MatchableSentence s) {
            Map<Integer, Map<Role, List<Integer>>> byTrigger = new LinkedHashMap<>();
            SemgrexMatcher m = semgrex.matcher(s.graph());
            while (m.find()) {
                IndexedWord trigger = m.getNode("trigger");
                int key = (trigger == null ? m.getMatch() : trigger).index() - 1;
                Map<Role, List<Integer>> roles = byTrigger.computeIfAbsent(key, k -> new LinkedHashMap<>());
                for (String name : m.getNodeNames()) {
                    IndexedWord node = m.getNode(name);
                    if (node != null) {
                        bind(roles, Role.named(name).orElseThrow(), node.index() - 1);
                    }
                }
            }
            List<PatternMatch> out = new ArrayList<>();
            byTrigger.values().forEach(roles -> out.add(new PatternMatch(pattern, s.sentence().index(), roles)));
            return out;
        }

        @Override
        Set<String> boundNames() {
            Set<String> names = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("=([A-Za-z][A-Za-z0-9]*)").matcher(pattern.source());
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    static final class TokensRegex extends CompiledPattern {
        private final TokenSequencePattern tokensRegex;

        TokensRegex(ExtractionPattern pattern, TokenSequencePattern tokensRegex) {
            super(pattern);
            this.tokensRegex = tokensRegex;
        }

        @Override
        List<PatternMatch> match(MatchableSentence s) {
            List<PatternMatch> out = new ArrayList<>();
            TokenSequenceMatcher m = tokensRegex.getMatcher(s.tokens());
            while (m.find()) {
                Map<Role, List<Integer>> roles = new LinkedHashMap<>();
                for (String name : boundNames()) {
                    int start = m.start("$" + name);
                    int end = m.end("$" + name);
                    for (int k = start; k >= 0 && k < end; k++) {
                        bind(roles, Role.named(name).orElseThrow(), k);
                    }
                }
                out.add(new PatternMatch(pattern, s.sentence().index(), roles));
            }
            return out;
        }

        @Override
        Set<String> boundNames() {
            Set<String> names = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(\\?\\$([A-Za-z][A-Za-z0-9]*)")
                    .matcher(pattern.source());
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }
}
