package org.parley.extract.pattern;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lets patterns name word lists instead of spelling words out: an attribute value {@code @event-nouns}
 * ({@code {lemma:@event-nouns}} in Semgrex, {@code [{lemma:@event-nouns}]} in TokensRegex) becomes a
 * case-insensitive regular expression of the list's one-word entries; {@code @a|@b} joins two lists. The lexicon files stay the
 * only place trigger words are written. {@code !@name} ({@code {lemma:!@aside-nouns}}) matches any word not in the list.
 */
final class LexiconMacros {
    private static final Pattern MACRO = Pattern.compile("(?<=:)(!?)@([a-z][a-z0-9-]*(?:\\|@[a-z][a-z0-9-]*)*)");

    private final Function<String, Optional<Set<String>>> wordClasses;

    LexiconMacros(Function<String, Optional<Set<String>>> wordClasses) {
        this.wordClasses = wordClasses;
    }

    String expand(String source, String origin) {
        Matcher m = MACRO.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Set<String> words = new java.util.TreeSet<>();
            for (String name : m.group(2).split("\\|@")) {
                words.addAll(wordClasses.apply(name)
                        .orElseThrow(() -> new PatternException(origin + ": no word list named @" + name)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(regex(words, origin, m.group(2), !m.group(1).isEmpty())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String regex(Collection<String> words, String origin, String name, boolean negated) {
        String alternatives = words.stream().filter(w -> !w.contains(" ")).sorted()
                .map(LexiconMacros::escape).collect(Collectors.joining("|"));
        if (alternatives.isEmpty()) {
            throw new PatternException(origin + ": word list @" + name + " has no one-word entries");
        }
        return negated ? "/(?i)(?!(?:" + alternatives + ")$).*/" : "/(?i)(?:" + alternatives + ")/";
    }

    private static String escape(String word) {
        if (word.indexOf('/') >= 0) {
            throw new PatternException("a word list entry may not contain '/': " + word);
        }
        return word.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }
}
