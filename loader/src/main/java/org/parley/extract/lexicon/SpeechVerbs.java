package org.parley.extract.lexicon;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Verbs that report speech ({@code speech-verbs.txt}), by lemma, with the kinds of report each introduces. */
public final class SpeechVerbs {

    /** What a speech verb can introduce. */
    public enum Use {
        /** A quotation: "...," she said. */
        QUOTE,
        /** Reported speech through a clause: he said Sudan is ready. */
        REPORT,
        /** Reported speech through an object: she stressed Kenya's readiness. */
        OBJECT
    }

    private final Map<String, Set<Use>> byLemma = new HashMap<>();

    SpeechVerbs() {
        for (String[] r : Resources.rows("speech-verbs.txt", false)) {
            Set<Use> uses = EnumSet.noneOf(Use.class);
            for (String u : r[1].split(",")) {
                uses.add(Use.valueOf(u.strip().toUpperCase(Locale.ROOT)));
            }
            byLemma.put(r[0].strip(), uses);
        }
    }

    public boolean is(String lemma, Use use) {
        Set<Use> uses = byLemma.get(lemma.toLowerCase(Locale.ROOT));
        return uses != null && uses.contains(use);
    }

    /** The lemmas that can introduce {@code use}. */
    public Set<String> lemmas(Use use) {
        Set<String> out = new java.util.TreeSet<>();
        byLemma.forEach((lemma, uses) -> {
            if (uses.contains(use)) {
                out.add(lemma);
            }
        });
        return out;
    }

    public boolean isSpeechVerb(String lemma) {
        return byLemma.containsKey(lemma.toLowerCase(Locale.ROOT));
    }
}
