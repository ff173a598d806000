package org.parley.extract.lexicon;

/** A country or territory of ISO 3166-1. */
public record Country(String code, String name, String demonym, boolean independent) {

    /** The key by which Parley knows it everywhere: {@code country:UA}. */
    public String key() {
        return "country:" + code;
    }
}
