package org.parley.extract.rules;

import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.Titles;
import org.parley.extract.lexicon.WordClasses;

/** Whether a person's office is one of a class of titles ("head-of-state-titles", "delegate-titles"). */
final class OfficeClasses {
    private OfficeClasses() {}

    /** "prime minister" and "deputy prime minister" are both of a class that lists "prime minister". */
    static boolean holdsOneOf(WordClasses words, String titleClass, LocalActor person) {
        return person.role().map(Titles::office).map(office -> isOneOf(words, titleClass, office)).orElse(false);
    }

    /** Whether an office ("foreign minister", "president") is, or ends with, a title of the class. */
    static boolean isOneOf(WordClasses words, String titleClass, String office) {
        String o = office.toLowerCase(java.util.Locale.ROOT);
        return words.words(titleClass).orElseThrow().stream().anyMatch(t -> o.equals(t) || o.endsWith(" " + t));
    }

    /** An office that acts for a state: a head of state or government, an envoy, a minister. */
    static boolean isOfficeOfState(WordClasses words, String role) {
        String office = Titles.office(role);
        return isOneOf(words, "head-of-state-titles", office) || isOneOf(words, "envoy-titles", office)
                || office.toLowerCase(java.util.Locale.ROOT).matches("(.* )?minister");
    }
}
