package org.parley.read;

import java.util.Locale;

/** Names that pages print in capitals ("NAIROBI", "BY JANE DOE"), as people write them. */
public final class LetterCase {
    private LetterCase() {}

    /** "COTABATO CITY" as "Cotabato City"; a text already in mixed case, or with no letters, stays. */
    public static String titleCaseIfShouting(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT)) || text.equals(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
