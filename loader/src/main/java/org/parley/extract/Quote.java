package org.parley.extract;

import java.util.Optional;

/**
 * A quotation in the article: its span with the marks ({@code begin}, {@code end}) and without
 * ({@code contentBegin}, {@code contentEnd}).
 *
 * @param continuesPrevious true for a paragraph that reopens a quotation the previous paragraph left
 *                          open (the news convention for quotes over several paragraphs)
 * @param headline          true for a quotation in the headline ('single-quoted' there by convention)
 * @param coreNlpSpeaker    the speaker CoreNLP attributed by a trusted sieve, as written
 * @param labelledSpeaker   the speaker a transcript's label names before the words ("NAME: ..."), as written
 */
public record Quote(int begin, int end, int contentBegin, int contentEnd, String text, int paragraph,
                    boolean continuesPrevious, boolean headline, Optional<String> coreNlpSpeaker,
                    Optional<String> labelledSpeaker) {

    public Quote(int begin, int end, int contentBegin, int contentEnd, String text, int paragraph,
                 boolean continuesPrevious, boolean headline, Optional<String> coreNlpSpeaker) {
        this(begin, end, contentBegin, contentEnd, text, paragraph, continuesPrevious, headline, coreNlpSpeaker,
                Optional.empty());
    }

    /** The label of an interview's answers ("Q: ... A: ..."), whose speaker is whoever the article interviewed. */
    public static final String ANSWER = "A";

    /** Whether this is an interview's answer, said by the one interviewed. */
    public boolean answersAnInterview() {
        return labelledSpeaker.filter(ANSWER::equals).isPresent();
    }

    /** The same quotation, said by whom the transcript label names. */
    public Quote labelled(String speaker) {
        return new Quote(begin, end, contentBegin, contentEnd, text, paragraph, continuesPrevious, headline, coreNlpSpeaker,
                Optional.of(speaker));
    }

    public boolean contains(int offset) {
        return offset >= contentBegin && offset < contentEnd;
    }

    public boolean overlaps(int from, int to) {
        return from < end && to > begin;
    }

    /** Number of words, punctuation aside. */
    public int wordCount() {
        String t = text.replaceAll("[^\\p{L}\\p{N}'’ -]", " ").strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** True when the quotation is a sentence of its own: it opens with a capital and closes with an end mark. */
    public boolean isFullSentence() {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        boolean capital = Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0));
        boolean ends = t.matches("(?s).*[.!?,;:…\\-—–]$");
        return capital && ends;
    }
}
