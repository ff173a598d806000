package org.parley.extract.rules;

import org.parley.extract.LocalActor;
import org.parley.extract.lexicon.Titles;
import org.parley.extract.lexicon.WordClasses;

/** Whether a person's office is one of a class of titles ("head-of-state-titles", "delegate-titles"). */
final class OfficeClasses {
    private OfficeClasses() {}

    /** "prime minister" and "deputy prime minister" are both of a class that lists "prime minister". */
    static boolean holdsOneOf(WordClasses words, String titleClass, LocalActor person) {
        return person.role().map(Titles::office).map(office -> words.words(titleClass).orElseThrow().stream()
                .anyMatch(t -> office.equals(t) || office.endsWith(" " + t))).orElse(false);
    }
}
