package org.parley.extract.lexicon;

/** How a text names a country. */
public enum CountryForm {
    /** Its name or official name: "Iran", "the Islamic Republic of Iran". */
    NAME,
    /** Its capital, often a metonym for its government: "Tehran", "Addis Ababa". */
    CAPITAL,
    /** Its adjective: "Iranian", "Ethiopian". */
    DEMONYM,
    /** Its people: "Iranians". */
    PEOPLE,
    /** An acronym: "US", "UK". */
    ACRONYM,
    /** A place inside it that does not stand for it: "Gaza". */
    PLACE
}
