package org.parley.extract.lexicon;

/** A country named in a text, and how. */
public record CountryMatch(Country country, CountryForm form) {}
