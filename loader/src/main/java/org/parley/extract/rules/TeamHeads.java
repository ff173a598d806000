package org.parley.extract.rules;

import java.util.Optional;
import org.parley.annotate.Sentence;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.pattern.PatternMatch;
import org.parley.extract.pattern.Role;

/**
 * "Asante and Agbeko initialled the accord. Asante led the Ghanaian delegation": the head of a
 * state's or a group's team acts for it, where nothing else in the article ties the person to a side.
 * Read before the negotiations, so that their sides are the parties, not the people who sign for them.
 */
final class TeamHeads {
    private final Document doc;
    private final Arguments arguments;

    TeamHeads(Document doc, Arguments arguments) {
        this.doc = doc;
        this.arguments = arguments;
    }

    void affiliate() {
        for (PatternMatch m : doc.matches("delegation")) {
            Sentence s = doc.sentences().get(m.sentence());
            Optional<LocalActor> head = m.first(Role.HEAD).flatMap(k -> doc.actors().actorAt(s.index(), k))
                    .filter(a -> a.isPerson() && a.named() && a.affiliation().isEmpty());
            if (head.isEmpty() || m.value().isPresent()) {
                continue; // gapped lists, respective lists and the like pair their people themselves
            }
            m.first(Role.PARTY).or(() -> m.first(Role.TRIGGER)).flatMap(k -> arguments.sideNamed(s, k))
                    .filter(side -> side != head.get()).ifPresent(head.get()::correctAffiliation);
        }
    }
}
