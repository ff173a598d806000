package org.parley.annotate;

import java.util.Optional;

/**
 * A named entity or time expression the NER found.
 *
 * @param type       PERSON, ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, NUMBER, ORDINAL ...
 * @param tokenBegin first token index in its sentence
 * @param tokenEnd   index after its last token
 * @param normalized the TIMEX or number value, for dates and numbers
 */
public record EntityMention(int begin, int end, String text, String type, int sentence, int tokenBegin, int tokenEnd,
                            Optional<String> normalized) {

    public boolean isTime() {
        return type.equals("DATE") || type.equals("TIME") || type.equals("DURATION") || type.equals("SET");
    }
}
