package org.parley.annotate;

/** A kind of annotation an {@link Annotator} provides and extraction rules require. */
public enum Layer {
    TOKENS,
    SENTENCES,
    PARAGRAPHS,
    POS,
    LEMMAS,
    NER,
    DATES,
    DEPENDENCIES,
    QUOTES
}
