package org.parley.extract.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.extract.ActorKind;
import org.parley.extract.Document;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;

/**
 * "The two sides", "both delegations", "the warring parties": mentions that refer to the parties
 * without naming them take the parties of the article's story: those its headline coordinates as
 * subject, else those of its first held meeting that names at least two, else of its first mention
 * of any status that does.
 */
final class MainParties {
    private final Document doc;
    private final Arguments arguments;
    private final List<NegotiationFinder.Match> mentions;

    MainParties(Document doc, Arguments arguments, List<NegotiationFinder.Match> mentions) {
        this.doc = doc;
        this.arguments = arguments;
        this.mentions = mentions;
    }

    /**
     * "Israel and the UAE establish ties": the states or groups a headline coordinates as its
     * subject are the story's parties.
     */
    private Set<LocalActor> headlinePair() {
        for (Sentence s : doc.sentences()) {
            if (doc.article().clean().isRemoved(s.begin())) {
                continue;
            }
            Set<LocalActor> out = new LinkedHashSet<>();
            for (Dependency d : s.dependencies()) {
                // "Ghana and Togo sign ...", "Ghana and Togo leaders back ...", "Ruto and Tshisekedi meet":
                // the states a headline's subject names, people counting for the state they act for.
                if (d.relation().startsWith("nsubj") && d.governor() >= 0) {
                    arguments.actors(s, d.dependent()).stream().map(LocalActor::party)
                            .filter(a -> !a.isPerson() && a.kind() != ActorKind.PLACE).forEach(out::add);
                }
            }
            return out;
        }
        return Set.of();
    }

    void fill() {
        Set<LocalActor> main = main();
        if (main.isEmpty()) {
            return;
        }
        // "..., who hosted the meeting, said after four hours of talks": an article that dates its meeting
        // but never names its sides in the same clause reports a meeting of the headline's sides.
        boolean sidesNamed = mentions.stream().anyMatch(m -> m.parties.size() >= 2);
        for (NegotiationFinder.Match m : mentions) {
            boolean headlineSides = !sidesNamed && m.parties.isEmpty() && m.date != null
                    && m.status == NegotiationStatus.HELD;
            if (m.unnamedSides && m.parties.size() < 2 || headlineSides) {
                for (LocalActor p : main) {
                    if (!m.mediators.contains(p) && !m.hosts.contains(p)) {
                        m.parties.add(p);
                    }
                }
            }
            seatTheUnnamedOfficeHolder(m, main);
        }
    }

    /**
     * "Prime Minister X and Chile's President Y signed the accord", in a story of Chile and Peru: the one
     * head of state or government of a meeting no state is named for, beside the one state it names,
     * acts for the story's other side.
     */
    private void seatTheUnnamedOfficeHolder(NegotiationFinder.Match m, Set<LocalActor> main) {
        List<LocalActor> states = m.parties.stream().filter(p -> !p.isPerson() && p.kind() != ActorKind.PLACE)
                .distinct().toList();
        if (main.size() != 2 || states.size() != 1 || !main.contains(states.get(0))) {
            return;
        }
        LocalActor other = main.stream().filter(p -> p != states.get(0)).findFirst().orElseThrow();
        Set<LocalActor> candidates = new LinkedHashSet<>(m.subjectsWithoutAState);
        m.parties.stream().filter(m.sidesOfTheirOwn::contains).forEach(candidates::add);
        candidates.removeAll(m.mediators);
        candidates.removeAll(m.hosts);
        // "Prime Minister X and President Y of Zambia met to prepare the talks with Malawi": where the
        // sentence names the other side apart, a list before "of Zambia" may be all Zambia's.
        if (namedIn(m, other)) {
            candidates.removeAll(m.listedBeforeAState);
        }
        List<LocalActor> unnamed = candidates.stream().filter(p -> p.isPerson() && p.party() == p
                && OfficeClasses.holdsOneOf(doc.lexicons().words(), "head-of-state-titles", p)).toList();
        if (unnamed.size() != 1 || m.mediators.contains(other) || m.hosts.contains(other)) {
            return;
        }
        unnamed.get(0).correctAffiliation(other);
        m.parties.remove(unnamed.get(0));
        m.parties.add(other);
    }

    private boolean namedIn(NegotiationFinder.Match m, LocalActor actor) {
        return m.sentences.stream().anyMatch(i -> doc.actors().mentionsIn(i).stream().anyMatch(x -> x.actor() == actor));
    }

    private Set<LocalActor> main() {
        Set<LocalActor> headline = headlinePair();
        if (headline.size() >= 2) {
            return headline;
        }
        for (boolean heldOnly : new boolean[] {true, false}) {
            for (NegotiationFinder.Match m : mentions) {
                if (m.parties.size() >= 2 && (!heldOnly || m.status == NegotiationStatus.HELD)) {
                    Set<LocalActor> out = new LinkedHashSet<>(m.parties);
                    out.removeAll(m.mediators);
                    out.removeAll(m.hosts);
                    if (out.size() >= 2) {
                        return out;
                    }
                }
            }
        }
        return Set.of();
    }
}
