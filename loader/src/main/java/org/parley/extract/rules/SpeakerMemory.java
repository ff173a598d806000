package org.parley.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.ActorKind;
import org.parley.extract.LocalActor;

/**
 * Who has spoken so far in one article, and where: pronouns and bare roles prefer the last speaker,
 * and "it said" after a document or an outlet spoke means that text.
 */
final class SpeakerMemory {
    private record Turn(LocalActor actor, int sentence) {}

    private final List<Turn> turns = new ArrayList<>();
    private final List<Turn> texts = new ArrayList<>();

    void spoke(LocalActor actor, int sentence) {
        turns.removeIf(t -> t.actor() == actor);
        turns.add(new Turn(actor, sentence));
    }

    /** Remember a document or an outlet that speaks ("the statement said", "X TV reported"). */
    void textSpoke(LocalActor text, int sentence) {
        texts.removeIf(t -> t.actor() == text);
        texts.add(new Turn(text, sentence));
    }

    /** How much having spoken makes {@code actor} the likelier antecedent: most for the last speaker. */
    double recency(LocalActor actor) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).actor() == actor) {
                return i == turns.size() - 1 ? 0.25 : 0.15;
            }
        }
        return 0;
    }

    /** The sentence each speaker last spoke in, for those who last spoke before {@code sentence}. */
    Map<LocalActor, Integer> lastSpokeBefore(int sentence) {
        Map<LocalActor, Integer> out = new LinkedHashMap<>();
        for (Turn t : turns) {
            if (t.sentence() < sentence) {
                out.put(t.actor(), t.sentence());
            }
        }
        return out;
    }

    /** The document or outlet that spoke last, if it spoke in the last {@code window} sentences before {@code sentence}. */
    Optional<LocalActor> recentText(int sentence, int window) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            Turn t = texts.get(i);
            if (t.sentence() <= sentence && t.sentence() >= sentence - window) {
                return Optional.of(t.actor());
            }
        }
        return Optional.empty();
    }

    /** The last organisation or country that spoke, for "the office said" and "the ministry added". */
    List<LocalActor> bodiesThatSpoke() {
        List<LocalActor> out = new ArrayList<>();
        for (int i = turns.size() - 1; i >= 0; i--) {
            LocalActor a = turns.get(i).actor();
            if (a.kind() == ActorKind.ORGANIZATION || a.kind() == ActorKind.COUNTRY) {
                out.add(a);
            }
        }
        return out;
    }
}
