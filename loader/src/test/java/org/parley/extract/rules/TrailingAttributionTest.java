package org.parley.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.lexicon.Lexicons;
import org.parley.extract.lexicon.SpeechVerbs;

/**
 * The closing source a parser sometimes hangs inside the clause before it. The parse itself is
 * CoreNLP's to choose, so the tokens and the clause are given here as that misparse leaves them.
 */
class TrailingAttributionTest {
    private static final SpeechVerbs SPEECH_VERBS = Lexicons.load().speechVerbs();

    /** "word/TAG" pairs, one token each. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            String tag = pair.substring(slash + 1);
            String lemma = word.equals("said") ? "say" : word.toLowerCase(java.util.Locale.ROOT);
            tokens.add(new Token(tokens.size(), 0, offset, offset + word.length(), word, lemma, tag, "O", Optional.empty()));
            offset += word.length() + 1;
        }
        return new Sentence(0, 0, offset, 0, tokens, List.of());
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> out = new TreeSet<>();
        for (int k = from; k < to; k++) {
            out.add(k);
        }
        return out;
    }

    @Test
    void theSourceBeforeTheClosingVerbOfSayingLeavesTheClause() {
        Sentence s = sentence("The/DT miners/NNS insisted/VBD that/IN the/DT firms/NNS pay/VB a/DT levy/NN ,/, "
                + "a/DT Peruvian/JJ source/NN said/VBD ./.");
        // the clause as the misparse leaves it: "the firms pay a levy, a Peruvian source" (tokens 4-12)
        assertThat(TrailingAttribution.swallowed(s, range(4, 13), SPEECH_VERBS)).containsExactly(9, 10, 11, 12);
        // a clause that ends at the comma took nothing in
        assertThat(TrailingAttribution.swallowed(s, range(4, 9), SPEECH_VERBS)).isEmpty();
    }

    @Test
    void aClauseWithAVerbAfterTheCommaOrNoVerbOfSayingAtTheEndKeepsItsWords() {
        Sentence verb = sentence("The/DT miners/NNS insisted/VBD that/IN the/DT firms/NNS pay/VB ,/, as/IN "
                + "officials/NNS who/WP met/VBD them/PRP said/VBD ./.");
        assertThat(TrailingAttribution.swallowed(verb, range(4, 13), SPEECH_VERBS)).isEmpty();
        Sentence noSaying = sentence("The/DT miners/NNS insisted/VBD that/IN the/DT firms/NNS pay/VB a/DT levy/NN ,/, "
                + "a/DT Peruvian/JJ source/NN left/VBD ./.");
        assertThat(TrailingAttribution.swallowed(noSaying, range(4, 13), SPEECH_VERBS)).isEmpty();
    }
}
