package org.parley.extract.lexicon;

/** How a text names a country. */
public enum CountryForm {
    /** Its name or official name: "Ukraine", "the Russian Federation". */
    NAME,
    /** Its capital, often a metonym for its government: "Moscow", "Kyiv". */
    CAPITAL,
    /** Its adjective: "Russian", "Ukrainian". */
    DEMONYM,
    /** Its people: "Russians". */
    PEOPLE,
    /** An acronym: "US", "UK". */
    ACRONYM,
    /** A place inside it that does not stand for it: "Gaza". */
    PLACE
}
