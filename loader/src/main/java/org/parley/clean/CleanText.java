package org.parley.clean;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An article's text with boilerplate blanked out. {@code analysed} has exactly the length of
 * {@code original}: removed characters become spaces (line breaks stay), so every offset found in
 * the analysed text is an offset into the stored original as well.
 */
public record CleanText(String original, String analysed, List<Removal> removals) {
    public CleanText {
        requireNonNull(original, "original");
        requireNonNull(analysed, "analysed");
        if (original.length() != analysed.length()) {
            throw new IllegalArgumentException("cleaning must not change the text's length");
        }
        removals = List.copyOf(removals);
    }

    public static CleanText unchanged(String text) {
        return new CleanText(text, text, List.of());
    }

    /** True when the character at {@code offset} was blanked as boilerplate. */
    public boolean isRemoved(int offset) {
        for (Removal r : removals) {
            if (offset >= r.begin() && offset < r.end()) {
                return true;
            }
        }
        return false;
    }
}
