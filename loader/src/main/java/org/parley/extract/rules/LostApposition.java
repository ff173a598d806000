package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.parley.annotate.Sentence;
import org.parley.extract.ActorMention;
import org.parley.extract.Document;

/**
 * "According to the ministry's spokesman, Ana Rojas, the talks ...": a person's name set off by
 * commas right after a role, which the parser hung on the next verb (as a second subject) instead
 * of on the role as its apposition. The name is who the role is, and not part of what follows; nor
 * is the role in "according to Ana Rojas, the ministry's spokeswoman, the talks ...".
 */
record LostApposition(ActorMention person, List<Integer> tokens) {
    /** The longest role in commas after a name: "the deputy head of the foreign ministry's press office". */
    private static final int LONGEST_ROLE = 10;

    /** The name in commas after the phrase of {@code head}, when the phrase is a role ("spokesman", "envoy") and the parse lost it. */
    static Optional<LostApposition> after(Document doc, Sentence s, int head) {
        if (!doc.lexicons().titles().isHeadWord(s.token(head).word())) {
            return Optional.empty();
        }
        List<Integer> phrase = s.subtree(head);
        int comma = nextAfter(phrase, head);
        if (comma + 1 >= s.size() || !s.token(comma).word().equals(",")) {
            return Optional.empty();
        }
        Optional<ActorMention> name = doc.actors().at(s.index(), comma + 1)
                .filter(m -> m.actor().isPerson() && m.start() == comma + 1);
        if (name.isEmpty() || name.get().end() >= s.size() || !s.token(name.get().end()).word().equals(",")) {
            return Optional.empty();
        }
        List<Integer> tokens = new ArrayList<>();
        for (int k = comma; k <= name.get().end(); k++) {
            if (phrase.contains(k)) {
                return Optional.empty(); // the parse kept it with the role: nothing was lost
            }
            tokens.add(k);
        }
        return Optional.of(new LostApposition(name.get(), tokens));
    }

    /** The role in commas after the name that {@code head} heads, when the parse hung it elsewhere: the words to leave out of what was said. */
    static List<Integer> roleAfterName(Document doc, Sentence s, int head) {
        Optional<ActorMention> name = doc.actors().at(s.index(), head).filter(m -> m.actor().isPerson());
        List<Integer> phrase = s.subtree(head);
        int comma = nextAfter(phrase, head);
        if (name.isEmpty() || comma >= s.size() || !s.token(comma).word().equals(",")) {
            return List.of();
        }
        boolean role = false;
        for (int k = comma + 1; k < Math.min(s.size(), comma + 2 + LONGEST_ROLE); k++) {
            String word = s.token(k).word();
            if (word.equals(",")) {
                return role ? IntStream.rangeClosed(comma, k).boxed().toList() : List.of();
            }
            if (s.token(k).pos().startsWith("VB") || phrase.contains(k)) {
                return List.of();
            }
            role |= doc.lexicons().titles().isHeadWord(word);
        }
        return List.of();
    }

    /** The token right after a phrase: where a comma would set off what follows it. */
    private static int nextAfter(List<Integer> phrase, int head) {
        return phrase.stream().mapToInt(Integer::intValue).max().orElse(head) + 1;
    }
}
