package org.parley.extract.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.LocalActor;
import org.parley.extract.NegotiationStatus;

/**
 * "The two sides", "both delegations", "the warring parties": mentions that refer to the parties
 * without naming them take the parties of the article's story, those of its first held meeting
 * that names at least two, else of its first mention of any status that does.
 */
final class MainParties {
    private final List<NegotiationFinder.Match> mentions;

    MainParties(List<NegotiationFinder.Match> mentions) {
        this.mentions = mentions;
    }

    void fill() {
        Set<LocalActor> main = main();
        if (main.isEmpty()) {
            return;
        }
        for (NegotiationFinder.Match m : mentions) {
            if (m.unnamedSides && m.parties.size() < 2) {
                for (LocalActor p : main) {
                    if (!m.mediators.contains(p) && !m.hosts.contains(p)) {
                        m.parties.add(p);
                    }
                }
            }
        }
    }

    private Set<LocalActor> main() {
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
