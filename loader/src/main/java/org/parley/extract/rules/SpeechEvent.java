package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.annotate.Sentence;
import org.parley.extract.Document;
import org.parley.extract.pattern.Engine;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * One act of speech the {@code statement} patterns found at one trigger: "said", "according",
 * "view". The matches of several patterns at that trigger are read together; each role keeps the
 * binding of the most confident pattern that bound it, and that pattern's name.
 *
 * @param trigger token index of the trigger in {@code sentence}
 */
record SpeechEvent(Sentence sentence, int trigger, Map<Role, Binding> roles, PatternMatch best) {
    static final String FAMILY = "statement";

    /** The tokens one pattern bound to a role: a head (Semgrex) or a span (TokensRegex). */
    record Binding(List<Integer> tokens, PatternMatch by) {
        /** The first head a dependency pattern bound, or the last word of a surface span. */
        int head() {
            return isSpan() ? tokens.get(tokens.size() - 1) : tokens.get(0);
        }

        /** True for a span a surface pattern bound; false for the phrase heads a dependency pattern bound. */
        boolean isSpan() {
            return by.pattern().engine() == Engine.TOKENSREGEX;
        }
    }

    /** Every speech event of the article, by sentence, in text order within each sentence. */
    static Map<Integer, List<SpeechEvent>> of(Document doc) {
        Map<Integer, Map<Integer, List<PatternMatch>>> grouped = new LinkedHashMap<>();
        for (PatternMatch m : doc.matches(FAMILY)) {
            int trigger = m.first(Role.TRIGGER).orElse(m.trigger());
            grouped.computeIfAbsent(m.sentence(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(trigger, k -> new ArrayList<>()).add(m);
        }
        Map<Integer, List<SpeechEvent>> out = new LinkedHashMap<>();
        grouped.forEach((sentence, byTrigger) -> {
            Sentence s = doc.sentences().get(sentence);
            List<SpeechEvent> events = new ArrayList<>();
            byTrigger.forEach((trigger, matches) -> events.add(merge(s, trigger, matches)));
            out.put(sentence, events);
        });
        return out;
    }

    private static SpeechEvent merge(Sentence s, int trigger, List<PatternMatch> matches) {
        List<PatternMatch> ranked = new ArrayList<>(matches);
        ranked.sort(Comparator.comparingDouble(PatternMatch::confidence).reversed());
        Map<Role, Binding> roles = new EnumMap<>(Role.class);
        for (PatternMatch m : ranked) {
            m.roles().forEach((role, tokens) -> {
                if (role != Role.TRIGGER && !tokens.isEmpty()) {
                    roles.putIfAbsent(role, new Binding(tokens, m));
                }
            });
        }
        return new SpeechEvent(s, trigger, roles, ranked.get(0));
    }

    Optional<Binding> role(Role role) {
        return Optional.ofNullable(roles.get(role));
    }

    boolean binds(Role role) {
        return roles.containsKey(role);
    }

    /** The qualified name of the pattern that bound {@code role}, else of the event's most confident pattern. */
    String ruleFor(Role role) {
        return role(role).map(b -> b.by().rule()).orElse(best.rule());
    }

    double confidenceFor(Role role) {
        return role(role).map(b -> b.by().confidence()).orElse(best.confidence());
    }
}
