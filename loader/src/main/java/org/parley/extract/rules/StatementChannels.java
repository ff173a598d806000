package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Document;
import org.parley.extract.lexicon.PhraseIndex;

/**
 * How a statement was made ("in a tweet", "on Facebook", "at a news conference", "told
 * reporters"): the channel words of {@code channels.tsv} in the speech word's own phrase and in the
 * clause it hangs from, never in what was said.
 */
final class StatementChannels {
    private final Document doc;

    StatementChannels(Document doc) {
        this.doc = doc;
    }

    Optional<String> of(Sentence s, int trigger, int contentBegin, int contentEnd) {
        List<Integer> near = new ArrayList<>(s.subtree(trigger));
        Optional<Dependency> up = s.headOf(trigger);
        if (up.isPresent() && up.get().governor() >= 0) {
            near.addAll(s.subtree(up.get().governor()).stream().filter(k -> k < trigger).toList());
        }
        List<Token> tokens = near.stream().distinct().sorted().map(s::token)
                .filter(t -> !doc.inQuote(t) && !(t.begin() >= contentBegin && t.end() <= contentEnd)).toList();
        Set<String> found = new HashSet<>();
        for (PhraseIndex.Match<String> m : doc.lexicons().channels().index().findAll(tokens, Token::lowerLemma)) {
            found.add(m.value());
        }
        return doc.lexicons().channels().precedence().stream().filter(found::contains).findFirst();
    }
}
